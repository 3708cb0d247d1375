import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CONSENT_TEXT_VERSION, GENDERS, INTERVIEW_LANGUAGES, LANGUAGE_LEVELS, LOCALES, PLAN_STEP_KINDS, SFI_PATH_COURSES, SFI_RESULTS, addMonths, isStalled, reviewDue, sfiPassed,
  type SfiCourse, type SfiResult, type SfiStudyPath,
} from '@jobbrygga/domain';
import { SOURCE_FILES, buildReferenceTables, type SourceName, type SourceTexts } from '../reference/reference-sources';
import { DEMO, DEMO_TENANTS } from './demo-data';
import { addDays } from './demo-placements';
import { DEMO_LEARNER_ID, generateDemoLearners, type DemoLearnerInput, type DemoLearnerRows, type LearnerReference, type LearnerTenantInput } from './demo-learners';

const TODAY = '2026-11-23';

// The shipped reference files, turned into rows exactly as the loader would insert them.
const dataDir = path.resolve(__dirname, '../../data/reference');
const texts = Object.fromEntries(
  (Object.keys(SOURCE_FILES) as SourceName[]).map((name) => [name, fs.readFileSync(path.join(dataDir, SOURCE_FILES[name]), 'utf8')]),
) as SourceTexts;
const tables = new Map(buildReferenceTables(texts).map((t) => [t.table, t.rows]));
const rows = <T>(table: string) => (tables.get(table) ?? []) as unknown as T[];
const skillLabels = new Map(rows<{ concept_id: string; label_sv: string }>('ref_skill').map((s) => [s.concept_id, s.label_sv]));
const reference: LearnerReference = {
  places: rows('ref_place'),
  ssykGroups: rows('ref_ssyk_group'),
  occupationNames: rows('ref_occupation_name'),
  ssykSkills: rows<{ ssyk_code: string; skill_concept_id: string }>('ref_ssyk_skill').map((s) => ({ ...s, label_sv: skillLabels.get(s.skill_concept_id) ?? '' })),
  languages: rows('ref_language'),
  sunLevels: rows('ref_sun_level'),
  sunFields: rows('ref_sun_field'),
  drivingLicences: rows('ref_driving_licence'),
};
const tenant = (code: string): LearnerTenantInput => {
  const people = DEMO_TENANTS.find((t) => t.code === code)!.people;
  const coaches = people.filter((p) => p.role === 'coach').map((p) => p.id);
  return {
    code,
    coachId: coaches[0],
    secondCoachId: coaches[1] ?? null,
    adminId: people.find((p) => p.role === 'admin')!.id,
    demoUserId: code === '0188' ? DEMO.norrtalje.learner : null,
  };
};
const input: DemoLearnerInput = { reference, tenants: [tenant('0188'), tenant('0163')] };
const out = generateDemoLearners(input, TODAY);

const keys = (table: string) => new Set(rows<Record<string, unknown>>(table).map((r) => String(Object.values(r)[0])));
const ids = (table: string, column: string) => new Set(rows<Record<string, unknown>>(table).map((r) => String(r[column]).trim()));
const learnersOf = (o: DemoLearnerRows, code: string) => o.learner.filter((l) => l.tenant_code === code);
const byLearner = <T extends Record<string, unknown>>(list: T[]) => {
  const map = new Map<string, T[]>();
  for (const r of list) map.set(String(r.learner_id), [...(map.get(String(r.learner_id)) ?? []), r]);
  return map;
};

describe('generateDemoLearners', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(generateDemoLearners(input, TODAY))).toBe(JSON.stringify(out));
  });

  it('gives about 200 learners to Norrtälje and 10 to Sollentuna, with fixed ids in their own range', () => {
    expect(learnersOf(out, '0188')).toHaveLength(200);
    expect(learnersOf(out, '0163')).toHaveLength(10);
    const all = [...out.learner, ...out.learner_establishment, ...out.learner_education, ...out.learner_experience, ...out.learner_skill, ...out.learner_language,
      ...out.learner_sfi_course, ...out.plan_step, ...out.follow_up].map((r) => String(r.id));
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^0000(0188|0163)-0000-4000-8000-\d{12}$/);
    for (const l of out.learner) expect(Number(String(l.id).slice(-12))).toBeGreaterThanOrEqual(6001);
  });

  it('links the demo newcomer login to one learner with a full profile and a plan', () => {
    const linked = out.learner.filter((l) => l.user_id);
    expect(linked).toEqual([expect.objectContaining({ id: DEMO_LEARNER_ID, user_id: DEMO.norrtalje.learner, coach_id: DEMO.norrtalje.coach, tenant_code: '0188' })]);
    for (const table of ['learner_establishment', 'learner_education', 'learner_experience', 'learner_skill', 'learner_language', 'learner_sfi_course', 'follow_up', 'plan_step'] as const) {
      expect({ table, found: out[table].some((r) => r.learner_id === DEMO_LEARNER_ID) }).toEqual({ table, found: true });
    }
    expect(out.career_plan.some((p) => p.learner_id === DEMO_LEARNER_ID)).toBe(true);
  });

  it('names only reference rows that exist', () => {
    const places = rows<{ id: string; municipality_code: string }>('ref_place');
    const names = new Map(rows<{ concept_id: string; ssyk_code: string }>('ref_occupation_name').map((n) => [n.concept_id, n.ssyk_code.trim()]));
    const ssyk = ids('ref_ssyk_group', 'code');
    const fields = keys('ref_occupation_field');
    const licences = ids('ref_driving_licence', 'label');
    const sunLevels = ids('ref_sun_level', 'code');
    const sunFields = ids('ref_sun_field', 'code');
    const languages = keys('ref_language');
    for (const l of out.learner) {
      if (l.home_place_id) expect(places.find((p) => p.id === l.home_place_id)?.municipality_code.trim()).toBe(l.tenant_code);
      for (const lic of l.licences as string[]) expect(licences).toContain(lic);
      for (const f of l.interest_fields as string[]) expect(fields).toContain(f);
    }
    for (const e of out.learner_education) {
      expect(sunLevels).toContain(e.sun_level);
      if (e.sun_field) expect(sunFields).toContain(e.sun_field);
    }
    for (const e of out.learner_experience) {
      expect(ssyk).toContain(e.ssyk_code);
      if (e.occupation_name_id) expect(names.get(String(e.occupation_name_id))).toBe(e.ssyk_code);
    }
    for (const s of out.learner_skill) expect(skillLabels.has(String(s.skill_id))).toBe(true);
    for (const l of out.learner_language) expect(languages).toContain(l.language_id);
    for (const p of out.career_plan) {
      for (const code of p.goal_ssyk as string[]) expect(ssyk).toContain(code);
      for (const f of p.goal_fields as string[]) expect(fields).toContain(f);
    }
  });

  it('keeps every CHECK of the schema', () => {
    const preferred = new Set<string>([...LOCALES, ...INTERVIEW_LANGUAGES]);
    for (const l of out.learner) {
      expect(GENDERS).toContain(l.gender);
      expect(String(l.first_name).length).toBeGreaterThan(0);
      if (l.email) expect(l.email).toBe(String(l.email).toLowerCase());
      if (l.phone) expect(l.phone).toMatch(/^\+?[0-9 ()-]{5,25}$/);
      for (const lang of l.preferred_languages as string[]) expect(preferred).toContain(lang);
      if (l.hours_per_week !== null) expect(l.hours_per_week).toBeGreaterThanOrEqual(1);
      expect(Number(l.travel_minutes)).toBeLessThanOrEqual(240);
    }
    for (const e of out.learner_establishment) {
      if (e.exit_date && e.programme_start) expect(e.exit_date >= e.programme_start).toBe(true);
      if (!e.exit_date) expect([e.exit_reason, e.status_90_days]).toEqual([null, null]);
      expect(e.residence_permit_date ?? e.programme_start).toBeTruthy();
    }
    for (const e of [...out.learner_education, ...out.learner_experience]) {
      if (e.country) expect(e.country).toMatch(/^[A-Z]{2}$/);
    }
    for (const l of out.learner_language) expect(LANGUAGE_LEVELS).toContain(l.level);
    for (const [table, column] of [['learner_skill', 'skill_id'], ['learner_language', 'language_id']] as const) {
      const pairs = out[table].map((r) => `${r.learner_id}|${r[column]}`);
      expect(new Set(pairs).size).toBe(pairs.length);
    }
    for (const c of out.learner_sfi_course) {
      expect(SFI_RESULTS).toContain(c.result);
      if (c.end_date) expect(c.end_date >= c.start_date!).toBe(true);
      if (c.result !== 'continuing') expect(c.end_date).toBeTruthy();
    }
    for (const s of out.plan_step) {
      expect(PLAN_STEP_KINDS).toContain(s.kind);
      if (s.start_date && s.end_date) expect(s.end_date >= s.start_date).toBe(true);
    }
    for (const f of out.follow_up) expect(f.attendance === 'absent').toBe(f.absence_reason !== null);
    for (const c of out.learner_consent) expect(c.text_version).toBe(CONSENT_TEXT_VERSION);
  });

  it('puts no date in the future where it cannot be, and every age is 18–64', () => {
    const year = Number(TODAY.slice(0, 4));
    for (const l of out.learner) expect(year - Number(l.birth_year)).toBeGreaterThanOrEqual(18);
    for (const l of out.learner) expect(year - Number(l.birth_year)).toBeLessThanOrEqual(64);
    const past = (value: unknown) => value === null || String(value).slice(0, 10) <= TODAY;
    for (const e of out.learner_establishment) {
      expect([e.residence_permit_date, e.programme_start, e.exit_date].every(past)).toBe(true);
      if (e.status_90_days) expect(addDays(String(e.exit_date), 90) <= TODAY).toBe(true);
    }
    for (const c of out.learner_sfi_course) expect(past(c.start_date) && past(c.end_date)).toBe(true);
    for (const f of out.follow_up) expect(past(f.held_on)).toBe(true);
    for (const p of out.career_plan) expect(past(p.start_date) && past(p.review_held_on)).toBe(true);
    for (const s of out.plan_step) {
      expect(past(s.status_changed_on)).toBe(true);
      if (s.status === 'ongoing' || s.status === 'done') expect(past(s.start_date)).toBe(true);
      if (s.status === 'done') expect(past(s.end_date)).toBe(true);
    }
  });

  it('has SFI histories that follow the study path', () => {
    const paths = new Map(out.learner.map((l) => [String(l.id), l.sfi_study_path as SfiStudyPath | null]));
    for (const [learner, list] of byLearner(out.learner_sfi_course)) {
      const courses = SFI_PATH_COURSES[paths.get(learner)!];
      const sorted = [...list].sort((a, b) => String(a.start_date).localeCompare(String(b.start_date)));
      expect(sorted.filter((c) => c.result === 'continuing').length).toBeLessThanOrEqual(1);
      sorted.forEach((c, i) => {
        expect(courses).toContain(c.course);
        if (i > 0) expect(c.start_date! >= sorted[i - 1].end_date!).toBe(true);
        if (c.result === 'continuing') expect(i).toBe(sorted.length - 1);
        const at = courses.indexOf(c.course as SfiCourse);
        if (at > 0) expect(sorted.slice(0, i).some((p) => p.course === courses[at - 1] && sfiPassed(p.result as SfiResult))).toBe(true);
      });
    }
  });

  it('has both priority groups, a gender spread and a few protected identities', () => {
    const norrtalje = learnersOf(out, '0188');
    const education = byLearner(out.learner_education);
    const level = (id: unknown) => Math.max(...(education.get(String(id)) ?? []).map((e) => Number(String(e.sun_level)[0])));
    const higher = norrtalje.filter((l) => l.sfi_study_path === 3 && level(l.id) >= 5);
    const shortWomen = norrtalje.filter((l) => l.gender === 'female' && l.sfi_study_path === 1 && level(l.id) <= 2);
    expect(higher.length).toBeGreaterThanOrEqual(30);
    expect(shortWomen.length).toBeGreaterThanOrEqual(30);
    const experience = byLearner(out.learner_experience);
    expect(higher.filter((l) => (experience.get(String(l.id)) ?? []).some((e) => Number(e.years) >= 5)).length).toBeGreaterThanOrEqual(higher.length * 0.8);
    const genders = new Set(norrtalje.map((l) => l.gender));
    expect([...genders].sort()).toEqual(['female', 'male', 'other', 'unknown']);
    expect(norrtalje.filter((l) => l.protected_identity).length).toBeGreaterThanOrEqual(2);
  });

  it('gives about 60 career plans: a few stalled, a few with the 12-month review due, steps in order', () => {
    const plans = out.career_plan.filter((p) => String(p.learner_id).startsWith('00000188'));
    expect(plans.length).toBeGreaterThanOrEqual(55);
    expect(plans.length).toBeLessThanOrEqual(65);
    const steps = byLearner(out.plan_step);
    const followUps = byLearner(out.follow_up);
    let stalled = 0;
    let due = 0;
    for (const p of plans) {
      const own = steps.get(String(p.learner_id)) ?? [];
      expect(own.map((s) => s.position).sort((a, b) => Number(a) - Number(b))).toEqual(own.map((_, i) => i));
      const lastFollowUp = (followUps.get(String(p.learner_id)) ?? []).map((f) => String(f.held_on)).sort().at(-1) ?? null;
      const lastStepChange = own.map((s) => String(s.status_changed_on)).sort().at(-1) ?? null;
      if (isStalled({ planStarted: String(p.start_date), lastFollowUp, lastStepChange }, TODAY, 6)) stalled += 1;
      if (reviewDue(String(p.start_date), p.review_held_on as string | null, TODAY)) due += 1;
      if (p.review_held_on) expect(p.review_held_on >= addDays(addMonths(String(p.start_date), 12), -30)).toBe(true);
    }
    expect(stalled).toBeGreaterThanOrEqual(8);
    expect(stalled).toBeLessThanOrEqual(16);
    expect(due).toBeGreaterThanOrEqual(2);
    expect(due).toBeLessThanOrEqual(8);
  });

  it('records consent for most, a few withdrawals, and one "created" coach change per learner', () => {
    const share = byLearner(out.learner_consent.filter((c) => c.purpose === 'share_with_employers'));
    const norrtalje = learnersOf(out, '0188');
    const current = norrtalje.map((l) => (share.get(String(l.id)) ?? []).sort((a, b) => String(a.recorded_at).localeCompare(String(b.recorded_at))).at(-1)?.given ?? false);
    expect(current.filter(Boolean).length).toBeGreaterThan(norrtalje.length * 0.7);
    expect(out.learner_consent.filter((c) => !c.given).length).toBeGreaterThanOrEqual(3);
    const created = out.learner_coach_change.filter((c) => c.reason === 'created');
    expect(new Set(created.map((c) => c.learner_id)).size).toBe(out.learner.length);
    expect(created).toHaveLength(out.learner.length);
  });

  it('works for any day: the rules hold a year later too', () => {
    const later = generateDemoLearners(input, '2027-11-23');
    expect(later.learner).toHaveLength(210);
    for (const c of later.learner_sfi_course) if (c.end_date) expect(c.end_date <= '2027-11-23').toBe(true);
    for (const f of later.follow_up) expect(f.held_on <= '2027-11-23').toBe(true);
  });

  it('refuses a bad date', () => {
    expect(() => generateDemoLearners(input, '23/11/2026')).toThrow(/bad date/);
  });
});
