import { DataSource } from 'typeorm';
import { REFERRAL_STATES, REFERRAL_TRANSITIONS, brokenConstraints, type ReferralAction, type ReferralState } from '../../libs/matching/src';
import { dataSourceOptions } from '../../apps/api/src/database/data-source';
import type { AuthUser } from '../../apps/api/src/common/request-context';
import { MATCHABLE, learnerDocument, toFacts } from '../../apps/api/src/matching/candidates.index';
import { MatchingService } from '../../apps/api/src/matching/matching.service';
import { DEMO } from '../../apps/api/src/seed/demo-data';
import { DEMO_LEARNER_ID } from '../../apps/api/src/seed/demo-learners';
import { demoReferralRange, seedDemoReferrals } from '../../apps/api/src/seed/demo-referrals';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The Step-4 demo referrals, as the template database has them (global setup seeds them once) and
 * as the API shows them to the demo coach, newcomer and employer.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

/** Today in Sweden: the seed lays dates out from the UTC day, which is never later. */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const NORRTALJE = DEMO.norrtalje.code;
const coachCaller: AuthUser = { id: DEMO.norrtalje.coach, role: 'coach', tenantCode: NORRTALJE, locale: 'sv', employerId: null, totpSetupRequired: false };

interface DemoReferral {
  id: string;
  state: ReferralState;
  learner_id: string;
  placement_id: string;
  proposed_by: string | null;
  reason: string | null;
  created_at: Date;
  updated_at: Date;
  interview_at: Date | null;
  agreement: { startDate: string; endDate: string | null; hoursPerWeek: number; tasks: string; insuranceNote: string | null; supervisorId: string | null } | null;
  employer_confirmed_at: Date | null;
  learner_confirmed_at: Date | null;
  coach_confirmed_at: Date | null;
  started_on: string | null;
  ended_on: string | null;
  end_kind: string | null;
  end_reason: string | null;
  assessment: { skillsShown: string[]; nextStep: string; wouldHire: boolean } | null;
  outcome: string | null;
  outcome_recorded_at: Date | null;
}
interface DemoEvent {
  id: string;
  referral_id: string;
  from_state: ReferralState | null;
  to_state: ReferralState;
  action: ReferralAction | 'propose';
  actor_id: string | null;
  actor_role: string;
  note: string | null;
  at: Date;
  day: string;
}

const referrals = () =>
  app.sql<DemoReferral>(
    `SELECT id, state, learner_id, placement_id, proposed_by, reason, created_at, updated_at, interview_at, agreement, employer_confirmed_at, learner_confirmed_at,
            coach_confirmed_at, to_char(started_on, 'YYYY-MM-DD') AS started_on, to_char(ended_on, 'YYYY-MM-DD') AS ended_on, end_kind, end_reason, assessment,
            outcome, outcome_recorded_at
       FROM referral WHERE tenant_code = $1 AND id BETWEEN $2 AND $3 ORDER BY id`,
    [NORRTALJE, ...demoReferralRange(NORRTALJE)],
  );

describe('the demo referrals in the database', () => {
  it('has two or three referrals in every state of the pipeline, in Norrtälje only', async () => {
    const rows = await referrals();
    const by: Record<string, number> = {};
    for (const r of rows) by[r.state] = (by[r.state] ?? 0) + 1;
    expect(REFERRAL_STATES.filter((s) => !by[s] || by[s] < 2 || by[s] > 3)).toEqual([]);
    expect(await app.sql(`SELECT 1 FROM referral WHERE id BETWEEN $1 AND $2`, demoReferralRange(DEMO.sollentuna.code))).toEqual([]);
  });

  it('joins each learner with an open placement of an approved employer whose every hard constraint they meet (the API’s own check)', async () => {
    const ds = app.nest.get(DataSource);
    const matching = app.nest.get(MatchingService);
    const problems: string[] = [];
    for (const r of await referrals()) {
      const [p] = await app.sql<{ status: string; employer: string }>(
        `SELECT p.status, e.status AS employer FROM placement p JOIN employer e ON e.id = p.employer_id WHERE p.id = $1 AND p.tenant_code = $2`,
        [r.placement_id, NORRTALJE],
      );
      if (p?.status !== 'open' || p.employer !== 'approved') problems.push(`${r.id}: placement ${p?.status}, employer ${p?.employer}`);
      const [matchable] = await app.sql(`SELECT 1 FROM learner l WHERE l.id = $1 AND ${MATCHABLE}`, [r.learner_id]);
      if (!matchable) problems.push(`${r.id}: learner may not be proposed`);
      const doc = await learnerDocument(ds, r.learner_id, NORRTALJE);
      const broken = brokenConstraints(toFacts(doc!), await matching.placementFacts(coachCaller, r.placement_id));
      if (broken.length) problems.push(`${r.id}: breaks ${broken.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps agreed and started ones within seats and supervisor capacity, and no learner in two overlapping ones', async () => {
    const seats = await app.sql(
      `SELECT p.id FROM placement p WHERE (SELECT count(*) FROM referral r WHERE r.placement_id = p.id AND r.state IN ('agreed', 'started')) > p.seats`,
    );
    expect(seats).toEqual([]);
    const supervisors = await app.sql(
      `SELECT sv.id FROM supervisor sv
        WHERE (SELECT count(*) FROM referral r JOIN placement p ON p.id = r.placement_id WHERE p.supervisor_id = sv.id AND r.state IN ('agreed', 'started')) > sv.capacity`,
    );
    expect(supervisors).toEqual([]);
    const overlapping = await app.sql(
      `SELECT a.id, b.id FROM referral a JOIN placement ap ON ap.id = a.placement_id, referral b JOIN placement bp ON bp.id = b.placement_id
        WHERE a.learner_id = b.learner_id AND a.id < b.id AND a.state IN ('agreed', 'started') AND b.state IN ('agreed', 'started')
          AND daterange(COALESCE((a.agreement->>'startDate')::date, ap.start_date), COALESCE((a.agreement->>'endDate')::date, ap.end_date, 'infinity'::date), '[]')
           && daterange(COALESCE((b.agreement->>'startDate')::date, bp.start_date), COALESCE((b.agreement->>'endDate')::date, bp.end_date, 'infinity'::date), '[]')`,
    );
    expect(overlapping).toEqual([]);
    // The demo learners are in one demo referral each.
    const [{ n, learners }] = await app.sql<{ n: number; learners: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT learner_id)::int AS learners FROM referral WHERE id BETWEEN $1 AND $2`,
      demoReferralRange(NORRTALJE),
    );
    expect(learners).toBe(n);
  });

  it('has case histories in the order the API writes them: every step allowed by REFERRAL_TRANSITIONS, by the right role, in the past', async () => {
    const rows = await referrals();
    const events = await app.sql<DemoEvent>(
      `SELECT e.id, e.referral_id, e.from_state, e.to_state, e.action, e.actor_id, e.actor_role, e.note, e.at,
              to_char(e.at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS day
         FROM referral_event e WHERE e.referral_id = ANY($1::uuid[]) ORDER BY e.at, e.id`,
      [rows.map((r) => r.id)],
    );
    const now = Date.now();
    const problems: string[] = [];
    for (const r of rows) {
      const history = events.filter((e) => e.referral_id === r.id);
      const say = (text: string) => problems.push(`${r.id} (${r.state}): ${text}`);
      // Ordered by time the ids ascend too: written one after the other.
      const ids = history.map((e) => BigInt(e.id));
      if (ids.some((id, i) => i > 0 && id <= ids[i - 1])) say('event ids out of time order');
      if (history.some((e, i) => i > 0 && e.at.getTime() <= history[i - 1].at.getTime())) say('two events at the same time');
      if (history.some((e) => e.at.getTime() > now)) say('an event in the future');
      const [first, ...rest] = history;
      if (!first || first.action !== 'propose' || first.from_state !== null || first.to_state !== 'proposed' || first.actor_role !== 'coach' || first.actor_id !== r.proposed_by) {
        say(`does not start with the coach's proposal: ${JSON.stringify(first)}`);
      }
      let state: ReferralState = 'proposed';
      let confirmations = 0;
      for (const e of rest) {
        const rule = REFERRAL_TRANSITIONS[e.action as ReferralAction];
        if (!rule) { say(`unknown action ${e.action}`); continue; }
        if (e.from_state !== state) say(`${e.action} from ${e.from_state}, but the state was ${state}`);
        if (!rule.from.includes(state)) say(`${e.action} not allowed from ${state}`);
        if (!(rule.roles as readonly string[]).includes(e.actor_role)) say(`${e.action} by ${e.actor_role}`);
        if (e.action === 'propose_agreement') confirmations = 0;
        if (e.action === 'confirm_agreement') {
          confirmations += 1;
          // Employer, newcomer, coach; the third makes it agreed.
          if (e.actor_role !== ['employer', 'newcomer', 'coach'][confirmations - 1]) say(`confirmation ${confirmations} by ${e.actor_role}`);
          if (e.to_state !== (confirmations === 3 ? 'agreed' : 'agreement_proposed')) say(`confirmation ${confirmations} to ${e.to_state}`);
        } else if (e.to_state !== rule.to) say(`${e.action} to ${e.to_state}`);
        if (['employer_decline', 'withdraw'].includes(e.action) && !e.note) say(`${e.action} without a reason`);
        if (e.action === 'end' && r.end_kind === 'aborted' && !e.note) say('aborted without a reason');
        state = e.to_state;
      }
      if (state !== r.state) say(`history ends in ${state}`);
      if (first && r.created_at.getTime() !== first.at.getTime()) say('created_at is not the proposal');
      if (history.length && r.updated_at.getTime() !== history.at(-1)!.at.getTime()) say('updated_at is not the last step');
      const notes = history.map((e) => e.note).filter((x) => x !== null);
      if ((notes.at(-1) ?? null) !== r.reason) say('reason is not the last note');

      // What the steps wrote: the interview, the agreement and its confirmations, start, end, assessment, outcome.
      const did = (action: string) => history.find((e) => e.action === action);
      if (did('book_interview') && (!r.interview_at || r.interview_at.getTime() <= did('book_interview')!.at.getTime())) say('interview not after its booking');
      if (r.interview_at && r.interview_at.getTime() > now && r.state !== 'interview_booked') say('interview ahead outside interview_booked');
      if (did('propose_agreement') && !(r.agreement?.startDate && r.agreement.hoursPerWeek && r.agreement.tasks && 'supervisorId' in r.agreement)) say(`agreement ${JSON.stringify(r.agreement)}`);
      const confirms = history.filter((e) => e.action === 'confirm_agreement').map((e) => e.at.getTime());
      const columns = [r.employer_confirmed_at, r.learner_confirmed_at, r.coach_confirmed_at].filter((c): c is Date => c !== null).map((c) => c.getTime());
      if (JSON.stringify(confirms) !== JSON.stringify(columns)) say('confirmation times differ from the history');
      if ((did('start')?.day ?? null) !== r.started_on) say(`started_on ${r.started_on}`);
      if (r.started_on && r.agreement?.startDate !== r.started_on) say('started on another day than agreed');
      if ((did('end')?.day ?? null) !== r.ended_on) say(`ended_on ${r.ended_on}`);
      if (did('assess') && !(r.assessment?.skillsShown.length && r.assessment.nextStep && typeof r.assessment.wouldHire === 'boolean')) say('assessment incomplete');
      if (r.state === 'closed') {
        if (!r.outcome || !r.outcome_recorded_at || r.outcome_recorded_at.getTime() !== did('record_outcome')!.at.getTime()) say('outcome not recorded');
        if (did('record_outcome')!.day < addDays(r.ended_on!, 90)) say('outcome recorded before 90 days had passed');
        if (r.ended_on! > addDays(today, -90)) say('closed but ended less than 90 days ago');
      }
      if (r.state === 'started' && !(r.started_on! < today && (r.agreement?.endDate ?? '') >= today)) say('started but not going on');
    }
    expect(problems).toEqual([]);
    // Every state past the agreement was reached through all three confirmations.
    expect(rows.filter((r) => ['agreed', 'started', 'ended', 'assessed', 'closed'].includes(r.state) && !(r.employer_confirmed_at && r.learner_confirmed_at && r.coach_confirmed_at))).toEqual([]);
    // Some wait for their outcome, some ended lately, and one interview lies ahead.
    expect(rows.filter((r) => ['ended', 'assessed'].includes(r.state) && r.ended_on! <= addDays(today, -90)).length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => ['ended', 'assessed'].includes(r.state) && r.ended_on! > addDays(today, -90)).length).toBeGreaterThanOrEqual(1);
    expect(rows.some((r) => r.state === 'interview_booked' && r.interview_at!.getTime() > now)).toBe(true);
  });

  it('has a few placements marked as interesting by learners, in the past, the demo newcomer’s among them', async () => {
    const marks = await app.sql<{ learner_id: string; open: boolean; tenant: string; future: boolean }>(
      `SELECT i.learner_id, p.status = 'open' AS open, l.tenant_code AS tenant, i.created_at > now() AS future
         FROM placement_interest i JOIN placement p ON p.id = i.placement_id JOIN learner l ON l.id = i.learner_id`,
    );
    expect(marks.length).toBeGreaterThanOrEqual(5);
    expect(marks.filter((m) => !m.open || m.tenant !== NORRTALJE || m.future)).toEqual([]);
    expect(marks.some((m) => m.learner_id === DEMO_LEARNER_ID)).toBe(true);
  });
});

describe('the demo users see their part of the pipeline', () => {
  it('the coach is prompted for outcomes due', async () => {
    const coach = await app.api.login('coach@norrtalje.example');
    const due = await app.api.get('/api/referrals/outcomes-due', coach);
    expect(due.status).toBe(200);
    expect(due.body.length).toBeGreaterThan(0);
    for (const item of due.body) expect(item.dueOn <= today).toBe(true);
    const ids = new Set((await referrals()).map((r) => r.id));
    expect(due.body.some((item: { id: string }) => ids.has(item.id))).toBe(true);
  });

  it('the demo newcomer sees the proposal to answer', async () => {
    const newcomer = await app.api.login('learner@norrtalje.example');
    const r = await app.api.get('/api/referrals', newcomer);
    expect(r.status).toBe(200);
    const mine = r.body.filter((x: { learner: { id: string } }) => x.learner.id === DEMO_LEARNER_ID);
    expect(mine.length).toBe(r.body.length);
    const proposal = mine.find((x: { state: string }) => x.state === 'proposed');
    expect(proposal).toBeDefined();
    expect(proposal.history.map((h: { action: string; actorRole: string }) => [h.action, h.actorRole])).toEqual([['propose', 'coach']]);
    expect((await app.api.get(`/api/referrals/${proposal.id}`, newcomer)).status).toBe(200);
  });

  it('the employer of a learner_accepted referral sees it with an anonymised profile, and not the proposals the learner has not accepted', async () => {
    // The employer of a referral waiting for its answer that has a login: employer@… first.
    const waiting = await app.sql<{ id: string; email: string; employer_id: string; first_name: string; last_name: string; learner_id: string }>(
      `SELECT r.id, u.email, p.employer_id, l.first_name, l.last_name, l.id AS learner_id
         FROM referral r JOIN placement p ON p.id = r.placement_id JOIN learner l ON l.id = r.learner_id
         JOIN app_user u ON u.employer_id = p.employer_id AND u.role = 'employer' AND u.active
        WHERE r.state = 'learner_accepted' AND r.id BETWEEN $1 AND $2
        ORDER BY (u.id = $3) DESC, u.id, r.id`,
      [...demoReferralRange(NORRTALJE), DEMO.norrtalje.employer],
    );
    expect(waiting.length).toBeGreaterThan(0);
    const { id, email, employer_id: employerId, first_name: first, last_name: last } = waiting[0];
    const employer = await app.api.login(email);
    const list = await app.api.get('/api/referrals', employer);
    expect(list.status).toBe(200);
    const entry = list.body.find((x: { id: string }) => x.id === id);
    expect(entry).toMatchObject({ state: 'learner_accepted', learner: { displayName: null } });
    expect(list.body.filter((x: { state: string }) => x.state === 'proposed' || x.state === 'learner_declined')).toEqual([]);
    const profile = await app.api.get(`/api/referrals/${id}/profile`, employer);
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({ referralId: id, state: 'learner_accepted', name: null, email: null, phone: null });
    expect(JSON.stringify(profile.body)).not.toContain(first);
    expect(JSON.stringify(profile.body)).not.toContain(last);
    expect(JSON.stringify(entry)).not.toContain(last);
    // Only its own employer's referrals.
    const others = await app.sql<{ id: string }>(`SELECT r.id FROM referral r JOIN placement p ON p.id = r.placement_id WHERE p.employer_id <> $1`, [employerId]);
    const otherIds = new Set(others.map((o) => o.id));
    expect(list.body.filter((x: { id: string }) => otherIds.has(x.id))).toEqual([]);
  });
});

describe('loading again', () => {
  it('changes nothing: the referrals, their histories and the marks stay as they are, with what users changed', async () => {
    const snapshot = async () =>
      app.sql(
        `SELECT (SELECT md5(string_agg(r::text, '|' ORDER BY r.id)) FROM referral r) AS referrals,
                (SELECT md5(string_agg(e::text, '|' ORDER BY e.id)) FROM referral_event e) AS events,
                (SELECT md5(string_agg(i::text, '|' ORDER BY i.learner_id, i.placement_id)) FROM placement_interest i) AS marks`,
      );
    const [changed] = await referrals();
    await app.sql(`UPDATE referral SET reason = 'Ändrad' WHERE id = $1`, [changed.id]);
    const before = await snapshot();
    const ds = new DataSource(dataSourceOptions(app.databaseUrl));
    await ds.initialize();
    const logged: string[] = [];
    try {
      await seedDemoReferrals(ds, today, (msg) => logged.push(msg));
    } finally {
      await ds.destroy();
    }
    expect(await snapshot()).toEqual(before);
    expect(logged).toContain('demo referrals already loaded');
    expect((await app.sql<{ reason: string }>(`SELECT reason FROM referral WHERE id = $1`, [changed.id]))[0].reason).toBe('Ändrad');
  });
});

function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
