import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPlacementRules, normaliseOrganisationNumber, typeValidOn, type Sector } from '@jobbrygga/domain';
import { SOURCE_FILES, buildReferenceTables, type Cell, type SourceName, type SourceTexts } from '../reference/reference-sources';
import { NATIONAL_PLACEMENT_TYPES } from '../placement-types/placement-types.seed';
import { DEMO_TENANTS } from './demo-data';
import { Prng, hashSeed, mulberry32 } from './prng';
import { generateDemoPlan, type DemoPlacementType, type DemoPlan, type DemoPlanInput, type DemoReference, type DemoTenantInput, type PlanPlacement } from './demo-placements';

const TODAY = '2026-11-23';

// The shipped reference files, turned into rows exactly as the loader would insert them.
const dataDir = path.resolve(__dirname, '../../data/reference');
const texts = Object.fromEntries(
  (Object.keys(SOURCE_FILES) as SourceName[]).map((name) => [name, fs.readFileSync(path.join(dataDir, SOURCE_FILES[name]), 'utf8')]),
) as SourceTexts;
const tables = new Map(buildReferenceTables(texts).map((t) => [t.table, t.rows]));
const rows = <T>(table: string) => (tables.get(table) ?? []) as unknown as T[];

const skillLabels = new Map(rows<{ concept_id: string; label_sv: string }>('ref_skill').map((s) => [s.concept_id, s.label_sv]));
const types: DemoPlacementType[] = NATIONAL_PLACEMENT_TYPES.map((t) => ({
  id: t.id,
  code: t.code,
  kind: t.kind,
  paid: t.paid,
  allowedSectors: t.allowedSectors,
  minWeeks: t.minWeeks,
  maxWeeks: t.maxWeeks,
  sfiCombinationRequired: t.sfiCombinationRequired,
  maxHoursPerWeek: t.maxHoursPerWeek,
  supervisorRequired: t.supervisorRequired,
  validFrom: t.validFrom,
  validTo: t.validTo,
}));
const reference: DemoReference = {
  places: rows('ref_place'),
  ssykGroups: rows('ref_ssyk_group'),
  occupationNames: rows('ref_occupation_name'),
  ssykSkills: rows<{ ssyk_code: string; skill_concept_id: string }>('ref_ssyk_skill').map((s) => ({ ...s, label_sv: skillLabels.get(s.skill_concept_id) ?? '' })),
  languages: rows('ref_language'),
  drivingLicences: rows('ref_driving_licence'),
  placementTypes: types,
};
const municipalities = new Map(rows<Record<string, Cell>>('ref_municipality').map((m) => [String(m.code), m]));
const tenants: DemoTenantInput[] = DEMO_TENANTS.map((t) => ({
  code: t.code,
  municipalityName: String(municipalities.get(t.code)?.name),
  municipalityShortName: String(municipalities.get(t.code)?.short_name),
  adminUserId: t.people.find((p) => p.role === 'admin')?.id ?? null,
  existingEmployers: t.employers.map((e, i) => ({
    id: e.id,
    name: e.name,
    organisationNumber: e.organisationNumber,
    contactUserIds: t.people.filter((p) => p.role === 'employer' && p.employer === i).map((p) => p.id),
  })),
}));
const input: DemoPlanInput = { reference, tenants };
const plan = generateDemoPlan(input, TODAY);

const inTenant = <T extends { tenantCode: string }>(items: T[], code: string) => items.filter((i) => i.tenantCode === code);
const placementsOf = (p: DemoPlan, code: string) => inTenant(p.placements, code).filter((x) => x.kind === 'placement');
const placementTexts = (p: PlanPlacement) => [p.title, p.description, JSON.stringify(p.translations)];

describe('Prng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new Prng('demo');
    const b = new Prng('demo');
    const seqA = Array.from({ length: 50 }, () => a.float());
    expect(Array.from({ length: 50 }, () => b.float())).toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(seqA).size).toBe(50);
  });

  it('gives a different sequence for another seed, and fixed values for a fixed seed', () => {
    expect(new Prng('demo').float()).not.toBe(new Prng('demo2').float());
    const r = mulberry32(1);
    expect([r(), r(), r()].map((x) => Math.round(x * 1e6))).toEqual([627074, 2736, 527447]);
    expect(hashSeed('')).toBe(0x811c9dc5);
  });

  it('keeps int, pick, weighted and sample within bounds', () => {
    const r = new Prng(7);
    for (let i = 0; i < 500; i++) {
      const n = r.int(2, 4);
      expect(n >= 2 && n <= 4 && Number.isInteger(n)).toBe(true);
    }
    expect(new Set(Array.from({ length: 200 }, () => r.int(1, 3)))).toEqual(new Set([1, 2, 3]));
    expect(Array.from({ length: 100 }, () => r.weighted(['a', 'b'], (x) => (x === 'a' ? 0 : 1)))).not.toContain('a');
    const s = r.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(s).size).toBe(3);
    expect(r.sample([1, 2], 5).sort()).toEqual([1, 2]);
  });
});

describe('generateDemoPlan on the shipped reference data', () => {
  it('is deterministic', () => {
    expect(generateDemoPlan(input, TODAY)).toEqual(plan);
  });

  it('gives Norrtälje about 30 approved employers and about 80 placements, Sollentuna 5 and about 10', () => {
    expect(inTenant(plan.employers, '0188')).toHaveLength(30);
    expect(placementsOf(plan, '0188').length).toBeGreaterThanOrEqual(75);
    expect(placementsOf(plan, '0188').length).toBeLessThanOrEqual(80);
    expect(inTenant(plan.employers, '0163')).toHaveLength(5);
    expect(placementsOf(plan, '0163').length).toBeGreaterThanOrEqual(8);
    expect(placementsOf(plan, '0163').every((p) => p.status === 'open')).toBe(true);
    expect(inTenant(plan.employers, '0188').filter((e) => e.municipalOwn).length).toBeGreaterThanOrEqual(5);
    expect(new Set(inTenant(plan.employers, '0188').map((e) => e.sector))).toEqual(new Set(['private', 'public', 'non_profit']));
  });

  it('passes every placement and job track through its type’s rules', () => {
    const sectors = new Map<string, Sector>(plan.employers.map((e) => [e.id, e.sector]));
    for (const p of plan.placements) {
      const type = types.find((t) => t.id === p.typeId)!;
      expect(type.code).toBe(p.typeCode);
      const violations = checkPlacementRules(type, {
        kind: p.kind,
        startDate: p.startDate,
        endDate: p.endDate,
        hoursPerWeek: p.hoursPerWeek,
        fitsSfiMorning: p.fitsSfiMorning,
        fitsSfiAfternoon: p.fitsSfiAfternoon,
        hasSupervisor: p.supervisorId !== null,
        employerSector: sectors.get(p.employerId)!,
      });
      expect({ id: p.id, violations }).toEqual({ id: p.id, violations: [] });
    }
  });

  it('uses every currently valid national type in Norrtälje, placement types at least twice, and no expired one', () => {
    const valid = types.filter((t) => typeValidOn(t, TODAY));
    const used = inTenant(plan.placements, '0188').map((p) => p.typeCode);
    for (const t of valid) expect({ code: t.code, n: used.filter((c) => c === t.code).length >= (t.kind === 'placement' ? 2 : 1) }).toEqual({ code: t.code, n: true });
    expect(used).not.toContain('instegsjobb');
    expect(used).not.toContain('extratjanst');
  });

  it('has at least 4 assistant-nurse placements and the common newcomer occupations', () => {
    const codes = placementsOf(plan, '0188').map((p) => p.ssykCode);
    expect(codes.filter((c) => c === '5321' || c === '5323').length).toBeGreaterThanOrEqual(4);
    for (const c of ['5311', '8331', '9111', '5120', '4322', '9412']) expect(codes).toContain(c);
  });

  it('has two job tracks with steps and 3–4 partner employers each', () => {
    const tracks = plan.placements.filter((p) => p.kind === 'jobTrack');
    expect(tracks.map((t) => t.title)).toEqual(['Jobbspår undersköterska', 'Jobbspår bussförare']);
    for (const t of tracks) {
      expect(t.typeCode).toBe('jobbspar');
      expect(t.seats).toBeGreaterThanOrEqual(8);
      expect(t.seats).toBeLessThanOrEqual(12);
      expect(plan.jobTrackSteps.filter((s) => s.placementId === t.id).map((s) => s.position)).toEqual([1, 2, 3, 4, 5]);
      const partners = plan.jobTrackPartners.filter((p) => p.placementId === t.id);
      expect(partners.length).toBeGreaterThanOrEqual(3);
      expect(partners.length).toBeLessThanOrEqual(4);
      expect(partners.every((p) => p.employerId !== t.employerId)).toBe(true);
    }
  });

  it('keeps every Sollentuna text free of Norrtälje', () => {
    const code = '0163';
    const all = [
      ...inTenant(plan.employers, code).flatMap((e) => [e.name, e.description]),
      ...inTenant(plan.sites, code).flatMap((s) => [s.name, s.streetAddress ?? '', s.placeLabel, s.placeId]),
      ...inTenant(plan.supervisors, code).map((s) => s.name),
      ...inTenant(plan.placements, code).flatMap(placementTexts),
    ];
    expect(all.filter((t) => /norrt|roslag/i.test(t))).toEqual([]);
  });

  it('gives valid, unique organisation numbers per tenant; municipal departments have none', () => {
    for (const code of ['0188', '0163']) {
      const created = inTenant(plan.employers, code).filter((e) => !e.existing);
      const numbers = created.map((e) => e.organisationNumber).filter((n): n is string => n !== null);
      for (const n of numbers) expect(normaliseOrganisationNumber(n)).toBe(n);
      const all = inTenant(plan.employers, code).map((e) => e.organisationNumber).filter((n) => n !== null);
      expect(new Set(all).size).toBe(all.length);
      expect(created.filter((e) => e.organisationNumber === null).every((e) => e.sector === 'public')).toBe(true);
    }
  });

  it('uses the fixed-id scheme and ranges, and links only within one employer and tenant', () => {
    const num = (id: string) => Number(id.slice(-12));
    const scheme = /^0000(\d{4})-0000-4000-8000-\d{12}$/;
    const employers = new Map(plan.employers.map((e) => [e.id, e]));
    const sites = new Map(plan.sites.map((s) => [s.id, s]));
    const supervisors = new Map(plan.supervisors.map((s) => [s.id, s]));
    for (const e of plan.employers) expect(e.id.match(scheme)?.[1]).toBe(e.tenantCode);
    for (const e of plan.employers.filter((x) => !x.existing)) expect(num(e.id)).toBeGreaterThanOrEqual(201);
    for (const s of plan.sites) expect(num(s.id) >= 1001 && num(s.id) < 2001 && employers.get(s.employerId)?.tenantCode === s.tenantCode).toBe(true);
    for (const s of plan.supervisors) expect(num(s.id) >= 2001 && num(s.id) < 3001 && employers.get(s.employerId)?.tenantCode === s.tenantCode).toBe(true);
    for (const p of plan.placements) {
      expect(p.id.match(scheme)?.[1]).toBe(p.tenantCode);
      expect(num(p.id)).toBeGreaterThanOrEqual(p.kind === 'jobTrack' ? 3901 : 3001);
      expect(employers.get(p.employerId)?.tenantCode).toBe(p.tenantCode);
      expect(sites.get(p.siteId!)?.employerId).toBe(p.employerId);
      if (p.supervisorId) expect(supervisors.get(p.supervisorId)?.employerId).toBe(p.employerId);
      if (p.contactUserId) expect(employers.get(p.employerId)?.contactUserIds).toContain(p.contactUserId);
    }
    const ids = [...plan.employers, ...plan.sites, ...plan.supervisors, ...plan.placements, ...plan.jobTrackSteps].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Employers with contact users name them on their placements.
    const withContacts = plan.placements.filter((p) => employers.get(p.employerId)!.contactUserIds.length > 0);
    expect(withContacts.length).toBeGreaterThan(0);
    expect(withContacts.every((p) => p.contactUserId !== null)).toBe(true);
  });

  it('takes every code from the reference data', () => {
    const skills = new Set(reference.ssykSkills.map((s) => `${s.ssyk_code}|${s.skill_concept_id}`));
    const names = new Map(reference.occupationNames.map((n) => [n.concept_id, n.ssyk_code]));
    const languages = new Set(reference.languages.map((l) => l.concept_id));
    const licences = new Set(reference.drivingLicences.map((l) => l.label));
    const fields = new Set(rows<{ concept_id: string }>('ref_occupation_field').map((f) => f.concept_id));
    const places = new Map(reference.places.map((p) => [p.id, p]));
    for (const p of plan.placements) {
      for (const s of [...p.requiredSkills, ...p.niceSkills]) expect(skills.has(`${p.ssykCode}|${s}`)).toBe(true);
      if (p.kind === 'placement') {
        expect(p.requiredSkills.length).toBeGreaterThanOrEqual(2);
        expect(p.requiredSkills.length).toBeLessThanOrEqual(4);
        expect(p.niceSkills.length).toBeLessThanOrEqual(3);
      }
      expect(new Set([...p.requiredSkills, ...p.niceSkills]).size).toBe(p.requiredSkills.length + p.niceSkills.length);
      expect(names.get(p.occupationNameId!)).toBe(p.ssykCode);
      for (const l of p.helpfulLanguages) expect(languages.has(l)).toBe(true);
      for (const l of p.licences) expect(licences.has(l)).toBe(true);
    }
    expect(plan.placements.filter((p) => p.ssykCode === '8331' && p.kind === 'placement').every((p) => p.licences.includes('D'))).toBe(true);
    for (const s of plan.supervisors) {
      expect(s.languages.length).toBeGreaterThanOrEqual(1);
      for (const l of s.languages) expect(languages.has(l)).toBe(true);
      expect(s.capacity >= 1 && s.capacity <= 4).toBe(true);
    }
    for (const e of plan.employers) for (const f of e.occupationFields) expect(fields.has(f)).toBe(true);
    for (const s of plan.sites) {
      const place = places.get(s.placeId)!;
      expect(place.municipality_code).toBe(s.tenantCode);
      expect(place.lat).not.toBeNull();
      expect([s.placeLabel, s.lat, s.lon]).toEqual([place.label, place.lat, place.lon]);
    }
  });

  it('gives each employer 1–2 sites and 1–3 supervisors, and the Step-1 employers too', () => {
    for (const e of plan.employers) {
      const sites = plan.sites.filter((s) => s.employerId === e.id).length;
      const supervisors = plan.supervisors.filter((s) => s.employerId === e.id).length;
      expect(sites >= 1 && sites <= 2 && supervisors >= 1 && supervisors <= 3).toBe(true);
    }
    expect(plan.employers.filter((e) => e.existing)).toHaveLength(5);
  });

  it('starts placements 1–6 months ahead (summer jobs in summer) with mostly open and a few other statuses', () => {
    const norrtalje = placementsOf(plan, '0188');
    for (const p of norrtalje) {
      expect(p.startDate >= '2026-12-23').toBe(true);
      if (p.typeCode === 'sommarjobb') expect(p.startDate.slice(5, 7)).toBe('06');
      else expect(p.startDate <= '2027-05-31').toBe(true);
    }
    const statuses = norrtalje.map((p) => p.status);
    expect(statuses.filter((s) => s === 'open').length).toBeGreaterThan(norrtalje.length * 0.6);
    for (const s of ['draft', 'filled', 'closed']) expect(statuses).toContain(s);
  });

  it('translates about a third of the placements into English and Arabic', () => {
    const translated = plan.placements.filter((p) => p.kind === 'placement' && Object.keys(p.translations).length > 0);
    const share = translated.length / plan.placements.filter((p) => p.kind === 'placement').length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.5);
    for (const p of translated) {
      expect(Object.keys(p.translations).sort()).toEqual(['ar', 'en']);
      expect(p.translations.ar.title).toMatch(/[\u0600-\u06ff]/);
      expect(p.translations.en.description).toMatch(/^You /);
    }
  });

  it('skips occupations whose SSYK group is missing and still reaches the minimum', () => {
    const without = { ...reference, ssykGroups: reference.ssykGroups.filter((g) => g.code !== '8331' && g.code !== '5312') };
    const other = generateDemoPlan({ reference: without, tenants }, TODAY);
    expect(other.placements.some((p) => p.ssykCode === '8331' || p.ssykCode === '5312')).toBe(false);
    expect(placementsOf(other, '0188').length).toBeGreaterThanOrEqual(70);
    expect(other.placements.filter((p) => p.kind === 'jobTrack').map((p) => p.title)).toEqual(['Jobbspår undersköterska']);
  });

  it('keeps the rows for the same ids when run on another day, and throws without reference data', () => {
    const later = generateDemoPlan(input, '2027-03-01');
    expect(later.employers.map((e) => [e.id, e.name])).toEqual(plan.employers.map((e) => [e.id, e.name]));
    expect(() => generateDemoPlan({ reference: { ...reference, ssykGroups: [] }, tenants }, TODAY)).toThrow(/only 0 placements/);
    expect(() => generateDemoPlan(input, '23/11/2026')).toThrow(/bad date/);
  });
});
