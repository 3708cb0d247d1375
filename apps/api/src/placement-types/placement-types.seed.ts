import type { DataSource } from 'typeorm';
import type { PlacementKind, Sector, TargetKind } from '@jobbrygga/domain';

/**
 * The national placement types, as data. A municipality's admin can adjust its own values (a copy
 * with the municipality's code) and add local types; these national rows are the product's and are
 * brought up to date on every start. Each row says where its rules come from.
 */
export interface PlacementTypeSeed {
  id: string;
  code: string;
  kind: PlacementKind;
  name: { sv: string; en: string; ar: string };
  description: { sv: string; en: string; ar: string };
  paid: boolean;
  allowedSectors: Sector[];
  minWeeks: number | null;
  maxWeeks: number | null;
  sfiCombinationRequired: boolean;
  maxHoursPerWeek: number | null;
  requiresEstablishmentProgramme: boolean;
  /** An eligibility rule set by law for the learner, never a filter an employer can use. */
  ageMin: number | null;
  ageMax: number | null;
  supervisorRequired: boolean;
  decidedByEmploymentService: boolean;
  countsTowards: TargetKind[];
  validFrom: string;
  validTo: string | null;
  source: string;
}

const ALL: Sector[] = ['private', 'public', 'non_profit'];
const id = (n: number) => `00000000-0000-4000-8001-${n.toString().padStart(12, '0')}`;

export const NATIONAL_PLACEMENT_TYPES: PlacementTypeSeed[] = [
  {
    id: id(1), code: 'praktik', kind: 'placement',
    name: { sv: 'Praktik', en: 'Work practice', ar: 'تدريب عملي' },
    description: {
      sv: 'Du lär dig ett arbete på en arbetsplats. Du får ingen lön. En handledare hjälper dig.',
      en: 'You learn a job at a workplace. It is unpaid. A supervisor helps you.',
      ar: 'تتعلم عملًا في مكان العمل. بدون راتب. يساعدك مشرف.',
    },
    paid: false, allowedSectors: ALL, minWeeks: 1, maxWeeks: 26, sfiCombinationRequired: false, maxHoursPerWeek: 40,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: true, decidedByEmploymentService: false,
    countsTowards: ['praktik_places'], validFrom: '2000-01-01', validTo: null,
    source: 'Arbetsförmedlingen, arbetspraktik: "upp till sex månader" (26 weeks); DOMAIN.md: unpaid, with a supervisor, often combined with SFI. Municipal praktik (Tyresö, Örnsköldsvik seeds) follows the same shape.',
  },
  {
    id: id(2), code: 'extratjanst', kind: 'placement',
    name: { sv: 'Extratjänst', en: 'Extra job (state-funded)', ar: 'وظيفة إضافية (بتمويل حكومي)' },
    description: {
      sv: 'Ett jobb med lön i offentlig eller ideell verksamhet. Staten betalade. Inga nya beslut sedan januari 2022.',
      en: 'A paid job in the public or non-profit sector, funded by the state. No new decisions since January 2022.',
      ar: 'وظيفة مدفوعة الأجر في القطاع العام أو غير الربحي بتمويل حكومي. لا قرارات جديدة منذ يناير 2022.',
    },
    paid: true, allowedSectors: ['public', 'non_profit'], minWeeks: null, maxWeeks: 104, sfiCombinationRequired: false, maxHoursPerWeek: 40,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: true, decidedByEmploymentService: true,
    countsTowards: ['subsidised_jobs'], validFrom: '2015-11-01', validTo: '2021-12-31',
    source: 'Förordning (2015:503) om särskilt anställningsstöd (extratjänster in welfare services, public/non-profit, up to 12 + 12 months); DOMAIN.md: no new state decisions since January 2022.',
  },
  {
    id: id(3), code: 'extratjanst_lokal', kind: 'placement',
    name: { sv: 'Kommunal extratjänst', en: 'Municipal extra job', ar: 'وظيفة إضافية بلدية' },
    description: {
      sv: 'Ett jobb med lön som kommunen själv betalar, i offentlig eller ideell verksamhet.',
      en: 'A paid job the municipality itself funds, in the public or non-profit sector.',
      ar: 'وظيفة مدفوعة الأجر تموّلها البلدية نفسها في القطاع العام أو غير الربحي.',
    },
    paid: true, allowedSectors: ['public', 'non_profit'], minWeeks: null, maxWeeks: 52, sfiCombinationRequired: false, maxHoursPerWeek: 40,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: true, decidedByEmploymentService: false,
    countsTowards: ['subsidised_jobs', 'municipal_own_placements'], validFrom: '2022-01-01', validTo: null,
    source: 'DOMAIN.md: some municipalities fund local, municipality-funded variants after the state stopped new extratjänst decisions. Length: a common local choice of 12 months; adjust per municipality.',
  },
  {
    id: id(4), code: 'instegsjobb', kind: 'placement',
    name: { sv: 'Instegsjobb', en: 'Step-in job', ar: 'وظيفة الخطوة الأولى' },
    description: {
      sv: 'Ett jobb med lön för nyanlända, tillsammans med SFI. Ersattes av introduktionsjobb den 1 maj 2018.',
      en: 'A paid job for newcomers combined with SFI. Replaced by introduction jobs on 1 May 2018.',
      ar: 'وظيفة مدفوعة الأجر للقادمين الجدد مع دراسة SFI. استُبدلت بوظائف التقديم في 1 مايو 2018.',
    },
    paid: true, allowedSectors: ALL, minWeeks: null, maxWeeks: 52, sfiCombinationRequired: true, maxHoursPerWeek: 40,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: false, decidedByEmploymentService: true,
    countsTowards: ['subsidised_jobs'], validFrom: '2007-07-01', validTo: '2018-04-30',
    source: 'Förordning (2007:414) om instegsjobb; combined with SFI studies; replaced by introduktionsjobb 2018-05-01 (förordning 2018:42). Sollentuna seed: "25 instegsjobb i kommunens egna verksamheter".',
  },
  {
    id: id(5), code: 'introduktionsjobb', kind: 'placement',
    name: { sv: 'Introduktionsjobb', en: 'Introduction job', ar: 'وظيفة تمهيدية' },
    description: {
      sv: 'Ett jobb med lön där Arbetsförmedlingen betalar en del av lönen. Kan kombineras med studier.',
      en: 'A paid job where the employment service pays part of the wage. Can be combined with studies.',
      ar: 'وظيفة مدفوعة الأجر تدفع فيها مصلحة التوظيف جزءًا من الراتب. يمكن الجمع بينها وبين الدراسة.',
    },
    paid: true, allowedSectors: ALL, minWeeks: null, maxWeeks: 104, sfiCombinationRequired: false, maxHoursPerWeek: 40,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: false, decidedByEmploymentService: true,
    countsTowards: ['subsidised_jobs'], validFrom: '2018-05-01', validTo: null,
    source: 'Förordning (2018:42) om särskilt anställningsstöd, introduktionsjobb, from 2018-05-01 (replacing instegsjobb); support for up to 12 months, extendable to 24.',
  },
  {
    id: id(6), code: 'beredskapsjobb', kind: 'placement',
    name: { sv: 'Beredskapsjobb', en: 'Municipal standby job', ar: 'وظيفة احتياطية بلدية' },
    description: {
      sv: 'Ett jobb med lön i kommunen, ofta när etableringsplanen slutar.',
      en: 'A paid job in the municipality, often when the establishment plan ends.',
      ar: 'وظيفة مدفوعة الأجر في البلدية، غالبًا عند انتهاء خطة التأسيس.',
    },
    paid: true, allowedSectors: ['public'], minWeeks: null, maxWeeks: 52, sfiCombinationRequired: false, maxHoursPerWeek: 40,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: true, decidedByEmploymentService: false,
    countsTowards: ['jobs', 'municipal_own_placements'], validFrom: '2000-01-01', validTo: null,
    source: 'Norrtälje and Tyresö seeds: municipal beredskapsjobb at the end of the establishment plan; offered by the municipality itself (public sector).',
  },
  {
    id: id(7), code: 'jobbspar', kind: 'jobTrack',
    name: { sv: 'Jobbspår', en: 'Job track', ar: 'مسار عمل' },
    description: {
      sv: 'En väg till ett yrke: utbildning, SFI, praktik och ofta en garanterad intervju.',
      en: 'A path to one occupation: training, SFI, work practice and often a guaranteed interview.',
      ar: 'طريق إلى مهنة: تدريب ودراسة SFI وتدريب عملي وغالبًا مقابلة مضمونة.',
    },
    paid: false, allowedSectors: ALL, minWeeks: 4, maxWeeks: 78, sfiCombinationRequired: false, maxHoursPerWeek: 40,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: false, decidedByEmploymentService: true,
    countsTowards: ['job_track_seats'], validFrom: '2016-01-01', validTo: null,
    source: 'DOMAIN.md and Norrtälje seed: jobbspår with Arbetsförmedlingen (DUA): vocational training + SFI/yrkes-SFI + praktik at partner employers + often a guaranteed interview.',
  },
  {
    id: id(8), code: 'yrkes_sfi', kind: 'placement',
    name: { sv: 'Yrkes-SFI', en: 'Vocational SFI', ar: 'SFI المهنية' },
    description: {
      sv: 'SFI tillsammans med en yrkesutbildning och praktik.',
      en: 'SFI together with a vocational course and work practice.',
      ar: 'SFI مع دورة مهنية وتدريب عملي.',
    },
    paid: false, allowedSectors: ALL, minWeeks: 4, maxWeeks: 52, sfiCombinationRequired: true, maxHoursPerWeek: 40,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: true, decidedByEmploymentService: false,
    countsTowards: ['praktik_places'], validFrom: '2000-01-01', validTo: null,
    source: 'DOMAIN.md and Norrtälje seed: yrkes-SFI = SFI combined with a vocational course; the workplace part needs a supervisor.',
  },
  {
    id: id(9), code: 'nystartsjobb', kind: 'placement',
    name: { sv: 'Nystartsjobb', en: 'New start job', ar: 'وظيفة البداية الجديدة' },
    description: {
      sv: 'Ett vanligt jobb med lön. Arbetsgivaren får stöd från Arbetsförmedlingen.',
      en: 'A regular paid job. The employer gets support from the employment service.',
      ar: 'وظيفة عادية مدفوعة الأجر. يحصل صاحب العمل على دعم من مصلحة التوظيف.',
    },
    paid: true, allowedSectors: ALL, minWeeks: null, maxWeeks: 104, sfiCombinationRequired: false, maxHoursPerWeek: 40,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: false, decidedByEmploymentService: true,
    countsTowards: ['subsidised_jobs'], validFrom: '2007-01-01', validTo: null,
    source: 'Förordning (2018:43) om stöd för nystartsjobb (earlier 2006:1481); for newly arrived the support period can be up to 24 months.',
  },
  {
    id: id(10), code: 'lonebidrag', kind: 'placement',
    name: { sv: 'Lönebidrag', en: 'Wage subsidy', ar: 'إعانة الأجر' },
    description: {
      sv: 'Ett jobb med lön för en person med funktionsnedsättning. Arbetsförmedlingen betalar en del.',
      en: 'A paid job for a person with a disability. The employment service pays part of the wage.',
      ar: 'وظيفة مدفوعة الأجر لشخص ذي إعاقة. تدفع مصلحة التوظيف جزءًا من الراتب.',
    },
    paid: true, allowedSectors: ALL, minWeeks: null, maxWeeks: null, sfiCombinationRequired: false, maxHoursPerWeek: 40,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: false, decidedByEmploymentService: true,
    countsTowards: ['subsidised_jobs'], validFrom: '2000-01-01', validTo: null,
    source: 'Förordning (2017:462) om särskilda insatser för personer med funktionsnedsättning (lönebidrag); decided by Arbetsförmedlingen.',
  },
  {
    id: id(11), code: 'foretagsfadderskap', kind: 'placement',
    name: { sv: 'Företagsfadder', en: 'Company sponsorship', ar: 'رعاية من شركة' },
    description: {
      sv: 'Ett företag är fadder. Du får en kontakt på företaget som ger råd och visar branschen.',
      en: 'A company acts as sponsor. You get a contact there who gives advice and shows you the trade.',
      ar: 'شركة تكون راعية. تحصل على شخص في الشركة يقدم النصيحة ويعرّفك على المجال.',
    },
    paid: false, allowedSectors: ALL, minWeeks: null, maxWeeks: 52, sfiCombinationRequired: false, maxHoursPerWeek: 10,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: true, decidedByEmploymentService: false,
    countsTowards: [], validFrom: '2000-01-01', validTo: null,
    source: 'Norrtälje seed: företagsfadderskap (company sponsorship/mentoring); a few hours a week, a named contact at the company.',
  },
  {
    id: id(12), code: 'sommarjobb', kind: 'placement',
    name: { sv: 'Sommarjobb', en: 'Summer job', ar: 'وظيفة صيفية' },
    description: {
      sv: 'Ett jobb med lön under sommaren.',
      en: 'A paid job during the summer.',
      ar: 'وظيفة مدفوعة الأجر خلال الصيف.',
    },
    paid: true, allowedSectors: ALL, minWeeks: 1, maxWeeks: 13, sfiCombinationRequired: false, maxHoursPerWeek: 40,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: false, decidedByEmploymentService: false,
    countsTowards: ['jobs'], validFrom: '2000-01-01', validTo: null,
    source: 'DOMAIN.md: summer jobs; JobTech employment type "Sommarjobb / feriejobb". Length: one summer (up to 13 weeks).',
  },
  {
    id: id(13), code: 'anstallning', kind: 'placement',
    name: { sv: 'Anställning', en: 'Employment', ar: 'توظيف' },
    description: {
      sv: 'Ett vanligt jobb med lön, utan stöd.',
      en: 'A regular paid job without subsidy.',
      ar: 'وظيفة عادية مدفوعة الأجر بدون دعم.',
    },
    paid: true, allowedSectors: ALL, minWeeks: null, maxWeeks: null, sfiCombinationRequired: false, maxHoursPerWeek: null,
    requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: false, decidedByEmploymentService: false,
    countsTowards: ['jobs'], validFrom: '2000-01-01', validTo: null,
    source: 'DOMAIN.md: regular employment; JobTech employment type "Vanlig anställning".',
  },
];

/** Brings the national types up to date (they are product data); municipalities' own rows are untouched. */
export async function seedPlacementTypes(ds: DataSource): Promise<void> {
  for (const t of NATIONAL_PLACEMENT_TYPES) {
    await ds.query(
      `INSERT INTO placement_type (id, tenant_code, code, kind, name_sv, name_en, name_ar, description_sv, description_en, description_ar, paid,
         allowed_sectors, min_weeks, max_weeks, sfi_combination_required, max_hours_per_week, requires_establishment_programme, age_min, age_max,
         supervisor_required, decided_by_employment_service, counts_towards, valid_from, valid_to, source)
       VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
       ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, kind = EXCLUDED.kind, name_sv = EXCLUDED.name_sv, name_en = EXCLUDED.name_en,
         name_ar = EXCLUDED.name_ar, description_sv = EXCLUDED.description_sv, description_en = EXCLUDED.description_en,
         description_ar = EXCLUDED.description_ar, paid = EXCLUDED.paid, allowed_sectors = EXCLUDED.allowed_sectors,
         min_weeks = EXCLUDED.min_weeks, max_weeks = EXCLUDED.max_weeks, sfi_combination_required = EXCLUDED.sfi_combination_required,
         max_hours_per_week = EXCLUDED.max_hours_per_week, requires_establishment_programme = EXCLUDED.requires_establishment_programme,
         age_min = EXCLUDED.age_min, age_max = EXCLUDED.age_max, supervisor_required = EXCLUDED.supervisor_required,
         decided_by_employment_service = EXCLUDED.decided_by_employment_service, counts_towards = EXCLUDED.counts_towards,
         valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to, source = EXCLUDED.source`,
      [t.id, t.code, t.kind, t.name.sv, t.name.en, t.name.ar, t.description.sv, t.description.en, t.description.ar, t.paid, t.allowedSectors,
        t.minWeeks, t.maxWeeks, t.sfiCombinationRequired, t.maxHoursPerWeek, t.requiresEstablishmentProgramme, t.ageMin, t.ageMax,
        t.supervisorRequired, t.decidedByEmploymentService, t.countsTowards, t.validFrom, t.validTo, t.source],
    );
  }
}
