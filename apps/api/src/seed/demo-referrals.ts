import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@jobbrygga/domain';
import {
  REFERRAL_TRANSITIONS, brokenConstraints, transition, type CandidateFacts, type PlacementFacts, type ReferralAction, type ReferralState,
} from '@jobbrygga/matching';
import type { AuthUser } from '../common/request-context';
import { candidatesIndex, toFacts } from '../matching/candidates.index';
import { MatchingService } from '../matching/matching.service';
import { DEMO, DEMO_TENANTS } from './demo-data';
import { DEMO_LEARNER_ID } from './demo-learners';
import { addDays, demoId } from './demo-placements';
import { Prng } from './prng';
import { SUPERVISOR_LEFT, TAKEN } from '../placements/room-sql';

/**
 * Step-4 demo data: referrals in Norrtälje (0188) at every point of the pipeline — two or three in
 * each state, from a fresh proposal to a closed case with its outcome — and a few placements the
 * learners marked as interesting. The demo newcomer (learner@norrtalje.example, DEMO_LEARNER_ID)
 * has a fresh proposal to answer.
 *
 * Every referral joins an open placement of an approved employer and a learner who may be proposed
 * (consent to share, no protected identity) and meets every hard constraint of it, checked with
 * the API's own rules: `brokenConstraints` over the candidate index's documents and
 * `MatchingService.placementFacts`. A learner is in one demo referral at most, so no learner holds
 * two overlapping placements; agreed and started ones stay within the placement's seats and the
 * supervisor's capacity. The case history is what the API would have written, in its order, each
 * step checked against `REFERRAL_TRANSITIONS` (coach proposes, newcomer answers, employer accepts or
 * declines with a reason and books the interview, coach proposes the agreement, employer, newcomer
 * and coach confirm it — the third confirmation makes it agreed — coach starts, employer or coach
 * ends, employer assesses, coach records the outcome 90 days after the end).
 *
 * Dates are laid out from `today`, the first time only, and stored: everything has happened
 * (only a booked interview may lie ahead), closed ones ended more than 90 days ago, and some ended
 * or assessed ones wait for their outcome, so the coach's due list is not empty. Seat-holding
 * referrals keep their learners busy only for a short while (started: ends within four weeks) or
 * far ahead (agreed: a placement starting at least 90 days out), so most demo learners can still be
 * proposed for what starts next month.
 *
 * Fixed ids, `0000TTTT-0000-4000-8000-NNNNNNNNNNNN` as in the other demo seeds: referrals 8001+.
 * `generateDemoReferrals` is pure (plain rows in, plain rows out); `seedDemoReferrals` reads the
 * demo data and inserts in one transaction, three multi-row statements. Idempotent: a tenant whose
 * demo referrals already exist is left alone, so a restart neither overwrites nor brings back what
 * users changed.
 */

// ---------------------------------------------------------------------------------------------
// Ids and constants
// ---------------------------------------------------------------------------------------------

/** Demo referrals are numbered from here per tenant, up to DEMO_REFERRAL_LAST. */
export const DEMO_REFERRAL_FIRST = 8001;
export const DEMO_REFERRAL_LAST = 8999;
export const demoReferralId = (tenantCode: string, n: number) => demoId(tenantCode, n);
/** The tenants that get demo referrals. */
export const DEMO_REFERRAL_TENANTS = ['0188'] as const;
/** The referral ids of a tenant's demo range, for `id BETWEEN $1 AND $2`. */
export const demoReferralRange = (tenantCode: string): [string, string] => [demoReferralId(tenantCode, DEMO_REFERRAL_FIRST), demoReferralId(tenantCode, DEMO_REFERRAL_LAST)];

// ---------------------------------------------------------------------------------------------
// Input and output shapes
// ---------------------------------------------------------------------------------------------

export interface ReferralLearner {
  id: string;
  coachId: string | null;
  /** The newcomer account linked to the learner, if any (the actor of their answers). */
  userId: string | null;
  /** Swedish date from which the learner could be proposed: registered and consenting to share. */
  since: string;
  facts: CandidateFacts;
}

export interface ReferralPlacement {
  id: string;
  employerId: string;
  /** A paid type (jobs); unpaid ones (praktik, yrkes-SFI, företagsfadderskap) are the short ones. */
  paid: boolean;
  startDate: string;
  endDate: string | null;
  hoursPerWeek: number;
  seats: number;
  /** Seats already held by agreed or started referrals. */
  taken: number;
  supervisorId: string | null;
  ssyk: string | null;
  /** Where the interview is held: the site's name and address. */
  place: string;
  /** Labels of the placement's required and nice-to-have skills. */
  skillLabels: string[];
  /** An active employer account of the placement's employer (its contact first), if any. */
  employerUserId: string | null;
  facts: PlacementFacts;
}

export interface DemoReferralInput {
  tenantCode: string;
  /** Active coaches of the municipality, the main demo coach first. */
  coaches: string[];
  /** Learners who may be proposed and have no referral yet. */
  learners: ReferralLearner[];
  /** Open placements of approved employers. */
  placements: ReferralPlacement[];
  /** Places left with each supervisor (capacity minus agreed and started referrals). */
  supervisorsLeft: Record<string, number>;
  /** The learner of the demo newcomer login, when it may be proposed. */
  demoLearnerId: string | null;
  /** The employer of the demo employer login employer@…, which gets a case in most states. */
  mainEmployerId: string | null;
}

/** Rows exactly as inserted: keys are column names. Timestamps are Swedish local time, `YYYY-MM-DDTHH:MM:SS`. */
type Row = Record<string, string | number | boolean | null | Record<string, unknown>>;

export interface DemoReferralRows {
  referral: Row[];
  referral_event: Row[];
  placement_interest: Row[];
}

// ---------------------------------------------------------------------------------------------
// What to create: the slots
// ---------------------------------------------------------------------------------------------

interface Slot {
  state: ReferralState;
  /** The demo newcomer's own proposal. */
  demo?: boolean;
  /** Whose placement: employer@'s employer, any employer with a login, or any. */
  employer?: 'main' | 'login';
  /** For outcomes due: a learner of the main demo coach, so coach@ sees the prompt. */
  mainCoach?: boolean;
  /** ended/assessed: ended 90 days ago or more (the outcome is due) or recently. */
  due?: boolean;
  /** interview_booked (or withdrawn after it): the interview lies ahead or has been held. */
  interview?: 'ahead' | 'held';
  /** agreement_proposed: how many of the three have confirmed so far. */
  confirmations?: 0 | 1 | 2;
  /** closed: assessed by the employer before the outcome. */
  assessed?: boolean;
  /** ended/closed: broken off early (the reason is required). */
  aborted?: boolean;
  /** withdrawn: the state it was withdrawn from. */
  from?: ReferralState;
}

/**
 * Two or three per state. Listed in the order they are filled: the demo newcomer first, then the
 * seat-holding ones (capacity), then the ones that need learners registered long ago, then the rest.
 */
const SLOTS: Slot[] = [
  { state: 'proposed', demo: true },
  { state: 'agreed', employer: 'main' },
  { state: 'agreed' },
  { state: 'started', employer: 'login' },
  { state: 'started' },
  { state: 'closed', assessed: true, employer: 'main' },
  { state: 'closed', assessed: true, employer: 'login' },
  { state: 'closed', aborted: true },
  { state: 'ended', due: true, mainCoach: true, employer: 'login' },
  { state: 'ended', due: true, aborted: true },
  { state: 'ended', due: false },
  { state: 'assessed', due: true, mainCoach: true, employer: 'main' },
  { state: 'assessed', due: true },
  { state: 'assessed', due: false, employer: 'login' },
  { state: 'proposed' },
  { state: 'proposed' },
  { state: 'learner_declined' },
  { state: 'learner_declined' },
  { state: 'learner_accepted', employer: 'main' },
  { state: 'learner_accepted', employer: 'login' },
  { state: 'learner_accepted' },
  { state: 'employer_declined', employer: 'login' },
  { state: 'employer_declined' },
  { state: 'employer_accepted', employer: 'login' },
  { state: 'employer_accepted' },
  { state: 'interview_booked', interview: 'ahead', employer: 'main' },
  { state: 'interview_booked', interview: 'ahead' },
  { state: 'interview_booked', interview: 'held', employer: 'login' },
  { state: 'agreement_proposed', confirmations: 1, employer: 'login' },
  { state: 'agreement_proposed', confirmations: 2 },
  { state: 'agreement_proposed', confirmations: 0 },
  { state: 'withdrawn', from: 'proposed' },
  { state: 'withdrawn', from: 'interview_booked', interview: 'held' },
];

// ---------------------------------------------------------------------------------------------
// Hand-written texts
// ---------------------------------------------------------------------------------------------

const LEARNER_DECLINES = ['Arbetstiderna går inte ihop med hämtningen på förskolan.', 'Jag vill hellre arbeta inom vården.', null];
const EMPLOYER_DECLINES = [
  'Vi har redan tagit emot en praktikant för den perioden.',
  'Vi behöver någon som kan arbeta kvällar och helger.',
  'Arbetet kräver mer samtal med kunder än vi tror fungerar just nu. Hör gärna av er igen om ett halvår.',
];
const WITHDRAWALS = ['Deltagaren har fått ett arbete på annat håll.', 'Deltagaren har börjat en yrkesutbildning på Komvux och kan inte under våren.'];
const ABORTS = ['Avbröts i samförstånd: arbetstiderna gick inte ihop med barnomsorgen.', 'Avbröts efter sjukskrivning; vi gör ett nytt försök längre fram.'];
const NEXT_STEPS = [
  'Söka arbete inom yrket, gärna hos oss när vi rekryterar i vår.',
  'Fortsätta med SFI D och sedan en yrkesutbildning på Komvux.',
  'En längre praktik med mer eget ansvar.',
  'Ett nystartsjobb hos oss om arbetsförmedlingen beviljar det.',
];
const GENERAL_SKILLS = ['Punktlighet', 'Samarbete', 'Bemötande', 'Tar egna initiativ'];
const INSURANCE_UNPAID = 'Deltagaren omfattas av kommunens kollektiva olycksfallsförsäkring under hela perioden.';
const INSURANCE_PAID = 'Anställning: arbetsgivarens ordinarie försäkringar gäller.';
/** The agreement's tasks by SSYK group; others get the general text. */
const TASKS: Record<string, string> = {
  '4322': 'Ta emot gods, plocka order och hålla ordning på lagret. Truckkort ingår inte.',
  '5120': 'Förbereda råvaror, laga enklare rätter efter recept och hålla köket rent.',
  '5152': 'Hjälpa fastighetsskötaren med tillsyn, enklare reparationer och utemiljön.',
  '5222': 'Fylla på varor, hålla ordning i butiken och svara kunder på enkla frågor.',
  '5311': 'Vara med barnen i leken, vid måltiderna och på utflykter tillsammans med pedagogerna.',
  '5312': 'Stötta eleverna i klassrummet och på rasterna tillsammans med lärarna.',
  '5321': 'Hjälpa de äldre med måltider, hygien och promenader; korta anteckningar i journalen med stöd.',
  '5323': 'Ta emot patienter, hjälpa till med provtagning och omvårdnad tillsammans med sjuksköterskan.',
  '5330': 'Hjälpa de äldre i vardagen: städning, enkel matlagning och promenader.',
  '5343': 'Stötta brukaren i vardagen enligt genomförandeplanen, tillsammans med en ordinarie assistent.',
  '6113': 'Plantera, rensa och sköta grönytor tillsammans med arbetslaget.',
  '7111': 'Hjälpa snickarna med mätning, kapning och montering på bygget.',
  '7131': 'Förbereda ytor, spackla och måla tillsammans med en målare.',
  '7231': 'Hjälpa mekanikerna med däckbyten, service och att hålla ordning i verkstaden.',
  '9111': 'Städa lokaler enligt schema och rutiner för material och kemikalier.',
  '9412': 'Diska, duka och förbereda enklare kallskänk i restaurangköket.',
  '9413': 'Servera, duka av, hålla ordning vid kassan och hjälpa till med bakningen.',
  '9622': 'Hjälpa vaktmästaren med tillsyn, post och enklare reparationer.',
};
const GENERAL_TASKS = 'Arbetsuppgifter enligt platsens beskrivning, med en introduktionsvecka tillsammans med handledaren.';

// ---------------------------------------------------------------------------------------------
// Dates and times
// ---------------------------------------------------------------------------------------------

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
/** The day, or the Friday before it if it falls on a weekend. */
const workdayBack = (iso: string) => (weekday(iso) === 6 ? addDays(iso, -1) : weekday(iso) === 0 ? addDays(iso, -2) : iso);
/** The day, or the Monday after it if it falls on a weekend. */
const workdayOn = (iso: string) => (weekday(iso) === 6 ? addDays(iso, 2) : weekday(iso) === 0 ? addDays(iso, 1) : iso);
const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;

// ---------------------------------------------------------------------------------------------
// The case history of one referral
// ---------------------------------------------------------------------------------------------

/** A step: an action of the pipeline, the proposal itself, or the interview (a date, not an event). */
type Kind = 'propose' | ReferralAction | 'interview';

/** The steps that lead to the slot's state. */
function stepsFor(slot: Slot): Kind[] {
  const upTo = (state: ReferralState): Kind[] => {
    switch (state) {
      case 'proposed': return ['propose'];
      case 'learner_declined': return ['propose', 'learner_decline'];
      case 'learner_accepted': return ['propose', 'learner_accept'];
      case 'employer_declined': return [...upTo('learner_accepted'), 'employer_decline'];
      case 'employer_accepted': return [...upTo('learner_accepted'), 'employer_accept'];
      case 'interview_booked': return [...upTo('employer_accepted'), 'book_interview', ...(slot.interview === 'held' ? ['interview' as const] : [])];
      case 'agreement_proposed': return [...upTo('employer_accepted'), 'book_interview', 'interview', 'propose_agreement', ...Array<Kind>(slot.confirmations ?? 0).fill('confirm_agreement')];
      case 'agreed': return [...upTo('employer_accepted'), 'book_interview', 'interview', 'propose_agreement', 'confirm_agreement', 'confirm_agreement', 'confirm_agreement'];
      case 'started': return [...upTo('agreed'), 'start'];
      case 'ended': return [...upTo('started'), 'end'];
      case 'assessed': return [...upTo('ended'), 'assess'];
      case 'closed': return [...upTo('ended'), ...(slot.assessed ? ['assess' as const] : []), 'record_outcome'];
      case 'withdrawn': return [...upTo(slot.from ?? 'proposed'), 'withdraw'];
    }
  };
  return upTo(slot.state);
}

/** Days between a step and the one before it. */
function gap(kind: Kind, slot: Slot, rng: Prng): number {
  switch (kind) {
    case 'learner_accept': case 'learner_decline': return rng.int(1, 6);
    case 'employer_accept': case 'employer_decline': return rng.int(1, 7);
    case 'book_interview': return rng.int(0, 3);
    case 'interview': return rng.int(5, 12);
    case 'propose_agreement': return rng.int(1, 5);
    case 'confirm_agreement': return rng.int(0, 3);
    case 'start': return rng.int(5, 18);
    case 'end': return slot.aborted ? rng.int(9, 24) : rng.int(4, 10) * 7 - 3;
    case 'assess': return rng.int(2, 12);
    case 'record_outcome': return rng.int(91, 105);
    case 'withdraw': return rng.int(2, 10);
    case 'propose': return 0;
  }
}

interface Timeline {
  /** Day of each step (same order as the steps). */
  days: string[];
  /** interview_booked, interview ahead: the interview day (after today). */
  interviewAhead: string | null;
  /** started: the agreed end (within four weeks). */
  agreedEnd: string | null;
}

/**
 * Lays the steps out in days: one step (the anchor) gets its day from the slot's state, the ones
 * before it go back from there and the ones after it forward, by the usual gaps, on workdays.
 */
function timeline(slot: Slot, steps: Kind[], today: string, rng: Prng): Timeline {
  const before = (n: number) => workdayBack(addDays(today, -n));
  let anchor = steps.length - 1;
  let day: string;
  let interviewAhead: string | null = null;
  let agreedEnd: string | null = null;
  switch (slot.state) {
    case 'proposed': case 'learner_accepted': case 'employer_accepted': day = before(rng.int(1, 6)); break;
    case 'learner_declined': case 'employer_declined': case 'withdrawn': day = before(rng.int(2, 30)); break;
    case 'interview_booked':
      day = before(slot.interview === 'held' ? rng.int(1, 3) : rng.int(1, 4));
      if (slot.interview !== 'held') {
        const at = addDays(day, rng.int(5, 14));
        interviewAhead = workdayOn(at > addDays(today, 2) ? at : addDays(today, 2));
      }
      break;
    case 'agreement_proposed': day = before(rng.int(1, 5)); break;
    case 'agreed': day = before(rng.int(1, 10)); break;
    case 'started':
      day = before(rng.int(8, 30));
      agreedEnd = workdayOn(addDays(today, rng.int(5, 25)));
      break;
    case 'ended': case 'assessed': case 'closed': {
      anchor = steps.indexOf('end');
      const ago = slot.state === 'closed' ? rng.int(125, 200) : slot.due ? rng.int(92, 140) : slot.state === 'assessed' ? rng.int(16, 45) : rng.int(3, 40);
      day = before(ago);
      break;
    }
  }
  const days: string[] = Array(steps.length);
  days[anchor] = day;
  for (let i = anchor - 1; i >= 0; i--) days[i] = workdayBack(addDays(days[i + 1], -gap(steps[i + 1], slot, rng)));
  for (let i = anchor + 1; i < steps.length; i++) days[i] = workdayOn(addDays(days[i - 1], gap(steps[i], slot, rng)));
  return { days, interviewAhead, agreedEnd };
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

const SEAT_STATES: ReferralState[] = ['agreed', 'started'];
/** Done with the placement (or ending soon): the short, unpaid kinds fit these best. */
const PAST_STATES: ReferralState[] = ['started', 'ended', 'assessed', 'closed'];

/** How well the learner suits the placement, for the coach's choice: the goal, experience and skills. */
function relevance(l: ReferralLearner, p: ReferralPlacement): number {
  const ssyk = p.facts.ssyk;
  return 1 + (ssyk && l.facts.goalSsyk.includes(ssyk) ? 6 : 0) + (ssyk && l.facts.experienceSsyk.includes(ssyk) ? 3 : 0)
    + p.facts.requiredSkills.filter((s) => l.facts.skills.includes(s)).length + 0.5 * p.facts.niceSkills.filter((s) => l.facts.skills.includes(s)).length;
}

/**
 * The demo referrals of one municipality from plain rows. Pure and deterministic: the same input
 * and `today` give the same rows. Slots that no learner and placement can fill are left out.
 */
export function generateDemoReferrals(input: DemoReferralInput, today: string): DemoReferralRows {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new Error(`demo referrals: bad date "${today}"`);
  const out: DemoReferralRows = { referral: [], referral_event: [], placement_interest: [] };
  const rng = new Prng(`jobbrygga-demo|${input.tenantCode}|referrals`);
  const learners = [...input.learners].sort((a, b) => (a.id < b.id ? -1 : 1));
  const placements = [...input.placements].sort((a, b) => (a.id < b.id ? -1 : 1));
  const fits = new Map<string, ReferralLearner[]>(placements.map((p) => [p.id, learners.filter((l) => brokenConstraints(l.facts, p.facts).length === 0)]));
  const used = new Set<string>();
  const taken = new Map(placements.map((p) => [p.id, p.taken]));
  const supervisorsLeft = new Map(Object.entries(input.supervisorsLeft));
  const mainCoach = input.coaches[0] ?? null;
  const coachOf = (l: ReferralLearner) => (l.coachId && input.coaches.includes(l.coachId) ? l.coachId : mainCoach);
  const interests = new Map<string, Row>();
  const mark = (learner: ReferralLearner, placementId: string, day: string) => {
    const key = `${learner.id}|${placementId}`;
    if (!interests.has(key) && day > learner.since && day < today) interests.set(key, { learner_id: learner.id, placement_id: placementId, created_at: `${day}T${time(rng.int(17 * 60, 22 * 60))}` });
  };
  let n = DEMO_REFERRAL_FIRST;

  for (const slot of SLOTS) {
    const steps = stepsFor(slot);
    const plan = timeline(slot, steps, today, rng);
    const proposedOn = plan.days[0];
    const seat = SEAT_STATES.includes(slot.state);
    const hasRoom = (p: ReferralPlacement) => taken.get(p.id)! < p.seats && (!p.supervisorId || (supervisorsLeft.get(p.supervisorId) ?? 0) > 0);
    const learnerOk = (l: ReferralLearner) =>
      !used.has(l.id) && l.since < proposedOn && (slot.demo ? l.id === input.demoLearnerId : l.id !== input.demoLearnerId) && (!slot.mainCoach || l.coachId === mainCoach);
    const candidates = (p: ReferralPlacement) => fits.get(p.id)!.filter(learnerOk);
    // Agreed: the placement starts 90 days or more ahead (its dates are the agreement's).
    let pool = placements.filter((p) => hasRoom(p) && (slot.state !== 'agreed' || p.startDate >= addDays(today, 90)) && candidates(p).length > 0);
    const narrow = (keep: (p: ReferralPlacement) => boolean) => {
      const kept = pool.filter(keep);
      if (kept.length) pool = kept;
    };
    if (PAST_STATES.includes(slot.state)) narrow((p) => !p.paid);
    if (slot.employer === 'login') narrow((p) => p.employerUserId !== null);
    if (slot.employer === 'main') narrow((p) => p.employerId === input.mainEmployerId);
    if (pool.length === 0) continue;
    const placement = rng.pick(pool);
    const learner = rng.weighted(candidates(placement), (l) => relevance(l, placement));
    used.add(learner.id);
    if (seat) {
      taken.set(placement.id, taken.get(placement.id)! + 1);
      if (placement.supervisorId) supervisorsLeft.set(placement.supervisorId, (supervisorsLeft.get(placement.supervisorId) ?? 0) - 1);
    }

    const id = demoReferralId(input.tenantCode, n++);
    const coach = coachOf(learner);
    const ref: Row = {
      id, tenant_code: input.tenantCode, learner_id: learner.id, placement_id: placement.id, proposed_by: coach, state: 'proposed', score: null, reason: null,
      interview_at: null, interview_place: null, interpreter_needed: null, agreement: null, employer_confirmed_at: null, learner_confirmed_at: null,
      coach_confirmed_at: null, started_on: null, ended_on: null, end_kind: null, end_reason: null, assessment: null, outcome: null, outcome_recorded_at: null, learner_accepted_at: null,
      created_at: null, updated_at: null,
    };
    // The agreement's dates: the placement's (agreed and still ahead), or the ones the case actually ran on.
    const startDay = steps.includes('start') ? plan.days[steps.indexOf('start')] : null;
    const endDay = steps.includes('end') ? plan.days[steps.indexOf('end')] : null;
    const agreementStart = startDay ?? placement.startDate;
    const agreementEnd = plan.agreedEnd ?? (endDay ? (slot.aborted ? workdayOn(addDays(startDay!, rng.int(6, 10) * 7 - 3)) : endDay) : placement.endDate);
    const actors: Record<Role, string | null> = { coach, newcomer: learner.userId, employer: placement.employerUserId, admin: null };

    let state: ReferralState | null = null;
    let last = '';
    let confirmations = 0;
    steps.forEach((kind, i) => {
      const day = plan.days[i];
      if (kind === 'interview') return;
      // Same day as the step before: a little later; otherwise office hours (start in the morning, end in the afternoon).
      const [from, to] = kind === 'start' ? [8 * 60, 9 * 60 + 30] : kind === 'end' ? [14 * 60, 16 * 60] : [8 * 60 + 10, 16 * 60 + 30];
      let at = `${day}T${time(rng.int(from, to))}`;
      if (at <= last) {
        const [h, m] = last.slice(11, 16).split(':').map(Number);
        at = `${day}T${time(Math.min(h * 60 + m + rng.int(10, 75), 23 * 60 + 59))}`;
      }
      last = at;
      let note: string | null = null;
      let role: Role;
      let next: ReferralState;
      if (kind === 'propose') {
        role = 'coach';
        next = 'proposed';
        ref.created_at = at;
      } else {
        role = REFERRAL_TRANSITIONS[kind].roles[0];
        if (kind === 'end') role = slot.aborted ? 'coach' : 'employer';
        if (kind === 'learner_decline') note = rng.pick(LEARNER_DECLINES);
        if (kind === 'employer_decline') note = rng.pick(EMPLOYER_DECLINES);
        if (kind === 'withdraw') note = rng.pick(WITHDRAWALS);
        if (kind === 'end' && slot.aborted) note = rng.pick(ABORTS);
        if (kind === 'confirm_agreement') role = (['employer', 'newcomer', 'coach'] as const)[confirmations];
        const step = transition(state!, kind, role);
        if (!step.ok) throw new Error(`demo referrals: ${kind} by ${role} from ${state} (${step.problem})`);
        next = step.to;
        switch (kind) {
          case 'book_interview': {
            // Ahead, held (a step of its own), or never held (withdrawn before it).
            const held = steps.indexOf('interview');
            const interviewDay = plan.interviewAhead ?? (held >= 0 ? plan.days[held] : workdayOn(addDays(day, rng.int(5, 12))));
            ref.interview_at = `${interviewDay}T${time(rng.pick([9, 10, 13, 14]) * 60 + rng.pick([0, 30]))}`;
            ref.interview_place = placement.place;
            ref.interpreter_needed = ['A', 'B', null].includes(learner.facts.sfiCourse) ? rng.chance(0.6) : rng.chance(0.1);
            break;
          }
          case 'propose_agreement':
            ref.agreement = {
              startDate: agreementStart,
              endDate: agreementEnd,
              hoursPerWeek: placement.hoursPerWeek,
              tasks: (placement.ssyk && TASKS[placement.ssyk]) || GENERAL_TASKS,
              insuranceNote: placement.paid ? INSURANCE_PAID : INSURANCE_UNPAID,
              supervisorId: placement.supervisorId,
            };
            break;
          case 'confirm_agreement':
            ref[(['employer_confirmed_at', 'learner_confirmed_at', 'coach_confirmed_at'] as const)[confirmations]] = at;
            confirmations += 1;
            // The third confirmation makes it agreed (the API decides, as here).
            if (confirmations === 3) next = 'agreed';
            break;
          case 'learner_accept':
            ref.learner_accepted_at = at;
            break;
          case 'start':
            ref.started_on = day;
            break;
          case 'end':
            ref.ended_on = day;
            ref.end_kind = slot.aborted ? 'aborted' : 'completed';
            ref.end_reason = note;
            break;
          case 'assess': {
            const shown = rng.sample(placement.skillLabels, rng.int(1, 2));
            ref.assessment = { skillsShown: [...shown, ...rng.sample(GENERAL_SKILLS, 3 - shown.length)], nextStep: rng.pick(NEXT_STEPS), wouldHire: rng.chance(0.6) };
            break;
          }
          case 'record_outcome':
            ref.outcome = rng.weighted(['work', 'studies', 'other_measure', 'neither'] as const, (o) => ({ work: 4, studies: 3, other_measure: 2, neither: 1 })[o]);
            ref.outcome_recorded_at = at;
            break;
          default:
            break;
        }
        if (note !== null) ref.reason = note;
      }
      out.referral_event.push({ referral_id: id, from_state: state, to_state: next, action: kind, actor_id: actors[role], actor_role: role, note, at });
      state = next;
      ref.state = next;
      ref.updated_at = at;
    });
    out.referral.push(ref);

    // Some learners marked the placement as interesting before the coach proposed them; the demo newcomer did.
    if (slot.demo || (['proposed', 'learner_accepted', 'employer_accepted', 'interview_booked'].includes(slot.state) && rng.chance(0.5))) {
      mark(learner, placement.id, workdayBack(addDays(proposedOn, -rng.int(1, 8))));
    }
  }

  // A few more marks: the demo newcomer's and other learners' own picks among what fits them.
  const fitting = (l: ReferralLearner) => placements.filter((p) => fits.get(p.id)!.includes(l));
  const demo = learners.find((l) => l.id === input.demoLearnerId);
  if (demo) for (const p of rng.sample(fitting(demo), 2)) mark(demo, p.id, addDays(today, -rng.int(1, 20)));
  for (const l of rng.sample(learners.filter((l) => l.id !== input.demoLearnerId), 6)) {
    const choices = fitting(l);
    if (choices.length) mark(l, rng.pick(choices).id, addDays(today, -rng.int(1, 40)));
  }
  out.placement_interest = [...interests.values()];
  return out;
}

// ---------------------------------------------------------------------------------------------
// The database side
// ---------------------------------------------------------------------------------------------

type Log = (msg: string, fields?: Record<string, unknown>) => void;

/** Column types of each table, in insert order. Timestamps are local Swedish time, stored as timestamptz. */
const TABLES: { table: keyof DemoReferralRows; columns: Record<string, string> }[] = [
  {
    table: 'referral',
    columns: {
      id: 'uuid', tenant_code: 'text', learner_id: 'uuid', placement_id: 'uuid', proposed_by: 'uuid', state: 'text', score: 'smallint', reason: 'text',
      interview_at: 'timestamp', interview_place: 'text', interpreter_needed: 'boolean', agreement: 'jsonb', employer_confirmed_at: 'timestamp',
      learner_confirmed_at: 'timestamp', coach_confirmed_at: 'timestamp', started_on: 'date', ended_on: 'date', end_kind: 'text', end_reason: 'text',
      assessment: 'jsonb', outcome: 'text', outcome_recorded_at: 'timestamp', learner_accepted_at: 'timestamp', created_at: 'timestamp', updated_at: 'timestamp',
    },
  },
  {
    table: 'referral_event',
    columns: { referral_id: 'uuid', from_state: 'text', to_state: 'text', action: 'text', actor_id: 'uuid', actor_role: 'text', note: 'text', at: 'timestamp' },
  },
  { table: 'placement_interest', columns: { learner_id: 'uuid', placement_id: 'uuid', created_at: 'timestamp' } },
];

/** One statement per table: the rows go as one JSON parameter, in order (event ids follow the history). */
async function insertRows(m: EntityManager, spec: (typeof TABLES)[number], rows: Row[]): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(spec.columns);
  const values = columns.map((c) => (spec.columns[c] === 'timestamp' ? `r.${c} AT TIME ZONE 'Europe/Stockholm'` : `r.${c}`));
  const written = await m.query(
    `INSERT INTO ${spec.table} (${columns.join(', ')})
     SELECT ${values.join(', ')}
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (${columns.map((c) => `${c} ${spec.columns[c]}`).join(', ')})) WITH ORDINALITY AS r(${columns.join(', ')}, n)
     ORDER BY r.n ON CONFLICT DO NOTHING RETURNING 1`,
    [JSON.stringify(rows)],
  );
  return written.length;
}

/** What the generator needs of a tenant, read from the database; null when there is nothing to refer. */
async function readInput(ds: DataSource, m: EntityManager, tenantCode: string): Promise<DemoReferralInput | null> {
  const demo = DEMO_TENANTS.find((t) => t.code === tenantCode);
  const wanted = demo?.people.filter((p) => p.role === 'coach').map((p) => p.id) ?? [];
  const coachIds = (await m.query(`SELECT id FROM app_user WHERE tenant_code = $1 AND role = 'coach' AND active ORDER BY id`, [tenantCode])).map((r: { id: string }) => r.id);
  const coaches = [...wanted.filter((id) => coachIds.includes(id)), ...coachIds.filter((id: string) => !wanted.includes(id))];

  // The learners as the candidate index has them (consenting, no protected identity), without a referral yet.
  const docs = new Map<string, CandidateFacts>();
  for await (const batch of candidatesIndex.documents(ds)) for (const d of batch) if (d.tenantCode === tenantCode) docs.set(d.id, toFacts(d));
  if (docs.size === 0) return null;
  const people: { id: string; coachId: string | null; userId: string | null; since: string }[] = await m.query(
    `SELECT l.id, l.coach_id AS "coachId", l.user_id AS "userId",
            to_char(GREATEST(l.created_at, (SELECT c.recorded_at FROM learner_consent c WHERE c.learner_id = l.id AND c.purpose = 'share_with_employers'
                                            ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1)) AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS since
       FROM learner l WHERE l.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.learner_id = l.id) ORDER BY l.id`,
    [[...docs.keys()]],
  );
  const learners = people.map((p) => ({ ...p, facts: docs.get(p.id)! }));

  const rows: {
    id: string; employerId: string; paid: boolean; startDate: string; endDate: string | null; hoursPerWeek: number; seats: number; taken: number;
    supervisorId: string | null; ssyk: string | null; contactUserId: string | null; site: string | null; street: string | null; placeLabel: string | null;
    title: string; skillLabels: string[];
  }[] = await m.query(
    `SELECT p.id, p.employer_id AS "employerId", t.paid, to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", to_char(p.end_date, 'YYYY-MM-DD') AS "endDate",
            p.hours_per_week AS "hoursPerWeek", p.seats, p.supervisor_id AS "supervisorId", p.ssyk_code AS ssyk, p.contact_user_id AS "contactUserId",
            ${TAKEN} AS taken,
            s.name AS site, s.street_address AS street, s.place_label AS "placeLabel", p.title,
            ARRAY(SELECT k.label_sv FROM ref_skill k WHERE k.concept_id = ANY(p.required_skills || p.nice_skills) ORDER BY k.label_sv) AS "skillLabels"
       FROM placement p JOIN employer e ON e.id = p.employer_id JOIN placement_type t ON t.id = p.type_id LEFT JOIN employer_site s ON s.id = p.site_id
      WHERE p.tenant_code = $1 AND p.status = 'open' AND p.kind = 'placement' AND e.status = 'approved' ORDER BY p.id`,
    [tenantCode],
  );
  if (rows.length === 0) return null;
  const employerUsers: { id: string; employerId: string }[] = await m.query(
    `SELECT id, employer_id AS "employerId" FROM app_user WHERE tenant_code = $1 AND role = 'employer' AND active ORDER BY id`,
    [tenantCode],
  );
  const supervisors: { id: string; left: number }[] = await m.query(
    `SELECT sv.id, ${SUPERVISOR_LEFT} AS left FROM supervisor sv WHERE sv.tenant_code = $1`,
    [tenantCode],
  );
  // The API's own placement facts (they read PostgreSQL only).
  const matching = new MatchingService(ds, undefined as never, undefined as never);
  const caller = { tenantCode } as AuthUser;
  const placements: ReferralPlacement[] = [];
  for (const r of rows) {
    const users = employerUsers.filter((u) => u.employerId === r.employerId).map((u) => u.id);
    placements.push({
      id: r.id, employerId: r.employerId, paid: r.paid, startDate: r.startDate, endDate: r.endDate, hoursPerWeek: r.hoursPerWeek, seats: r.seats, taken: r.taken,
      supervisorId: r.supervisorId, ssyk: r.ssyk, skillLabels: r.skillLabels,
      place: r.site ? [r.site, r.street].filter(Boolean).join(', ') : (r.placeLabel ?? r.title),
      employerUserId: r.contactUserId && users.includes(r.contactUserId) ? r.contactUserId : (users[0] ?? null),
      facts: await matching.placementFacts(caller, r.id),
    });
  }
  return {
    tenantCode,
    coaches,
    learners,
    placements,
    supervisorsLeft: Object.fromEntries(supervisors.map((s) => [s.id, s.left])),
    demoLearnerId: tenantCode === DEMO.norrtalje.code && docs.has(DEMO_LEARNER_ID) ? DEMO_LEARNER_ID : null,
    mainEmployerId: tenantCode === DEMO.norrtalje.code ? DEMO.norrtalje.employerOrg : null,
  };
}

/**
 * Loads the Step-4 demo referrals (see the top of this file). Needs the demo placements and
 * learners. `today` (YYYY-MM-DD) anchors every date.
 */
export async function seedDemoReferrals(ds: DataSource, today: string, log: Log): Promise<void> {
  const started = Date.now();
  await ds.transaction(async (m) => {
    for (const code of DEMO_REFERRAL_TENANTS) {
      const [tenant] = await m.query(`SELECT 1 FROM tenant WHERE code = $1`, [code]);
      if (!tenant) continue;
      const [seeded] = await m.query(`SELECT 1 FROM referral WHERE id BETWEEN $1 AND $2 LIMIT 1`, demoReferralRange(code));
      if (seeded) {
        log('demo referrals already loaded', { tenant: code });
        continue;
      }
      const input = await readInput(ds, m, code);
      if (!input) {
        log('demo referrals skipped: no learners or placements', { tenant: code });
        continue;
      }
      const rows = generateDemoReferrals(input, today);
      const counts: Record<string, number> = {};
      for (const spec of TABLES) counts[spec.table] = await insertRows(m, spec, rows[spec.table]);
      log('demo referrals loaded', { tenant: code, ...counts });
    }
  });
  log('demo referrals ready', { ms: Date.now() - started });
}
