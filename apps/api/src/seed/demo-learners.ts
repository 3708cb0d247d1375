import type { DataSource, EntityManager } from 'typeorm';
import {
  CONSENT_TEXT_VERSION,
  SFI_PATH_COURSES,
  addMonths,
  daysBetween,
  sfiPassed,
  type AbsenceReason,
  type ExitReason,
  type Gender,
  type LanguageLevel,
  type PlanStepKind,
  type PlanStepStatus,
  type ProgressLevel,
  type SfiCourse,
  type SfiLessonTime,
  type SfiResult,
  type SfiStudyPath,
  type Status90Days,
  type TravelMode,
} from '@jobbrygga/domain';
import { DEMO, DEMO_TENANTS } from './demo-data';
import { addDays, demoId } from './demo-placements';
import { Prng } from './prng';

/**
 * Step-3 demo data: about 200 learners in Norrtälje (0188) and 10 in Sollentuna (0163) with the
 * whole competence mapping (establishment period, education, previous occupations, skills,
 * languages, SFI courses), consent, coach history, and for about 60 of them a career plan with
 * steps and follow-ups. People are not typed in: a fixed-seed generator combines a few hand-written
 * vocabularies (names per origin, typical backgrounds and goal occupations, plan step titles) with
 * the reference tables (places, SSYK groups, occupation names, skills, languages, SUN levels and
 * fields, driving licences, occupation fields). Both priority groups of the integration strategies
 * are there: people with higher education and work experience (SFI study path 3, short path) and
 * women with short or no schooling (study path 1, long path). Every date is laid out from `today`
 * and none lies ahead where it cannot (permits, programme starts, exits, SFI courses, follow-ups,
 * status changes); only planned steps and availability may.
 *
 * Fixed ids, `0000TTTT-0000-4000-8000-NNNNNNNNNNNN` as in the other demo seeds: learners 6001+ per
 * tenant; every row that belongs to learner N (items, plan steps, follow-ups) N·1000 + 1, 2, …
 * The demo newcomer login learner@norrtalje.example is linked to learner 6001 (DEMO_LEARNER_ID).
 *
 * `generateDemoLearners` is pure (plain rows in, plain rows out); `seedDemoLearners` reads the
 * reference rows and inserts in one transaction, a few multi-row statements. Idempotent like the
 * placements: a tenant whose demo learners already exist is left alone entirely, so a restart
 * neither overwrites nor brings back what users changed or erased.
 */

// ---------------------------------------------------------------------------------------------
// Ids and constants other code can name
// ---------------------------------------------------------------------------------------------

/** The first learner number; learners are numbered on from here per tenant. */
export const DEMO_LEARNER_FIRST = 6001;
/** Rows of learner N are numbered N·1000 + 1 … N·1000 + 999. */
const ITEMS_PER_LEARNER = 1000;
export const demoLearnerId = (tenantCode: string, n: number) => demoId(tenantCode, n);
/** The demo learner linked to the newcomer login learner@norrtalje.example: a full profile with a plan. */
export const DEMO_LEARNER_ID = demoLearnerId('0188', DEMO_LEARNER_FIRST);
/** How many learners each demo municipality gets, and their id range. */
export const DEMO_LEARNERS = {
  norrtalje: { code: '0188', first: DEMO_LEARNER_FIRST, count: 200, learner: DEMO_LEARNER_ID, userId: DEMO.norrtalje.learner },
  sollentuna: { code: '0163', first: DEMO_LEARNER_FIRST, count: 10 },
} as const;

// ---------------------------------------------------------------------------------------------
// Input and output shapes
// ---------------------------------------------------------------------------------------------

/** Reference rows the generator reads; column names as in the ref_ tables. */
export interface LearnerReference {
  places: { id: string; label: string; municipality_code: string }[];
  ssykGroups: { code: string; name_sv: string; field_concept_id: string }[];
  occupationNames: { concept_id: string; name_sv: string; ssyk_code: string }[];
  /** ref_ssyk_skill joined with ref_skill for the label. */
  ssykSkills: { ssyk_code: string; skill_concept_id: string; label_sv: string }[];
  languages: { concept_id: string; label_sv: string }[];
  sunLevels: { code: string }[];
  sunFields: { code: string }[];
  drivingLicences: { label: string }[];
}

export interface LearnerTenantInput {
  code: string;
  /** The responsible coach of most learners; null when the tenant has no active coach. */
  coachId: string | null;
  /** A second coach of the municipality, if there is one. */
  secondCoachId: string | null;
  adminId: string | null;
  /** A newcomer account to link to the first learner (only Norrtälje has one). */
  demoUserId: string | null;
}

export interface DemoLearnerInput {
  reference: LearnerReference;
  tenants: LearnerTenantInput[];
}

/** Rows exactly as inserted: keys are column names. Timestamps are ISO strings (capped at now() on insert). */
type Row = Record<string, string | number | boolean | string[] | null>;

export interface DemoLearnerRows {
  learner: Row[];
  learner_establishment: Row[];
  learner_education: Row[];
  learner_experience: Row[];
  learner_skill: Row[];
  learner_language: Row[];
  learner_sfi_course: Row[];
  career_plan: Row[];
  plan_step: Row[];
  follow_up: Row[];
  learner_consent: Row[];
  learner_coach_change: Row[];
}

// ---------------------------------------------------------------------------------------------
// Hand-written vocabularies: origins and names, backgrounds, goals
// ---------------------------------------------------------------------------------------------

type LanguageRule = { label: string; p: number; levels: LanguageLevel[]; ifNative?: string; notIfNative?: string };

interface Origin {
  key: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Countries many lived and worked in on the way. */
  transit: string[];
  cities: string[];
  /** The product language the learner reads best (PREFERRED_LANGUAGES). */
  preferred: string;
  /** Mother tongues by ref_language label, with weights. */
  natives: [string, number][];
  languages: LanguageRule[];
  /** Common first names (female, male) and family names. Ukrainian ones are the same for all. */
  female: string[];
  male: string[];
  last: string[];
  /** Temporary protection (massflyktingdirektivet): residence permit, but no establishment programme. */
  temporaryProtection?: boolean;
}

const ORIGINS: Record<string, Origin> = {
  SY: {
    key: 'SY', country: 'SY', transit: ['TR', 'LB', 'JO'], cities: ['Aleppo', 'Damaskus', 'Homs', 'Latakia', 'Hama', 'Qamishli'], preferred: 'ar',
    natives: [['Arabiska', 85], ['Kurdiska', 15]],
    languages: [
      { label: 'Arabiska', p: 1, levels: ['C1', 'C2'], ifNative: 'Kurdiska' },
      { label: 'Turkiska', p: 0.15, levels: ['A2', 'B1'] },
    ],
    female: ['Amina', 'Fatima', 'Rasha', 'Hala', 'Nour', 'Lina', 'Rania', 'Yasmin', 'Huda', 'Reem', 'Maha', 'Dima', 'Ghada', 'Sawsan'],
    male: ['Mohammed', 'Ahmad', 'Omar', 'Khaled', 'Yousef', 'Ali', 'Mahmoud', 'Samer', 'Bashar', 'Tarek', 'Feras', 'Rami', 'Walid', 'Ibrahim'],
    last: ['Al-Ahmad', 'Khalil', 'Haddad', 'Ibrahim', 'Darwish', 'Saleh', 'Youssef', 'Hamdan', 'Najjar', 'Al-Hussein', 'Mansour', 'Sabbagh', 'Othman', 'Kurdi'],
  },
  AF: {
    key: 'AF', country: 'AF', transit: ['IR', 'PK', 'TR'], cities: ['Kabul', 'Herat', 'Mazar-e Sharif', 'Kandahar', 'Jalalabad'], preferred: 'prs',
    natives: [['Dari', 70], ['Pashto', 30]],
    languages: [
      { label: 'Dari', p: 0.85, levels: ['B2', 'C1'], ifNative: 'Pashto' },
      { label: 'Pashto', p: 0.2, levels: ['A2', 'B1'], ifNative: 'Dari' },
    ],
    female: ['Zahra', 'Fatema', 'Maryam', 'Sakina', 'Masooma', 'Shukria', 'Farzana', 'Laila', 'Nilofar', 'Parwana', 'Gulalai', 'Freshta', 'Mursal'],
    male: ['Mohammad', 'Ahmad', 'Ali', 'Reza', 'Hamid', 'Jawad', 'Mustafa', 'Naser', 'Sayed', 'Abdullah', 'Habib', 'Mujtaba', 'Rahim'],
    last: ['Ahmadi', 'Hosseini', 'Karimi', 'Mohammadi', 'Sultani', 'Rezaei', 'Hashimi', 'Jafari', 'Noori', 'Sharifi', 'Haidari', 'Sadat', 'Amiri'],
  },
  ER: {
    key: 'ER', country: 'ER', transit: ['ET', 'SD'], cities: ['Asmara', 'Keren', 'Massawa', 'Mendefera'], preferred: 'ti',
    natives: [['Tigrinja/Tigrinska', 88], ['Tigre', 12]],
    languages: [
      { label: 'Tigrinja/Tigrinska', p: 1, levels: ['B2', 'C1'], ifNative: 'Tigre' },
      { label: 'Arabiska', p: 0.25, levels: ['A2', 'B1'] },
      { label: 'Amhariska', p: 0.3, levels: ['A2', 'B1'] },
    ],
    female: ['Selam', 'Helen', 'Senait', 'Yordanos', 'Mebrat', 'Saba', 'Ruta', 'Feven', 'Semhar', 'Tsega', 'Winta', 'Lidia'],
    male: ['Daniel', 'Samuel', 'Filmon', 'Habtom', 'Mehari', 'Berhane', 'Kibrom', 'Yohannes', 'Mussie', 'Robel', 'Amanuel', 'Henok'],
    last: ['Haile', 'Gebremedhin', 'Tekle', 'Berhe', 'Ghebreyesus', 'Kidane', 'Woldu', 'Asmelash', 'Habte', 'Tesfamariam', 'Andemariam', 'Zerai'],
  },
  SO: {
    key: 'SO', country: 'SO', transit: ['KE', 'ET'], cities: ['Mogadishu', 'Hargeisa', 'Kismayo', 'Baidoa'], preferred: 'so',
    natives: [['Somaliska', 100]],
    languages: [{ label: 'Arabiska', p: 0.35, levels: ['A2', 'B1'] }],
    female: ['Hodan', 'Fadumo', 'Asha', 'Hawa', 'Ayaan', 'Khadra', 'Sahra', 'Amal', 'Ifrah', 'Nasra', 'Sucaad', 'Istahil'],
    male: ['Abdirahman', 'Mohamed', 'Abdi', 'Ahmed', 'Hassan', 'Omar', 'Yusuf', 'Abdullahi', 'Mahad', 'Liban', 'Abdirizak', 'Guled'],
    last: ['Warsame', 'Farah', 'Hussein', 'Jama', 'Nur', 'Hirsi', 'Aden', 'Egal', 'Dirie', 'Abdulle', 'Mohamud', 'Ismail'],
  },
  UA: {
    key: 'UA', country: 'UA', transit: ['PL'], cities: ['Charkiv', 'Kyiv', 'Mariupol', 'Odesa', 'Dnipro', 'Zaporizjzja'], preferred: 'uk',
    natives: [['Ukrainska', 75], ['Ryska', 25]],
    languages: [
      { label: 'Ryska', p: 0.8, levels: ['C1', 'C2'], ifNative: 'Ukrainska' },
      { label: 'Ukrainska', p: 1, levels: ['C1', 'C2'], ifNative: 'Ryska' },
      { label: 'Polska', p: 0.1, levels: ['A2', 'B1'] },
    ],
    female: ['Olena', 'Oksana', 'Iryna', 'Nataliia', 'Tetiana', 'Yuliia', 'Kateryna', 'Svitlana', 'Anastasiia', 'Olha', 'Viktoriia', 'Halyna'],
    male: ['Andrii', 'Oleksandr', 'Serhii', 'Dmytro', 'Mykola', 'Volodymyr', 'Ivan', 'Yurii', 'Maksym', 'Vitalii', 'Bohdan', 'Taras'],
    last: ['Melnyk', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Boiko', 'Oliinyk', 'Moroz', 'Lysenko', 'Marchenko', 'Savchenko', 'Rudenko'],
    temporaryProtection: true,
  },
  IQ: {
    key: 'IQ', country: 'IQ', transit: ['TR', 'JO'], cities: ['Bagdad', 'Mosul', 'Erbil', 'Basra', 'Kirkuk'], preferred: 'ar',
    natives: [['Arabiska', 70], ['Kurdiska', 30]],
    languages: [{ label: 'Arabiska', p: 0.9, levels: ['B2', 'C1'], ifNative: 'Kurdiska' }],
    female: ['Zainab', 'Noor', 'Shahad', 'Sara', 'Rusul', 'Israa', 'Hanan', 'Dalia', 'Shilan', 'Rozhin'],
    male: ['Hussein', 'Mustafa', 'Haider', 'Karrar', 'Abbas', 'Saif', 'Hemin', 'Karwan', 'Ahmed', 'Laith'],
    last: ['Al-Jaburi', 'Kareem', 'Jasim', 'Al-Obeidi', 'Kadhim', 'Salman', 'Aziz', 'Rashid', 'Barzani', 'Hamid'],
  },
  IR: {
    key: 'IR', country: 'IR', transit: ['TR'], cities: ['Teheran', 'Shiraz', 'Isfahan', 'Mashhad', 'Tabriz'], preferred: 'prs',
    natives: [['Persiska (Farsi)', 85], ['Kurdiska', 15]],
    languages: [{ label: 'Persiska (Farsi)', p: 1, levels: ['C1', 'C2'], ifNative: 'Kurdiska' }],
    female: ['Parisa', 'Shirin', 'Nazanin', 'Leila', 'Mahsa', 'Azadeh', 'Negar', 'Roya', 'Shadi', 'Mina'],
    male: ['Amir', 'Mehdi', 'Hossein', 'Babak', 'Saeed', 'Arash', 'Kaveh', 'Omid', 'Farhad', 'Navid'],
    last: ['Moradi', 'Sadeghi', 'Rostami', 'Ebrahimi', 'Kazemi', 'Tehrani', 'Najafi', 'Ghorbani', 'Bagheri', 'Mousavi'],
  },
};

/** An education row: SUN 2020 level codes (one is picked), field code, own title, years. */
interface EduSpec {
  levels: string[];
  field: string | null;
  title: string | null;
  years: [number, number];
}

/** A previous occupation and what usually comes with it. */
interface Background {
  key: string;
  /** SSYK of the previous occupation; null: no work experience outside the home. */
  ssyk: string | null;
  /** Preferred ref_occupation_name labels of the group. */
  names?: string[];
  /** Preferred ref_skill labels of the group (the rest of the group's skills are the fallback). */
  skills?: string[];
  /** In the learner's own words; {city} is a city of the origin. */
  expTitle?: string;
  years?: [number, number];
  /** Highest first. */
  edu: EduSpec[];
  /** Goals (keys of GOALS) that fit. */
  goals: string[];
  /** Relative weight by gender (female, male). */
  weight: [number, number];
  /** Licences beyond B that came with the job. */
  licences?: string[];
}

/** Jobs many took on the way, in a transit country (SSYK and occupation-name labels). */
const TRANSIT_JOBS: [string, string[]][] = [
  ['9412', ['Köksbiträde', 'Diskare', 'Restaurangbiträde']],
  ['9111', ['Städare/Lokalvårdare', 'Hotellstädare', 'Kontorsstädare']],
  ['4322', ['Lagerarbetare']],
  ['5222', ['Butikssäljare/Medarbetare, dagligvaror']],
  ['9332', ['Flyttkarl/Stadsbud', 'Lastare']],
  ['5120', ['Kock, à la carte']],
];

const ACADEMIC_SCHOOL: EduSpec = { levels: ['336'], field: null, title: 'Gymnasium, naturvetenskaplig inriktning', years: [3, 3] };
const VOCATIONAL_SCHOOL = (field: string | null, title: string | null): EduSpec => ({ levels: ['327', '337', '317'], field, title, years: [2, 3] });
const COMPULSORY: EduSpec = { levels: ['206', '200'], field: null, title: null, years: [8, 9] };
const SHORT_SCHOOL: EduSpec = { levels: ['102', '106', '100'], field: null, title: null, years: [2, 6] };
const NO_SCHOOL: EduSpec = { levels: ['0'], field: null, title: null, years: [0, 0] };

const ARCHETYPES = ['academic', 'skilled', 'shortWomen', 'shortMen', 'young'] as const;
type Archetype = (typeof ARCHETYPES)[number];

const BACKGROUNDS: Record<Archetype, Background[]> = {
  // Priority group 1: higher education and work experience.
  academic: [
    {
      key: 'nurse', ssyk: '2221', names: ['Sjuksköterska, grundutbildad', 'Sjuksköterska, medicin och kirurgi'],
      skills: ['Omvårdnad', 'Smärtbehandling', 'Infektionssjukvård', 'Hemsjukvård', 'Omvårdnadsplanering', 'Fallprevention', 'Patientkommunikation', 'Vårdavdelning/mottagning'],
      expTitle: 'Sjuksköterska på sjukhus i {city}', years: [5, 15],
      edu: [{ levels: ['537', '547'], field: '723', title: 'Kandidatexamen i omvårdnad', years: [3, 4] }, ACADEMIC_SCHOOL], goals: ['nurse'], weight: [5, 2],
    },
    {
      key: 'midwife', ssyk: '2222', names: ['Barnmorska', 'Barnmorska, förlossning'],
      skills: ['Förlossningsavdelning/BB-avdelning', 'Mödravårdscentral/MVC', 'Neonatal vård/spädbarnsvård', 'Preventivmedelsrådgivning', 'Föräldrautbildning', 'Omvårdnad'],
      expTitle: 'Barnmorska på förlossningen i {city}', years: [5, 14],
      edu: [{ levels: ['547'], field: '723', title: 'Barnmorskeutbildning', years: [4, 5] }, ACADEMIC_SCHOOL], goals: ['midwife'], weight: [2, 0],
    },
    {
      key: 'doctor', ssyk: '2219', names: ['Läkare'],
      skills: ['Allmänmedicin', 'Barnsjukvård', 'Primärvård', 'Allergisjukdomar', 'Patientkommunikation', 'Laboratorieanalyser'],
      expTitle: 'Läkare på sjukhus i {city}', years: [5, 15],
      edu: [{ levels: ['557'], field: '721', title: 'Läkarexamen', years: [6, 6] }, ACADEMIC_SCHOOL], goals: ['doctor'], weight: [2, 2],
    },
    {
      key: 'dentist', ssyk: '2260', names: ['Tandläkare'],
      skills: ['Tandvård', 'Pedodonti (barntandvård)', 'Endodonti (rotbehandling)', 'Oral protetik', 'Odontologisk radiologi (röntgen)', 'Munhälsovård'],
      expTitle: 'Tandläkare på egen klinik i {city}', years: [5, 15],
      edu: [{ levels: ['557'], field: '724', title: 'Tandläkarexamen', years: [5, 5] }, ACADEMIC_SCHOOL], goals: ['dentist'], weight: [1, 1],
    },
    {
      key: 'pharmacist', ssyk: '2281', names: ['Farmaceut/Apotekare'],
      skills: ['Läkemedelsrådgivning', 'Läkemedelsinformation', 'Öppenvårdsapotek', 'Sjukhusapotek', 'Läkemedelsformulering'],
      expTitle: 'Apotekare i {city}', years: [5, 12],
      edu: [{ levels: ['547', '557'], field: '727', title: 'Apotekarexamen', years: [5, 5] }, ACADEMIC_SCHOOL], goals: ['pharmacist'], weight: [1, 1],
    },
    {
      key: 'teacher', ssyk: '2341', names: ['Lärare i grundskolan, årskurs 4-6', 'Lärare i grundskolan, årskurs 7-9', 'Lärare i grundskolan, årskurs 1-3'],
      skills: ['Matematik, undervisning grundskolenivå', 'Engelska, undervisning grundskolenivå', 'Modersmålsundervisning', 'Studiehandledning på modersmål', 'Naturkunskap, undervisning', 'Specialpedagogik'],
      expTitle: 'Lärare i grundskolan i {city}', years: [5, 15],
      edu: [{ levels: ['537', '547'], field: '144', title: 'Lärarexamen', years: [4, 4] }, ACADEMIC_SCHOOL], goals: ['teacher'], weight: [4, 3],
    },
    {
      key: 'preschoolTeacher', ssyk: '2343', names: ['Lärare i förskola/Förskollärare'],
      skills: ['Pedagogisk dokumentation', 'Utomhuspedagogik', 'Barn med särskilda behov', 'Språk och språkutveckling, undervisning', 'Skapande verksamhet, undervisning'],
      expTitle: 'Förskollärare i {city}', years: [5, 12],
      edu: [{ levels: ['537'], field: '143', title: 'Förskollärarexamen', years: [3, 4] }, ACADEMIC_SCHOOL], goals: ['preschoolTeacher'], weight: [3, 0],
    },
    {
      key: 'civilEngineer', ssyk: '2142', names: ['Civilingenjör, bygg', 'Civilingenjör, väg- och vattenbyggnad', 'Projektledare, bygg och anläggning'],
      skills: ['Byggnadskonstruktion', 'Husbyggnadsteknik', 'CAD-konstruktion', 'Projektering', 'Betongkonstruktioner', 'Byggledning'],
      expTitle: 'Byggingenjör i {city}', years: [5, 15],
      edu: [{ levels: ['547', '557'], field: '582', title: 'Civilingenjör, byggnadsteknik', years: [5, 5] }, ACADEMIC_SCHOOL], goals: ['civilEngineer'], weight: [1, 4],
    },
    {
      key: 'electricalEngineer', ssyk: '2143', names: ['Civilingenjör, elkraft', 'Civilingenjör, el-tele'],
      skills: ['Elkraftteknik', 'Elektronikkonstruktion', 'Automationsteknik', 'Elkraftsystem', 'Energiteknik', 'Digital elektronik'],
      expTitle: 'Elingenjör på ett kraftbolag i {city}', years: [5, 15],
      edu: [{ levels: ['547', '557'], field: '522', title: 'Civilingenjör, elektroteknik', years: [5, 5] }, ACADEMIC_SCHOOL], goals: ['electricalEngineer'], weight: [1, 3],
    },
    {
      key: 'mechanicalEngineer', ssyk: '2144', names: ['Civilingenjör, maskin', 'Utvecklingsingenjör, maskin'],
      skills: ['Maskinkonstruktion', 'CAD-konstruktion', 'Hållfasthetsberäkningar', 'Produktionsteknik'],
      expTitle: 'Maskiningenjör på en fabrik i {city}', years: [5, 15],
      edu: [{ levels: ['547', '557'], field: '521', title: 'Civilingenjör, maskinteknik', years: [5, 5] }, ACADEMIC_SCHOOL], goals: ['mechanicalEngineer'], weight: [1, 3],
    },
    {
      key: 'developer', ssyk: '2512', names: ['Systemutvecklare/Programmerare', 'Mjukvaruutvecklare', 'Backend-utvecklare', 'Frontend-utvecklare'],
      skills: ['Java, programmeringsspråk', 'JavaScript, programmeringsspråk', 'SQL, programmeringsspråk', 'C++, programmeringsspråk', 'Python, programmeringsspråk', 'Agila arbetsmetoder', 'Git, versionshanteringssystem', 'PHP, programmeringsspråk'],
      expTitle: 'Programmerare på ett IT-företag i {city}', years: [5, 12],
      edu: [{ levels: ['537', '547'], field: '481', title: 'Kandidatexamen i datavetenskap', years: [4, 5] }, ACADEMIC_SCHOOL], goals: ['developer'], weight: [2, 4],
    },
    {
      key: 'itSupport', ssyk: '3512', names: ['Helpdesktekniker/Supporttekniker'],
      skills: ['Användarsupport, hårdvara', 'Användarsupport, mjukvara', 'PC-datorer, installation och underhåll', 'Felsökningsverktyg, IT', 'Skrivare, installation och underhåll'],
      expTitle: 'IT-tekniker på ett universitet i {city}', years: [5, 10],
      edu: [{ levels: ['527', '537'], field: '481', title: 'Högskoleutbildning i informationsteknik', years: [2, 3] }, ACADEMIC_SCHOOL], goals: ['itSupport'], weight: [1, 2],
    },
    {
      key: 'accountant', ssyk: '3313', names: ['Redovisningsekonom', 'Redovisningskonsult'],
      skills: ['Bokföringsvana', 'Bokslut', 'Kundreskontra', 'Leverantörsreskontra', 'Budgetuppföljning', 'MS Excel', 'Momsredovisning'],
      expTitle: 'Ekonom på ett handelsföretag i {city}', years: [5, 15],
      edu: [{ levels: ['537'], field: '344', title: 'Kandidatexamen i ekonomi', years: [4, 4] }, ACADEMIC_SCHOOL], goals: ['accountant'], weight: [3, 3],
    },
    {
      key: 'interpreter', ssyk: '2643', names: ['Översättare', 'Tolk'],
      skills: ['Kontakttolkning', 'Facktexter', 'Språkgranskning', 'Juridisk terminologi', 'Medicinsk terminologi'],
      expTitle: 'Översättare i {city}', years: [5, 10],
      edu: [{ levels: ['537'], field: '222', title: 'Kandidatexamen i engelska', years: [4, 4] }, ACADEMIC_SCHOOL], goals: ['interpreter'], weight: [2, 1],
    },
  ],
  skilled: [
    {
      key: 'carpenter', ssyk: '7111', names: ['Träarbetare/Snickare'], skills: ['Träarbete, husbyggnad', 'Ritningsläsning', 'Maskinkunskap, handmaskiner', 'Köksmontering', 'Säkert arbetssätt'],
      expTitle: 'Snickare i {city}', years: [3, 20], edu: [VOCATIONAL_SCHOOL('582', 'Yrkesutbildning, bygg'), COMPULSORY], goals: ['carpenter', 'caretaker'], weight: [0, 5],
    },
    {
      key: 'mason', ssyk: '7112', names: ['Murare', 'Plattsättare'], skills: ['Murning', 'Plattsättning', 'Fasadputsning', 'Kakel och klinker, plattsättningsvana', 'Blockmurning', 'Säkert arbetssätt'],
      expTitle: 'Murare och plattsättare i {city}', years: [3, 20], edu: [COMPULSORY], goals: ['mason', 'carpenter'], weight: [0, 3],
    },
    {
      key: 'mechanic', ssyk: '7231', names: ['Fordonstekniker/Bilmekaniker/Personbilsmekaniker', 'Lastbilsmekaniker'],
      skills: ['Fordonsservice, personbilar', 'Felsökning, bilmekanik', 'Däckbyten', 'Bromssystem, installation och underhåll', 'Dieselmotorer, reparationsvana', 'Verktygskunskap, fordon'],
      expTitle: 'Bilmekaniker på egen verkstad i {city}', years: [3, 20], edu: [VOCATIONAL_SCHOOL('525', 'Yrkesutbildning, fordonsteknik'), COMPULSORY], goals: ['mechanic'], weight: [0, 4],
    },
    {
      key: 'welder', ssyk: '7212', names: ['Svetsare, manuell'], skills: ['MIG-svetsning', 'TIG-svetsning', 'Gassvetsning', 'MMB, Metallbågsvetsning (pinne)', 'Plåtsvetsning', 'Ritningsläsning'],
      expTitle: 'Svetsare i {city}', years: [3, 15], edu: [VOCATIONAL_SCHOOL('521', 'Yrkesutbildning, verkstadsteknik'), COMPULSORY], goals: ['welder'], weight: [0, 2],
    },
    {
      key: 'electrician', ssyk: '7411', names: ['Installationselektriker'], skills: ['Elinstallation, nybyggnad', 'Elinstallation, ombyggnad', 'Elarbeten, servicevana', 'Kabelinstallationer', 'Praktisk ellära', 'Ritningsläsning'],
      expTitle: 'Elektriker i {city}', years: [3, 18], edu: [VOCATIONAL_SCHOOL('522', 'Yrkesutbildning, el'), COMPULSORY], goals: ['electrician'], weight: [0, 3],
    },
    {
      key: 'truckDriver', ssyk: '8332', names: ['Fjärrbilsförare', 'Distributionsförare'], skills: ['Distributionskörning', 'Fjärrtransporter, körvana', 'Lastsäkring', 'Lastning', 'Lossning'],
      expTitle: 'Lastbilschaufför i {city}', years: [3, 20], edu: [COMPULSORY], goals: ['busDriver', 'truckDriver'], weight: [0, 4], licences: ['C', 'CE'],
    },
    {
      key: 'taxiDriver', ssyk: '8321', names: ['Taxiförare/Taxichaufför'], skills: ['Passagerartransporter', 'Passagerarservice', 'Trafiksäkerhetsregler', 'Budtransporter'],
      expTitle: 'Taxichaufför i {city}', years: [3, 15], edu: [COMPULSORY], goals: ['busDriver'], weight: [0, 2],
    },
    {
      key: 'cook', ssyk: '5120', names: ['Kock, à la carte', 'Kock, storhushåll'], skills: ['Varmkök', 'Kallkök', 'Restaurangkök', 'Livsmedelshygien', 'Husmanskost', 'Libanesiskt kök', 'Turkiskt kök'],
      expTitle: 'Kock på restaurang i {city}', years: [3, 18], edu: [VOCATIONAL_SCHOOL('811', 'Yrkesutbildning, restaurang'), COMPULSORY], goals: ['cook', 'kitchen'], weight: [2, 3],
    },
    {
      key: 'baker', ssyk: '7612', names: ['Bagare/Konditor'], skills: ['Bageriarbete', 'Matbröd', 'Finbröd', 'Tårtor/bakelser'],
      expTitle: 'Bagare i {city}', years: [3, 15], edu: [COMPULSORY], goals: ['baker', 'kitchen'], weight: [1, 2],
    },
    {
      key: 'hairdresser', ssyk: '5141', names: ['Frisör', 'Damfrisör', 'Herrfrisör'], skills: ['Herrfrisering', 'Damfrisering', 'Rakning och trimning av skägg', 'Håruppsättningar', 'Kassavana'],
      expTitle: 'Frisör med egen salong i {city}', years: [3, 18], edu: [COMPULSORY], goals: ['hairdresser'], weight: [3, 2],
    },
    {
      key: 'tailor', ssyk: '7531', names: ['Skräddare', 'Ändringsskräddare', 'Ateljésömmerska'], skills: ['Sömnadsarbeten', 'Ändringssömnad', 'Tillskärning, textilier', 'Skrädderiarbeten'],
      expTitle: 'Skräddare i {city}', years: [3, 20], edu: [COMPULSORY], goals: ['tailor', 'shop'], weight: [3, 2],
    },
    {
      key: 'shop', ssyk: '5223', names: ['Butikssäljare, fackhandel'], skills: ['Kassavana', 'Butiksvana, fackhandel', 'Kläder och mode', 'Merförsäljning', 'Varumärkning'],
      expTitle: 'Säljare i en klädbutik i {city}', years: [2, 12], edu: [VOCATIONAL_SCHOOL('341', 'Yrkesutbildning, handel'), COMPULSORY], goals: ['shop', 'warehouse'], weight: [3, 2],
    },
    {
      key: 'farmer', ssyk: '6121', names: ['Lantbrukare, djuruppfödning', 'Djurskötare, mjölk'], skills: ['Nötkreatursskötsel', 'Fårskötsel', 'Mjölkproduktion', 'Lantbruksmaskiner, körvana', 'Husdjursskötsel'],
      expTitle: 'Lantbrukare på familjens gård utanför {city}', years: [5, 25], edu: [COMPULSORY], goals: ['farm', 'garden'], weight: [1, 3],
    },
    {
      key: 'careWorker', ssyk: '5330', names: ['Vårdbiträde', 'Hemvårdare'], skills: ['Personlig omvårdnad', 'Äldreomsorg', 'Hemtjänst'],
      expTitle: 'Vårdbiträde på ett äldreboende i {city}', years: [2, 10], edu: [COMPULSORY], goals: ['care'], weight: [3, 1],
    },
  ],
  // Priority group 2: women with short or no schooling; most have worked only at home or on the family farm.
  shortWomen: [
    { key: 'homeOnly', ssyk: null, edu: [NO_SCHOOL], goals: ['care', 'cleaning', 'kitchen', 'childcare'], weight: [6, 0] },
    { key: 'homeShortSchool', ssyk: null, edu: [SHORT_SCHOOL], goals: ['care', 'cleaning', 'kitchen', 'childcare', 'garden'], weight: [6, 0] },
    {
      key: 'farmWork', ssyk: '6111', names: ['Grönsaksodlare', 'Bärodlare'], skills: ['Grönsaksodling, friland', 'Frilandsodling', 'Bärodling'],
      expTitle: 'Odlade grönsaker på familjens gård', years: [3, 20], edu: [NO_SCHOOL], goals: ['garden', 'kitchen', 'care'], weight: [3, 0],
    },
    {
      key: 'sewing', ssyk: '7531', names: ['Ändringsskräddare', 'Klänningssömmerska'], skills: ['Sömnadsarbeten', 'Ändringssömnad'],
      expTitle: 'Sydde kläder hemma åt grannar', years: [2, 15], edu: [SHORT_SCHOOL], goals: ['tailor', 'cleaning', 'care'], weight: [3, 0],
    },
    {
      key: 'cleaningAbroad', ssyk: '9111', names: ['Städare/Lokalvårdare', 'Hotellstädare'], skills: ['Städtjänster', 'Kontorsstädning', 'Hotellstädning'],
      expTitle: 'Städade på ett hotell', years: [1, 6], edu: [SHORT_SCHOOL], goals: ['cleaning', 'care'], weight: [2, 0],
    },
    {
      key: 'kitchenAbroad', ssyk: '9412', names: ['Köksbiträde', 'Diskare'], skills: ['Enklare matlagningskunskaper', 'Städning och diskning, restaurangkök', 'Salladsberedning'],
      expTitle: 'Köksbiträde på en restaurang', years: [1, 6], edu: [SHORT_SCHOOL], goals: ['kitchen', 'care'], weight: [2, 0],
    },
    {
      key: 'childminder', ssyk: '5311', names: ['Dagbarnvårdare'], skills: ['Barntillsyn, erfarenhet', 'Småbarnsgrupp'],
      expTitle: 'Passade grannarnas barn', years: [2, 10], edu: [SHORT_SCHOOL], goals: ['childcare', 'care'], weight: [2, 0],
    },
  ],
  shortMen: [
    {
      key: 'labourer', ssyk: '9310', names: ['Grovarbetare, bygg och anläggning'], skills: ['Grovarbete/bygg', 'Rivning (demontering av div. byggobjekt)', 'Anläggningsarbete', 'God fysik (tunga lyft)'],
      expTitle: 'Byggarbetare i {city}', years: [2, 15], edu: [SHORT_SCHOOL], goals: ['warehouse', 'caretaker', 'cleaning'], weight: [0, 4],
    },
    {
      key: 'farmHand', ssyk: '9210', names: ['Skördearbetare', 'Växtskötare'], skills: ['Skördearbete', 'Bärplockning', 'Växter, skötselvana'],
      expTitle: 'Arbetade på fält och i odlingar', years: [2, 15], edu: [NO_SCHOOL], goals: ['garden', 'farm', 'cleaning'], weight: [0, 3],
    },
    {
      key: 'shepherd', ssyk: '6121', names: ['Djurskötare, får', 'Djurskötare, djuruppfödning'], skills: ['Fårskötsel', 'Husdjursskötsel'],
      expTitle: 'Skötte familjens får och getter', years: [5, 25], edu: [NO_SCHOOL], goals: ['farm', 'garden'], weight: [0, 2],
    },
    {
      key: 'mover', ssyk: '9332', names: ['Flyttkarl/Stadsbud', 'Lastare'], skills: ['God fysik (tunga lyft)', 'Lastning', 'Varumottagning', 'Flyttpackningsvana'],
      expTitle: 'Bar och lastade varor på en marknad i {city}', years: [2, 10], edu: [SHORT_SCHOOL], goals: ['warehouse', 'cleaning'], weight: [0, 2],
    },
    {
      key: 'marketSeller', ssyk: '9520', names: ['Torgförsäljare/Marknadsförsäljare'], skills: ['Kassavana', 'Försäljningsvana, torg- och marknadsförsäljning', 'Försäljning, erfarenhet'],
      expTitle: 'Sålde frukt och grönsaker på torget i {city}', years: [2, 15], edu: [SHORT_SCHOOL], goals: ['shop', 'warehouse', 'kitchen'], weight: [0, 2],
    },
  ],
  young: [
    { key: 'school', ssyk: null, edu: [{ levels: ['312', '332', '316'], field: null, title: 'Gymnasiet, ej avslutat', years: [1, 2] }], goals: ['care', 'warehouse', 'shop', 'youthLeader', 'cook'], weight: [3, 3] },
    { key: 'compulsory', ssyk: null, edu: [COMPULSORY], goals: ['care', 'warehouse', 'kitchen', 'shop', 'mechanic'], weight: [2, 3] },
    {
      key: 'youngShop', ssyk: '5222', names: ['Butikssäljare/Medarbetare, dagligvaror'], skills: ['Kassavana', 'Butiksvana, dagligvaror', 'Varuplock'],
      expTitle: 'Extrajobb i en livsmedelsbutik', years: [0.5, 3], edu: [COMPULSORY], goals: ['shop', 'warehouse'], weight: [2, 2],
    },
    {
      key: 'youngKitchen', ssyk: '9412', names: ['Restaurangbiträde', 'Diskare'], skills: ['Städning och diskning, restaurangkök', 'Portionering', 'Fast food'],
      expTitle: 'Diskade på en restaurang i {city}', years: [0.5, 3], edu: [COMPULSORY], goals: ['kitchen', 'cook', 'warehouse'], weight: [1, 2],
    },
  ],
};

interface StepSpec {
  kind: PlanStepKind;
  title: string;
  /** Length in weeks; null: open-ended (a job). */
  weeks: [number, number] | null;
  hours: [number, number];
}

/** A goal: the occupation(s) the plan aims at and the work-track steps towards them ({place}: the home area). */
interface GoalSpec {
  ssyk: string[];
  text: string;
  steps: StepSpec[];
}

const JOB = (title: string): StepSpec => ({ kind: 'job', title, weeks: null, hours: [30, 40] });
const UHR: StepSpec = { kind: 'validation', title: 'Bedömning av utländsk utbildning (UHR)', weeks: [8, 16], hours: [2, 4] };
const SWEDISH_ACADEMIC: StepSpec = { kind: 'course', title: 'Svenska för akademiker', weeks: [16, 24], hours: [10, 15] };

const GOALS: Record<string, GoalSpec> = {
  nurse: {
    ssyk: ['2221', '5323'], text: 'Få svensk legitimation och arbeta som sjuksköterska. Under tiden jobb som undersköterska.',
    steps: [
      { kind: 'course', title: 'Svenska för vårdpersonal', weeks: [16, 20], hours: [10, 15] },
      { kind: 'validation', title: 'Kunskapsprov för sjuksköterskor (Socialstyrelsen)', weeks: [20, 30], hours: [8, 12] },
      { kind: 'praktik', title: 'Praktik som undersköterska på vårdcentralen i {place}', weeks: [6, 10], hours: [20, 25] },
      JOB('Jobb som undersköterska medan legitimationen prövas'),
    ],
  },
  midwife: {
    ssyk: ['2222', '5323'], text: 'Få svensk legitimation som barnmorska. Under tiden jobb inom vården.',
    steps: [
      { kind: 'course', title: 'Svenska för vårdpersonal', weeks: [16, 20], hours: [10, 15] },
      { kind: 'validation', title: 'Kunskapsprov för barnmorskor (Socialstyrelsen)', weeks: [20, 30], hours: [8, 12] },
      { kind: 'praktik', title: 'Praktik på barnmorskemottagningen i {place}', weeks: [6, 10], hours: [20, 25] },
      JOB('Jobb som undersköterska på en vårdavdelning'),
    ],
  },
  doctor: {
    ssyk: ['2219', '5323'], text: 'Få svensk läkarlegitimation. Under tiden jobb som undersköterska för att lära sig vården i Sverige.',
    steps: [
      { kind: 'course', title: 'Medicinsk svenska', weeks: [16, 24], hours: [10, 15] },
      { kind: 'validation', title: 'Kunskapsprov för läkare (Socialstyrelsen)', weeks: [30, 40], hours: [10, 15] },
      { kind: 'praktik', title: 'Auskultation på sjukhuset i Norrtälje', weeks: [4, 6], hours: [20, 25] },
      JOB('Jobb som undersköterska under valideringen'),
    ],
  },
  dentist: {
    ssyk: ['2260', '5350'], text: 'Få svensk legitimation som tandläkare. Under tiden jobb som tandsköterska.',
    steps: [
      { kind: 'validation', title: 'Kunskapsprov för tandläkare (Socialstyrelsen)', weeks: [30, 40], hours: [10, 15] },
      { kind: 'praktik', title: 'Praktik på folktandvården i {place}', weeks: [6, 10], hours: [20, 25] },
      JOB('Jobb som tandsköterska'),
    ],
  },
  pharmacist: {
    ssyk: ['2281', '5227'], text: 'Få svensk legitimation som apotekare. Under tiden jobb på apotek.',
    steps: [UHR, { kind: 'validation', title: 'Kunskapsprov för apotekare (Socialstyrelsen)', weeks: [20, 30], hours: [8, 12] }, { kind: 'praktik', title: 'Praktik på ett apotek i {place}', weeks: [6, 10], hours: [20, 25] }, JOB('Jobb som apotekstekniker')],
  },
  teacher: {
    ssyk: ['2341', '5312'], text: 'Få lärarlegitimation och undervisa i grundskolan. Under tiden jobb som studiehandledare på modersmålet.',
    steps: [
      { kind: 'validation', title: 'Bedömning av lärarutbildning (Skolverket)', weeks: [12, 20], hours: [2, 4] },
      SWEDISH_ACADEMIC,
      { kind: 'praktik', title: 'Praktik som studiehandledare på en skola i {place}', weeks: [8, 12], hours: [20, 25] },
      JOB('Jobb som studiehandledare och modersmålslärare'),
    ],
  },
  preschoolTeacher: {
    ssyk: ['2343', '5311'], text: 'Arbeta i förskolan, först som barnskötare och sedan som förskollärare.',
    steps: [
      { kind: 'validation', title: 'Bedömning av förskollärarutbildning (Skolverket)', weeks: [12, 20], hours: [2, 4] },
      { kind: 'praktik', title: 'Praktik på en förskola i {place}', weeks: [8, 12], hours: [20, 25] },
      JOB('Jobb som barnskötare'),
    ],
  },
  civilEngineer: {
    ssyk: ['3112', '2142'], text: 'Arbeta som byggnadsingenjör, gärna hos ett byggföretag i Roslagen.',
    steps: [UHR, SWEDISH_ACADEMIC, { kind: 'praktik', title: 'Praktik hos ett byggföretag i {place}', weeks: [10, 14], hours: [20, 30] }, JOB('Jobb som byggnadsingenjör')],
  },
  electricalEngineer: {
    ssyk: ['3113', '2143'], text: 'Arbeta som elingenjör eller tekniker inom energi och elkraft.',
    steps: [UHR, SWEDISH_ACADEMIC, { kind: 'praktik', title: 'Praktik hos ett elföretag i {place}', weeks: [10, 14], hours: [20, 30] }, JOB('Jobb som elingenjör')],
  },
  mechanicalEngineer: {
    ssyk: ['3114', '2144'], text: 'Arbeta som maskiningenjör eller tekniker inom industrin.',
    steps: [UHR, SWEDISH_ACADEMIC, { kind: 'praktik', title: 'Praktik på ett industriföretag i Hallstavik', weeks: [10, 14], hours: [20, 30] }, JOB('Jobb som maskintekniker')],
  },
  developer: {
    ssyk: ['2512', '3512'], text: 'Arbeta som systemutvecklare. Distansarbete går bra.',
    steps: [UHR, SWEDISH_ACADEMIC, { kind: 'praktik', title: 'Praktik som systemutvecklare på ett IT-företag', weeks: [10, 14], hours: [25, 30] }, JOB('Jobb som systemutvecklare')],
  },
  itSupport: {
    ssyk: ['3512'], text: 'Arbeta med IT-support, till exempel i kommunen eller på en skola.',
    steps: [UHR, { kind: 'praktik', title: 'Praktik på kommunens IT-support', weeks: [8, 12], hours: [20, 30] }, JOB('Jobb som supporttekniker')],
  },
  accountant: {
    ssyk: ['3313', '4111'], text: 'Arbeta med redovisning och ekonomi.',
    steps: [UHR, SWEDISH_ACADEMIC, { kind: 'course', title: 'Svensk redovisning och lön (Komvux)', weeks: [10, 16], hours: [10, 15] }, { kind: 'praktik', title: 'Praktik på en redovisningsbyrå i {place}', weeks: [8, 12], hours: [20, 25] }, JOB('Jobb som ekonomiassistent')],
  },
  interpreter: {
    ssyk: ['2643'], text: 'Arbeta som tolk och översättare.',
    steps: [{ kind: 'course', title: 'Grundutbildning för kontakttolkar', weeks: [16, 24], hours: [10, 15] }, { kind: 'validation', title: 'Auktorisation som tolk (Kammarkollegiet)', weeks: [8, 12], hours: [2, 4] }, JOB('Uppdrag som kontakttolk')],
  },
  carpenter: {
    ssyk: ['7111'], text: 'Arbeta som snickare. Få sin yrkeserfarenhet bedömd och ta yrkesbevis.',
    steps: [
      { kind: 'yrkes_sfi', title: 'Yrkes-SFI bygg', weeks: [12, 20], hours: [15, 20] },
      { kind: 'validation', title: 'Yrkesbedömning för träarbetare (Byggnadsindustrins yrkesnämnd)', weeks: [2, 4], hours: [20, 30] },
      { kind: 'praktik', title: 'Praktik hos ett byggföretag i {place}', weeks: [8, 12], hours: [25, 30] },
      JOB('Jobb som snickare'),
    ],
  },
  mason: {
    ssyk: ['7112'], text: 'Arbeta som murare eller plattsättare.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI bygg', weeks: [12, 20], hours: [15, 20] }, { kind: 'validation', title: 'Yrkesbedömning för murare (Byggnadsindustrins yrkesnämnd)', weeks: [2, 4], hours: [20, 30] }, { kind: 'praktik', title: 'Praktik hos en plattsättare i {place}', weeks: [8, 12], hours: [25, 30] }, JOB('Jobb som plattsättare')],
  },
  mechanic: {
    ssyk: ['7231'], text: 'Arbeta som fordonsmekaniker.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI fordon', weeks: [12, 20], hours: [15, 20] }, { kind: 'validation', title: 'Validering fordonsteknik (Komvux)', weeks: [4, 8], hours: [15, 20] }, { kind: 'praktik', title: 'Praktik på en bilverkstad i {place}', weeks: [8, 12], hours: [25, 30] }, JOB('Jobb som bilmekaniker')],
  },
  welder: {
    ssyk: ['7212'], text: 'Arbeta som svetsare inom industrin.',
    steps: [{ kind: 'course', title: 'Svetsutbildning med certifikat (Komvux)', weeks: [12, 20], hours: [20, 25] }, { kind: 'praktik', title: 'Praktik på en verkstad i Hallstavik', weeks: [8, 12], hours: [25, 30] }, JOB('Jobb som svetsare')],
  },
  electrician: {
    ssyk: ['7411'], text: 'Arbeta som elektriker med svensk auktorisation.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI el', weeks: [12, 20], hours: [15, 20] }, { kind: 'validation', title: 'Prövning för auktorisation (Elsäkerhetsverket)', weeks: [8, 16], hours: [5, 10] }, { kind: 'praktik', title: 'Praktik hos en elfirma i {place}', weeks: [8, 12], hours: [25, 30] }, JOB('Jobb som elektriker')],
  },
  busDriver: {
    ssyk: ['8331'], text: 'Bli bussförare i Roslagen genom jobbspåret.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI med svenska för trafik och service', weeks: [8, 10], hours: [15, 20] }, { kind: 'job_track', title: 'Jobbspår bussförare', weeks: [20, 26], hours: [35, 40] }, JOB('Jobb som bussförare')],
  },
  truckDriver: {
    ssyk: ['8332'], text: 'Arbeta som lastbilsförare.',
    steps: [{ kind: 'course', title: 'Svenskt körkort C och yrkeskompetensbevis (YKB)', weeks: [12, 16], hours: [20, 30] }, { kind: 'praktik', title: 'Praktik på ett åkeri i {place}', weeks: [6, 8], hours: [30, 40] }, JOB('Jobb som distributionsförare')],
  },
  cook: {
    ssyk: ['5120'], text: 'Arbeta som kock i restaurang eller storkök.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI restaurang och storkök', weeks: [12, 20], hours: [15, 20] }, { kind: 'praktik', title: 'Praktik i köket på en restaurang i {place}', weeks: [6, 10], hours: [25, 30] }, JOB('Jobb som kock')],
  },
  baker: {
    ssyk: ['7612', '9413'], text: 'Arbeta på ett bageri eller kafé.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI restaurang och bageri', weeks: [12, 16], hours: [15, 20] }, { kind: 'praktik', title: 'Praktik på ett bageri i {place}', weeks: [6, 10], hours: [25, 30] }, JOB('Jobb som bagare')],
  },
  hairdresser: {
    ssyk: ['5141'], text: 'Arbeta som frisör, kanske med egen salong i framtiden.',
    steps: [{ kind: 'validation', title: 'Yrkesbedömning frisör (Frisörföretagarna)', weeks: [2, 4], hours: [10, 20] }, { kind: 'praktik', title: 'Praktik på en frisörsalong i {place}', weeks: [8, 12], hours: [20, 30] }, JOB('Jobb som frisör')],
  },
  tailor: {
    ssyk: ['7531', '5223'], text: 'Arbeta med sömnad och ändringar, eller i butik.',
    steps: [{ kind: 'praktik', title: 'Praktik på en ändringssömnad i Norrtälje', weeks: [8, 12], hours: [20, 25] }, { kind: 'praktik', title: 'Praktik i second hand-butiken i {place}', weeks: [6, 10], hours: [20, 25] }, JOB('Jobb med sömnad och ändringar')],
  },
  shop: {
    ssyk: ['5222'], text: 'Arbeta i butik.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI handel och service', weeks: [10, 16], hours: [15, 20] }, { kind: 'praktik', title: 'Praktik i en livsmedelsbutik i {place}', weeks: [6, 10], hours: [20, 30] }, JOB('Jobb som butiksmedarbetare')],
  },
  warehouse: {
    ssyk: ['4322'], text: 'Arbeta på lager. Ta truckkort.',
    steps: [{ kind: 'course', title: 'Truckkort A och B', weeks: [1, 2], hours: [30, 40] }, { kind: 'praktik', title: 'Praktik på ett lager i {place}', weeks: [6, 10], hours: [25, 35] }, JOB('Jobb som lagerarbetare')],
  },
  farm: {
    ssyk: ['6121', '6113'], text: 'Arbeta med djur eller på en gård i Roslagen.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI naturbruk', weeks: [12, 20], hours: [15, 20] }, { kind: 'praktik', title: 'Praktik på en gård utanför {place}', weeks: [8, 12], hours: [25, 30] }, JOB('Jobb som djurskötare')],
  },
  garden: {
    ssyk: ['6112', '6113'], text: 'Arbeta i trädgård, park eller plantskola.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI naturbruk', weeks: [12, 20], hours: [15, 20] }, { kind: 'praktik', title: 'Praktik på en plantskola i {place}', weeks: [8, 12], hours: [20, 30] }, JOB('Säsongsjobb i trädgård och park')],
  },
  care: {
    ssyk: ['5321', '5330'], text: 'Bli undersköterska i äldreomsorgen, först som vårdbiträde.',
    steps: [
      { kind: 'yrkes_sfi', title: 'Yrkes-SFI vård och omsorg', weeks: [16, 24], hours: [15, 20] },
      { kind: 'praktik', title: 'Språkpraktik på äldreboendet i {place}', weeks: [8, 12], hours: [15, 20] },
      { kind: 'job_track', title: 'Jobbspår undersköterska', weeks: [40, 52], hours: [25, 35] },
      JOB('Jobb som undersköterska'),
    ],
  },
  cleaning: {
    ssyk: ['9111'], text: 'Arbeta som lokalvårdare.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI lokalvård', weeks: [10, 16], hours: [15, 20] }, { kind: 'praktik', title: 'Praktik hos kommunens lokalvård i {place}', weeks: [6, 10], hours: [20, 30] }, JOB('Jobb som lokalvårdare')],
  },
  kitchen: {
    ssyk: ['9412'], text: 'Arbeta i kök, till exempel i ett skolkök.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI restaurang och storkök', weeks: [12, 20], hours: [15, 20] }, { kind: 'praktik', title: 'Praktik i skolköket i {place}', weeks: [8, 12], hours: [15, 25] }, JOB('Jobb som köksbiträde')],
  },
  childcare: {
    ssyk: ['5311'], text: 'Arbeta med barn i förskolan.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI barn och fritid', weeks: [16, 24], hours: [15, 20] }, { kind: 'praktik', title: 'Praktik på en förskola i {place}', weeks: [8, 12], hours: [15, 25] }, { kind: 'course', title: 'Barnskötarutbildning (Komvux)', weeks: [30, 40], hours: [20, 25] }, JOB('Jobb som barnskötare')],
  },
  caretaker: {
    ssyk: ['5152'], text: 'Arbeta som fastighetsskötare.',
    steps: [{ kind: 'yrkes_sfi', title: 'Yrkes-SFI fastighet', weeks: [10, 16], hours: [15, 20] }, { kind: 'praktik', title: 'Praktik hos bostadsbolaget i {place}', weeks: [8, 12], hours: [25, 30] }, JOB('Jobb som fastighetsskötare')],
  },
  youthLeader: {
    ssyk: ['3423'], text: 'Arbeta med barn och unga på fritidsgård eller i förening.',
    steps: [{ kind: 'praktik', title: 'Praktik på fritidsgården i {place}', weeks: [8, 12], hours: [15, 25] }, { kind: 'course', title: 'Fritidsledarutbildning (folkhögskola)', weeks: [36, 40], hours: [30, 40] }, JOB('Jobb som fritidsledare')],
  },
};

interface ArchetypeSpec {
  /** Share of the learners. */
  weight: number;
  ages: [number, number];
  /** Probability of female and male; the rest is split between other and unknown. */
  female: number;
  paths: [SfiStudyPath, number][];
  origins: [string, number][];
  english: { p: number; levels: LanguageLevel[] };
  licenceB: [number, number];
  /** Weeks from the plan start to the first work-track step. */
  trackOffset: [number, number];
  hours: [number, number];
}

const ARCHETYPE_SPECS: Record<Archetype, ArchetypeSpec> = {
  academic: {
    weight: 25, ages: [26, 58], female: 0.5, paths: [[3, 9], [2, 1]], origins: [['SY', 30], ['IR', 12], ['UA', 25], ['IQ', 12], ['AF', 12], ['ER', 5], ['SO', 4]],
    english: { p: 0.85, levels: ['B1', 'B2', 'B2', 'C1'] }, licenceB: [0.4, 0.55], trackOffset: [2, 8], hours: [35, 40],
  },
  skilled: {
    weight: 25, ages: [22, 60], female: 0.3, paths: [[2, 7], [3, 2], [1, 1]], origins: [['SY', 28], ['AF', 20], ['ER', 14], ['SO', 8], ['UA', 15], ['IQ', 10], ['IR', 5]],
    english: { p: 0.35, levels: ['A2', 'B1'] }, licenceB: [0.15, 0.55], trackOffset: [6, 16], hours: [30, 40],
  },
  shortWomen: {
    weight: 25, ages: [20, 60], female: 1, paths: [[1, 1]], origins: [['AF', 30], ['SO', 25], ['SY', 22], ['ER', 15], ['IQ', 8]],
    english: { p: 0.05, levels: ['A1', 'A2'] }, licenceB: [0.03, 0], trackOffset: [26, 52], hours: [15, 30],
  },
  shortMen: {
    weight: 12, ages: [20, 62], female: 0, paths: [[1, 3], [2, 1]], origins: [['AF', 35], ['SO', 20], ['ER', 20], ['SY', 20], ['IQ', 5]],
    english: { p: 0.08, levels: ['A1', 'A2'] }, licenceB: [0, 0.2], trackOffset: [16, 36], hours: [30, 40],
  },
  young: {
    weight: 13, ages: [18, 24], female: 0.45, paths: [[2, 6], [3, 3], [1, 1]], origins: [['AF', 30], ['ER', 20], ['SY', 20], ['SO', 15], ['UA', 15]],
    english: { p: 0.6, levels: ['A2', 'B1', 'B2'] }, licenceB: [0.05, 0.1], trackOffset: [4, 20], hours: [30, 40],
  },
};

interface TenantProfile {
  count: number;
  plans: number;
  stalled: number;
  reviewDue: number;
  protectedIdentity: number;
  withdrawals: number;
  /** Home places by ref_place label, relative to 1 for the others. */
  placeWeights: Record<string, number>;
  /** Share of learners with the second coach, and without a coach. */
  secondCoachShare: number;
  noCoachShare: number;
}

const TENANT_PROFILES: Record<string, TenantProfile> = {
  '0188': {
    count: DEMO_LEARNERS.norrtalje.count, plans: 60, stalled: 12, reviewDue: 4, protectedIdentity: 3, withdrawals: 6,
    placeWeights: { Norrtälje: 60, Rimbo: 18, Hallstavik: 14, Älmsta: 8 }, secondCoachShare: 0.3, noCoachShare: 0.05,
  },
  '0163': {
    count: DEMO_LEARNERS.sollentuna.count, plans: 3, stalled: 1, reviewDue: 0, protectedIdentity: 0, withdrawals: 1,
    placeWeights: { Sollentuna: 8 }, secondCoachShare: 0.4, noCoachShare: 0,
  },
};

/** The demo newcomer (learner@norrtalje.example, "Amina Hassan"): fixed choices, the rest generated like everyone else. */
const DEMO_PERSON = {
  archetype: 'academic' as Archetype, background: 'nurse', origin: 'SY', native: 'Arabiska', gender: 'female' as Gender, age: 34, permitDaysAgo: 330,
  path: 3 as SfiStudyPath, homePlace: 'Norrtälje', goal: 'nurse',
};

/** Notes of a follow-up, by what was going on at the time (general ones fit any time). */
const FOLLOW_UP_NOTES = {
  general: [
    'Pratade om praktik och vilka arbetsgivare som passar.',
    'Har fått en egen lägenhet. Mer ro för studierna nu.',
    'Har varit på studiebesök hos en arbetsgivare.',
    'Gick igenom planen tillsammans. Inga ändringar.',
    'Trött efter många möten med myndigheter. Vi kortade ner veckans aktiviteter.',
    'Vill ta körkort. Vi tittade på kostnader och teoriutbildning på modersmålet.',
    'Har börjat träna på ett gym i närheten och mår bättre.',
    'Pratade om hur det går hemma. Familjen har kommit till ro i Sverige.',
  ],
  sfi: [
    'Går bra på SFI. Läser mycket hemma.',
    'Tycker att SFI går långsamt. Vi pratade om studieteknik och läxhjälp på biblioteket.',
    'Har klarat ett delprov på SFI.',
    'Vill byta till kvällskurs på SFI för att kunna göra praktik på dagarna.',
  ],
  work: [
    'Praktiken går bra, handledaren är nöjd.',
    'Trivs på praktiken. Tränar på yrkesorden varje dag.',
    'Handledaren vill att språket blir bättre innan mer ansvar. Extra svenska för yrket.',
    'Har fått frågan om extrajobb på helger hos arbetsgivaren.',
  ],
  validation: [
    'Väntar fortfarande på besked om bedömningen. Vi skickade in fler intyg.',
    'Pluggar inför provet. Har hittat en studiegrupp.',
    'Har fått besked om bedömningen av utbildningen. Vi planerade nästa steg.',
  ],
  care: ['Behöver hjälp med förskoleplats för barnen. Kontakt med förskolekontoret.', 'Barnen har fått förskoleplats. Mer tid för studierna nu.'],
  absent: {
    illness: 'Sjuk, ny tid bokad.',
    child_care: 'Barnet var sjukt och ingen annan kunde vara hemma.',
    appointment: 'Hade en tid hos Migrationsverket samma dag.',
    no_reason: 'Kom inte och hörde inte av sig. Ringde efteråt.',
    other: 'Lämnade återbud, ny tid bokad.',
  } satisfies Record<AbsenceReason, string>,
};
const NOTE_CONTEXT: Partial<Record<PlanStepKind, keyof typeof FOLLOW_UP_NOTES>> = {
  sfi: 'sfi', yrkes_sfi: 'work', praktik: 'work', job_track: 'work', validation: 'validation', course: 'validation',
};

const REVIEW_NOTES = [
  'Gemensam genomgång efter tolv månader. Språket har gått framåt. Vi fortsätter mot målet och lägger till praktik.',
  'Gemensam genomgång efter tolv månader. Målet ligger fast. Mer tid för svenska behövs innan praktik.',
  'Gemensam genomgång efter tolv månader. Nytt mål efter samtal om vad som finns i kommunen.',
];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
/** A timestamp on a date, in working hours (UTC; the insert caps it at now()). */
const at = (date: string, rng: Prng) => `${date}T${String(rng.int(7, 15)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`;
const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/** Fictional Swedish mobile numbers (PTS reserves 070-1740605 … 070-1740699 for fiction). */
const phoneNumber = (n: number) => `070-174 06 ${String(5 + (n % 95)).padStart(2, '0')}`;

interface Lookup {
  groups: Map<string, LearnerReference['ssykGroups'][number]>;
  namesBySsyk: Map<string, LearnerReference['occupationNames']>;
  skillsBySsyk: Map<string, LearnerReference['ssykSkills']>;
  languageIds: Map<string, string>;
  sunLevels: Set<string>;
  sunFields: Set<string>;
  licences: Set<string>;
  placesByTenant: Map<string, LearnerReference['places']>;
}

function buildLookup(ref: LearnerReference): Lookup {
  const groups = new Map([...ref.ssykGroups].sort((a, b) => byCodePoint(a.code, b.code)).map((g) => [g.code.trim(), { ...g, code: g.code.trim() }]));
  const group = <T>(list: T[], key: (item: T) => string, order: (item: T) => string) => {
    const map = new Map<string, T[]>();
    for (const item of [...list].sort((a, b) => byCodePoint(order(a), order(b)))) {
      const k = key(item);
      const bucket = map.get(k);
      if (bucket) bucket.push(item);
      else map.set(k, [item]);
    }
    return map;
  };
  const namesBySsyk = group(ref.occupationNames, (n) => n.ssyk_code.trim(), (n) => n.concept_id);
  const skillsBySsyk = group(ref.ssykSkills, (s) => s.ssyk_code.trim(), (s) => s.skill_concept_id);
  const languageIds = new Map<string, string>();
  for (const l of [...ref.languages].sort((a, b) => byCodePoint(a.concept_id, b.concept_id))) if (!languageIds.has(l.label_sv)) languageIds.set(l.label_sv, l.concept_id);
  const placesByTenant = group(ref.places, (p) => p.municipality_code.trim(), (p) => p.id);
  return {
    groups,
    namesBySsyk,
    skillsBySsyk,
    languageIds,
    sunLevels: new Set(ref.sunLevels.map((l) => l.code)),
    sunFields: new Set(ref.sunFields.map((f) => f.code)),
    licences: new Set(ref.drivingLicences.map((l) => l.label)),
    placesByTenant,
  };
}

/** Skills no newcomer would bring from abroad, or that say nothing: Swedish licences, certificates, courses. */
const NOT_A_BROUGHT_SKILL = /legitimation|svenska|examen|certifi|körkort|ykb|behörighet|utbildning|intyg|bevis|kurs|gesällbrev|mästarbrev|visum|sjöfart|offshore|fartyg/i;

// ---------------------------------------------------------------------------------------------
// One learner
// ---------------------------------------------------------------------------------------------

interface SfiEntry {
  course: SfiCourse;
  start: string;
  end: string | null;
  result: SfiResult;
}

interface Person {
  tenant: string;
  number: number;
  id: string;
  rng: Prng;
  /** Item counter: rows of this learner get ids number·1000 + k. */
  k: number;
  archetype: Archetype;
  background: Background;
  origin: Origin;
  native: string;
  gender: Gender;
  birthYear: number;
  permit: string;
  programmeStart: string | null;
  exit: { date: string; reason: ExitReason; status: Status90Days | null } | null;
  path: SfiStudyPath | null;
  sfi: SfiEntry[];
  coachId: string | null;
  /** The one who registered the learner (coach, or an admin when there is no coach). */
  registrar: string | null;
  registrarRole: 'coach' | 'admin';
  registered: string;
  placeLabel: string | null;
  preferred: string[];
  protectedIdentity: boolean;
  goal: string | null;
}

function nextId(p: Person): string {
  p.k += 1;
  if (p.k >= ITEMS_PER_LEARNER) throw new Error(`demo learners: too many rows for learner ${p.number}`);
  return demoId(p.tenant, p.number * ITEMS_PER_LEARNER + p.k);
}

/** How many weeks one SFI course takes on each study path. */
const SFI_WEEKS: Record<SfiStudyPath, [number, number]> = { 1: [20, 34], 2: [12, 20], 3: [8, 14] };
const GRADE_WEIGHTS: Record<SfiStudyPath, Record<'A' | 'B' | 'C' | 'D' | 'E', number>> = {
  1: { A: 2, B: 8, C: 25, D: 35, E: 30 },
  2: { A: 5, B: 15, C: 30, D: 30, E: 20 },
  3: { A: 15, B: 25, C: 30, D: 20, E: 10 },
};

/**
 * SFI courses in the order of the study path: a failed course is taken again, a dropped one is
 * taken again after a break or never; the one going on today is 'continuing' (at most one, the last).
 */
function sfiHistory(path: SfiStudyPath, start: string, today: string, rng: Prng, stopAt: string | null): SfiEntry[] {
  const courses = SFI_PATH_COURSES[path];
  const out: SfiEntry[] = [];
  let i = 0;
  let t = start;
  const limit = stopAt ? minDate(stopAt, today) : today;
  while (i < courses.length && t <= limit) {
    const weeks = rng.int(...SFI_WEEKS[path]);
    const end = addDays(t, weeks * 7);
    if (end > today) {
      if (stopAt && stopAt <= today) {
        out.push({ course: courses[i], start: t, end: stopAt, result: 'dropped' });
      } else {
        out.push({ course: courses[i], start: t, end: null, result: 'continuing' });
      }
      break;
    }
    if (stopAt && end > stopAt) {
      out.push({ course: courses[i], start: t, end: stopAt, result: 'dropped' });
      break;
    }
    const r = rng.float();
    if (r < (path === 1 ? 0.07 : 0.04)) {
      const droppedOn = minDate(addDays(t, rng.int(14, Math.max(15, weeks * 7 - 7))), today);
      out.push({ course: courses[i], start: t, end: droppedOn, result: 'dropped' });
      // A break (illness, a child, a job) and a new start, or no more SFI.
      if (rng.chance(0.35)) break;
      t = addDays(droppedOn, rng.int(4, 26) * 7);
      continue;
    }
    if (r < (path === 1 ? 0.16 : 0.1)) {
      out.push({ course: courses[i], start: t, end, result: 'F' });
      t = addDays(end, rng.int(1, 3) * 7);
      continue;
    }
    const grade = rng.weighted(['A', 'B', 'C', 'D', 'E'] as const, (g) => GRADE_WEIGHTS[path][g]);
    out.push({ course: courses[i], start: t, end, result: grade });
    i += 1;
    t = addDays(end, rng.int(0, 3) * 7 + 1);
  }
  return out;
}

/** The course a learner reads at: the highest passed or going on. */
function sfiLevel(entries: SfiEntry[]): { course: SfiCourse | null; passedAll: boolean; continuing: boolean } {
  let best: SfiCourse | null = null;
  let passedD = false;
  for (const e of entries) {
    if (e.result === 'continuing' || sfiPassed(e.result)) if (!best || e.course > best) best = e.course;
    if (e.course === 'D' && sfiPassed(e.result)) passedD = true;
  }
  return { course: best, passedAll: passedD, continuing: entries.some((e) => e.result === 'continuing') };
}

function swedishLevel(entries: SfiEntry[], path: SfiStudyPath | null, rng: Prng): LanguageLevel | null {
  const { course, passedAll } = sfiLevel(entries);
  if (!course) return null;
  if (passedAll) return path === 3 && rng.chance(0.4) ? 'B2' : 'B1';
  return ({ A: 'A1', B: 'A1', C: 'A2', D: rng.chance(0.5) ? 'B1' : 'A2' } as const)[course];
}

function pickName(origin: Origin, gender: Gender, rng: Prng, taken: Set<string>): [string, string] {
  for (let attempt = 0; ; attempt++) {
    const female = gender === 'female' || (gender !== 'male' && rng.chance(0.5));
    const first = rng.pick(female ? origin.female : origin.male);
    const last = rng.pick(origin.last);
    const key = `${first} ${last}`;
    if (!taken.has(key) || attempt > 8) {
      taken.add(key);
      return [first, last];
    }
  }
}

interface TenantContext {
  input: LearnerTenantInput;
  profile: TenantProfile;
  lookup: Lookup;
  today: string;
  out: DemoLearnerRows;
  takenNames: Set<string>;
}

function generatePerson(ctx: TenantContext, index: number, archetype: Archetype, isProtected: boolean): Person {
  const { input, profile, lookup, today, out } = ctx;
  const number = DEMO_LEARNER_FIRST + index;
  const rng = new Prng(`jobbrygga-demo|${input.code}|learner|${number}`);
  const demo = index === 0 && input.demoUserId ? DEMO_PERSON : null;
  const spec = ARCHETYPE_SPECS[archetype];
  const year = Number(today.slice(0, 4));

  const origin = ORIGINS[demo?.origin ?? rng.weighted(spec.origins, ([, w]) => w)[0]];
  const native = demo?.native ?? rng.weighted(origin.natives, ([, w]) => w)[0];
  let gender: Gender = demo?.gender ?? (rng.chance(spec.female) ? 'female' : 'male');
  if (!demo && archetype !== 'shortWomen') {
    const r = rng.float();
    if (r < 0.02) gender = 'unknown';
    else if (r < 0.03) gender = 'other';
  }
  const byGender = (b: Background) => (gender === 'female' ? b.weight[0] : gender === 'male' ? b.weight[1] : b.weight[0] + b.weight[1]);
  const background = demo ? BACKGROUNDS[archetype].find((b) => b.key === demo.background)! : rng.weighted(BACKGROUNDS[archetype], byGender);
  const age = demo?.age ?? rng.int(...spec.ages);
  const birthYear = year - age;

  // The establishment period: permit, programme start a few weeks later (ages 20–64, not under temporary protection), exit.
  const permitDaysAgo = demo?.permitDaysAgo ?? rng.int(20, 1300);
  const permit = addDays(today, -permitDaysAgo);
  const ageAtPermit = age - permitDaysAgo / 365;
  let programmeStart: string | null = null;
  if (!origin.temporaryProtection && ageAtPermit >= 20) {
    const start = addDays(permit, rng.int(21, 56));
    if (start <= today) programmeStart = start;
  }
  let exit: Person['exit'] = null;
  if (programmeStart && !demo) {
    const programmeEnd = addDays(addMonths(programmeStart, 24), -1);
    const early = rng.chance(0.08) && daysBetween(programmeStart, today) > 90;
    if (programmeEnd <= today || early) {
      const latest = minDate(programmeEnd, today);
      const date = early ? addDays(programmeStart, rng.int(60, daysBetween(programmeStart, latest))) : addDays(programmeEnd, -rng.int(0, 120));
      const reasons: [ExitReason, number][] = archetype === 'shortWomen'
        ? [['work', 20], ['studies', 15], ['parental_leave', 25], ['illness', 10], ['moved', 5], ['other', 25]]
        : archetype === 'academic'
          ? [['work', 45], ['studies', 30], ['parental_leave', 5], ['illness', 3], ['moved', 7], ['other', 10]]
          : [['work', 40], ['studies', 20], ['parental_leave', 8], ['illness', 5], ['moved', 7], ['other', 20]];
      const reason = rng.weighted(reasons, ([, w]) => w)[0];
      const statusWeights: Record<ExitReason, [Status90Days, number][]> = {
        work: [['work', 75], ['work_and_studies', 15], ['neither', 5], ['unknown', 5]],
        studies: [['studies', 70], ['work_and_studies', 15], ['neither', 10], ['unknown', 5]],
        parental_leave: [['neither', 70], ['unknown', 20], ['studies', 10]],
        illness: [['neither', 80], ['unknown', 20]],
        moved: [['unknown', 80], ['neither', 20]],
        other: [['neither', 40], ['work', 25], ['studies', 20], ['unknown', 15]],
      };
      // What the learner does 90 days after leaving is known only once 90 days have passed.
      const status = daysBetween(date, today) >= 90 ? rng.weighted(statusWeights[reason], ([, w]) => w)[0] : null;
      exit = { date, reason, status };
    }
  }

  // SFI, from a few weeks after the permit, on the study path the school chose.
  const path: SfiStudyPath = demo?.path ?? rng.weighted(spec.paths, ([, w]) => w)[0];
  const sfiStart = addDays(permit, origin.temporaryProtection ? rng.int(28, 120) : rng.int(21, 70));
  const sfi = sfiStart <= today ? sfiHistory(path, sfiStart, today, rng, exit?.reason === 'moved' ? exit.date : null) : [];

  // Registration by the municipality: at the programme start, or some weeks after the permit.
  const registered = minDate(addDays(programmeStart ?? addDays(permit, rng.int(14, 45)), rng.int(0, 14)), today);
  const roll = rng.float();
  const coachId = !input.coachId
    ? null
    : roll < profile.noCoachShare && !demo
      ? null
      : roll < profile.noCoachShare + profile.secondCoachShare && input.secondCoachId && !demo
        ? input.secondCoachId
        : input.coachId;
  // Some of the second coach's learners were registered by the first and handed over later.
  const handedOver = coachId !== null && coachId === input.secondCoachId && input.coachId !== null && rng.chance(0.3) && daysBetween(registered, today) > 30;
  const registrar = handedOver ? input.coachId : coachId ?? input.adminId;
  const registrarRole = registrar && registrar === input.adminId ? 'admin' : 'coach';

  const [firstName, lastName] = demo ? ['Amina', 'Hassan'] : pickName(origin, gender, rng, ctx.takenNames);
  const places = lookup.placesByTenant.get(input.code) ?? [];
  const place = demo
    ? places.find((p) => p.label === demo.homePlace) ?? null
    : places.length ? rng.weighted(places, (p) => profile.placeWeights[p.label] ?? 1.5) : null;

  const person: Person = {
    tenant: input.code, number, id: demoLearnerId(input.code, number), rng, k: 0, archetype, background, origin, native, gender, birthYear,
    permit, programmeStart, exit, path, sfi, coachId, registrar, registrarRole, registered, placeLabel: place?.label ?? null,
    preferred: [origin.preferred], protectedIdentity: isProtected, goal: null,
  };
  const createdAt = at(registered, rng);
  const mapped = minDate(addDays(registered, rng.int(0, 14)), today);
  // The mapping interview: the same day as the registration or some days later, never before it.
  const mappedAt = [createdAt, at(mapped, rng)].sort(byCodePoint)[1];
  const item = (verified: boolean) => ({
    verification: verified ? 'verified' : 'self_reported',
    entered_by: registrar,
    entered_by_role: registrarRole,
    verified_by: verified ? registrar : null,
    created_at: mappedAt,
    updated_at: mappedAt,
  });

  // ---- establishment
  out.learner_establishment.push({
    id: nextId(person), learner_id: person.id, ...item(rng.chance(0.9)),
    residence_permit_date: permit, programme_start: programmeStart, exit_date: exit?.date ?? null, exit_reason: exit?.reason ?? null, status_90_days: exit?.status ?? null,
    updated_at: at(exit ? maxDate(mapped, exit.date) : mapped, rng),
  });

  // ---- education: highest first; documents are often missing
  const eduVerified = archetype === 'academic' ? 0.5 : 0.2;
  background.edu.forEach((spec, i) => {
    const levels = spec.levels.filter((l) => lookup.sunLevels.has(l));
    if (levels.length === 0) return;
    const level = rng.pick(levels);
    out.learner_education.push({
      id: nextId(person), learner_id: person.id, ...item(rng.chance(eduVerified)),
      sun_level: level, sun_field: spec.field && lookup.sunFields.has(spec.field) ? spec.field : null, title: spec.title,
      country: i === 0 && archetype === 'academic' && origin.key === 'AF' && rng.chance(0.3) ? 'IR' : origin.country, years: rng.int(...spec.years),
    });
  });

  // ---- previous occupations
  const city = rng.pick(origin.cities);
  const skillIds = new Set<string>();
  const addExperience = (ssyk: string, names: string[] | undefined, years: number, title: string | null, country: string, preferredSkills: string[] | undefined, skillCount: number) => {
    if (!lookup.groups.has(ssyk)) return;
    const groupNames = lookup.namesBySsyk.get(ssyk) ?? [];
    const preferredNames = groupNames.filter((n) => names?.includes(n.name_sv));
    const name = preferredNames.length ? rng.pick(preferredNames) : groupNames.length ? rng.pick(groupNames) : null;
    out.learner_experience.push({
      id: nextId(person), learner_id: person.id, ...item(rng.chance(0.2)),
      ssyk_code: ssyk, occupation_name_id: name?.concept_id ?? null, esco_uri: null, title, years, country,
    });
    const groupSkills = lookup.skillsBySsyk.get(ssyk) ?? [];
    const preferred = groupSkills.filter((s) => preferredSkills?.includes(s.label_sv));
    const pool = preferred.length >= 2 ? preferred : groupSkills.filter((s) => !NOT_A_BROUGHT_SKILL.test(s.label_sv));
    for (const s of rng.sample(pool, skillCount)) skillIds.add(s.skill_concept_id);
  };
  if (background.ssyk) {
    const [min, max] = background.years ?? [2, 10];
    const years = Math.round((min + rng.float() * (max - min)) * 2) / 2;
    addExperience(background.ssyk, background.names, Math.min(years, Math.max(0.5, age - 17)), background.expTitle?.replace('{city}', city) ?? null, origin.country, background.skills, rng.int(2, 5));
  }
  // A second job for some: a simpler one on the way, in a transit country.
  if (archetype !== 'shortWomen' && archetype !== 'young' && rng.chance(0.3)) {
    const [extra, names] = rng.pick(TRANSIT_JOBS);
    if (extra !== background.ssyk) addExperience(extra, names, rng.int(1, 3), null, rng.pick(origin.transit), undefined, 1);
  }
  for (const skill of [...skillIds].sort(byCodePoint)) {
    out.learner_skill.push({ id: nextId(person), learner_id: person.id, ...item(rng.chance(0.15)), skill_id: skill });
  }

  // ---- languages: the mother tongue, others from the origin, English, Swedish from SFI
  const languages: [string, LanguageLevel, boolean][] = [[native, 'native', false]];
  for (const rule of origin.languages) {
    if (rule.label === native || (rule.ifNative && rule.ifNative !== native) || (rule.notIfNative && rule.notIfNative === native)) continue;
    if (rng.chance(rule.p)) languages.push([rule.label, rng.pick(rule.levels), false]);
  }
  let englishLevel: LanguageLevel | null = null;
  if (rng.chance(spec.english.p)) {
    englishLevel = rng.pick(spec.english.levels);
    languages.push(['Engelska', englishLevel, false]);
  }
  const swedish = swedishLevel(sfi, path, rng);
  if (swedish) languages.push(['Svenska', swedish, true]);
  for (const [label, level, verified] of languages) {
    const languageId = lookup.languageIds.get(label);
    if (!languageId) continue;
    out.learner_language.push({ id: nextId(person), learner_id: person.id, ...item(verified), language_id: languageId, level });
  }
  if (englishLevel && ['B2', 'C1', 'C2'].includes(englishLevel)) person.preferred.push('en');
  const level = sfiLevel(sfi);
  if (level.passedAll) person.preferred.push('sv');

  // ---- SFI courses: results come from the school
  for (const e of sfi) {
    out.learner_sfi_course.push({
      id: nextId(person), learner_id: person.id, ...item(true), course: e.course, start_date: e.start, end_date: e.end, result: e.result,
      updated_at: at(maxDate(mapped, e.end ?? e.start), rng),
    });
  }

  // ---- the learner
  const licences: string[] = [];
  const pB = gender === 'female' ? spec.licenceB[0] : gender === 'male' ? spec.licenceB[1] : (spec.licenceB[0] + spec.licenceB[1]) / 2;
  if (background.licences || rng.chance(pB)) licences.push('B');
  for (const l of background.licences ?? []) if (rng.chance(0.7)) licences.push(l);
  const rural = place?.label !== 'Norrtälje' && place?.label !== 'Sollentuna';
  const modes: TravelMode[] = [];
  if (licences.includes('B') && rng.chance(rural ? 0.9 : 0.6)) modes.push('car');
  if (rng.chance(0.85)) modes.push('public_transport');
  if (rng.chance(0.25)) modes.push('bicycle');
  if (!rural && rng.chance(0.35)) modes.push('walk');
  if (modes.length === 0) modes.push('public_transport');
  const goalFields = background.goals
    .flatMap((g) => GOALS[g]?.ssyk.slice(0, 1) ?? [])
    .map((code) => lookup.groups.get(code)?.field_concept_id)
    .filter((f): f is string => !!f);
  const ownField = background.ssyk ? lookup.groups.get(background.ssyk)?.field_concept_id : undefined;
  const interests = [...new Set([...(ownField && rng.chance(0.7) ? [ownField] : []), ...rng.sample(goalFields, rng.int(1, 2))])].sort(byCodePoint);
  const lessonTime: SfiLessonTime | null = level.passedAll || (exit && !level.continuing)
    ? 'none'
    : level.continuing
      ? rng.weighted(['morning', 'afternoon', 'evening', 'distance'] as const, (t) => ({ morning: 45, afternoon: 25, evening: 15, distance: 15 })[t])
      : null;
  const email = demo ? 'learner@norrtalje.example' : rng.chance(0.55) ? `${ascii(firstName)}.${ascii(lastName)}${rng.int(1, 99)}@epost.example` : null;
  out.learner.push({
    id: person.id,
    tenant_code: input.code,
    user_id: demo ? input.demoUserId : null,
    coach_id: coachId,
    first_name: firstName,
    last_name: lastName,
    email,
    phone: demo || rng.chance(0.6) ? phoneNumber(number) : null,
    preferred_languages: person.preferred,
    gender,
    birth_year: birthYear,
    protected_identity: isProtected,
    home_place_id: place?.id ?? null,
    sfi_study_path: sfi.length || !origin.temporaryProtection ? path : null,
    licences: licences.filter((l) => lookup.licences.has(l)),
    available_from: rng.chance(0.85) ? addDays(today, rng.chance(0.7) ? -rng.int(0, 120) : rng.int(1, 60)) : null,
    hours_per_week: rng.int(spec.hours[0] / 5, spec.hours[1] / 5) * 5,
    sfi_lesson_time: lessonTime,
    travel_minutes: rng.int(rural ? 6 : 3, rural ? 18 : 12) * 5,
    travel_modes: modes,
    interest_fields: interests,
    created_by: registrar,
    created_at: createdAt,
    updated_at: mappedAt,
  });

  // ---- coach history
  out.learner_coach_change.push({
    learner_id: person.id, from_coach_id: null, to_coach_id: handedOver ? input.coachId : coachId, changed_by: registrar, changed_at: createdAt, reason: 'created',
  });
  if (handedOver) {
    out.learner_coach_change.push({
      learner_id: person.id, from_coach_id: input.coachId, to_coach_id: coachId, changed_by: input.adminId ?? input.coachId,
      changed_at: at(addDays(registered, rng.int(14, daysBetween(registered, today))), rng), reason: 'Omfördelning av ärenden mellan coacherna',
    });
  }

  // ---- consent: asked at the mapping interview, in the learner's language
  if (!isProtected && rng.chance(0.9)) {
    out.learner_consent.push({
      learner_id: person.id, purpose: 'share_with_employers', given: true, text_version: CONSENT_TEXT_VERSION, language: person.preferred[0],
      recorded_by: registrar, recorded_by_role: registrarRole, recorded_at: mappedAt,
    });
  }
  if (email && rng.chance(0.6)) {
    out.learner_consent.push({
      learner_id: person.id, purpose: 'receive_email', given: true, text_version: CONSENT_TEXT_VERSION, language: person.preferred[0],
      recorded_by: registrar, recorded_by_role: registrarRole, recorded_at: mappedAt,
    });
  }
  return person;
}

// ---------------------------------------------------------------------------------------------
// The career plan
// ---------------------------------------------------------------------------------------------

interface StepDraft {
  kind: PlanStepKind;
  title: string;
  start: string | null;
  end: string | null;
  hours: number;
  /** How it ends once its end date has passed. */
  outcome: 'done' | 'cancelled';
  /** The day it was cancelled (a cancelled step). */
  cancelledOn?: string;
  /** Going on whatever the dates say (the SFI course going on today). */
  ongoing?: boolean;
}

function generatePlan(ctx: TenantContext, p: Person, kind: { stalled: boolean; reviewDue: boolean }): void {
  const { today, out, lookup } = ctx;
  const rng = new Prng(`jobbrygga-demo|${p.tenant}|plan|${p.number}`);
  const base = p.programmeStart ?? p.permit;
  const spec = ARCHETYPE_SPECS[p.archetype];
  const start = kind.reviewDue ? maxDate(base, addDays(today, -rng.int(340, 420))) : minDate(addDays(base, rng.int(14, 60)), today);
  // Stalled: nothing recorded since the freeze; otherwise the plan is followed up until today.
  const freeze = kind.stalled ? maxDate(start, addDays(today, -rng.int(50, 110))) : today;
  const goalKey = p.tenant === '0188' && p.number === DEMO_LEARNER_FIRST && ctx.input.demoUserId ? DEMO_PERSON.goal : rng.pick(p.background.goals);
  const goal = GOALS[goalKey];
  p.goal = goalKey;
  const place = p.placeLabel ?? 'Norrtälje';
  const goalSsyk = goal.ssyk.filter((code) => lookup.groups.has(code));
  const goalFields = [...new Set(goalSsyk.map((code) => lookup.groups.get(code)!.field_concept_id))];
  const owner = p.coachId ?? p.registrar;

  // Steps: the SFI courses during the plan (and the next ones), and the work track towards the goal.
  const steps: StepDraft[] = [];
  const sfiWeeks = p.path ? SFI_WEEKS[p.path] : SFI_WEEKS[2];
  let sfiFree = today;
  for (const e of p.sfi) {
    if ((e.end ?? today) < start) continue;
    // The course going on: its planned end lies ahead.
    const end = e.end ?? maxDate(addDays(e.start, rng.int(...sfiWeeks) * 7), addDays(today, rng.int(1, 4) * 7));
    sfiFree = maxDate(sfiFree, end);
    steps.push({
      kind: 'sfi', title: `SFI kurs ${e.course}${p.sfi.some((o) => o.course === e.course && o.start < e.start) ? ', ny start' : ''}`, start: e.start, end, hours: 15,
      outcome: e.result === 'dropped' ? 'cancelled' : 'done', cancelledOn: e.result === 'dropped' ? e.end ?? undefined : undefined, ongoing: e.result === 'continuing',
    });
  }
  // The next courses of the study path (or a new start after a failed or dropped one).
  const level = sfiLevel(p.sfi);
  if (p.path && !level.passedAll) {
    const courses = SFI_PATH_COURSES[p.path];
    const last = p.sfi.at(-1);
    let next = level.course ? courses.indexOf(level.course) + 1 : 0;
    const again = !!last && (last.result === 'F' || last.result === 'dropped');
    if (again) next = courses.indexOf(last.course);
    let t = addDays(sfiFree, rng.int(1, 3) * 7);
    for (let n = 0; n < 2 && next < courses.length; n++, next++) {
      const end = addDays(t, rng.int(...sfiWeeks) * 7);
      steps.push({ kind: 'sfi', title: `SFI kurs ${courses[next]}${again && n === 0 ? ', ny start' : ''}`, start: t, end, hours: 15, outcome: 'done' });
      t = addDays(end, 7);
    }
  }
  let t = addDays(start, rng.int(...spec.trackOffset) * 7);
  for (const s of goal.steps) {
    const hours = rng.int(s.hours[0], s.hours[1]);
    const title = s.title.replace('{place}', place);
    if (!s.weeks) {
      // The job: starts after the track, never already (a learner at work leaves the programme).
      const jobStart = t > today ? t : addDays(today, rng.int(2, 12) * 7);
      steps.push({ kind: s.kind, title, start: jobStart, end: null, hours, outcome: 'done' });
      break;
    }
    const end = addDays(t, rng.int(...s.weeks) * 7);
    const cancelled = end <= freeze && rng.chance(0.08);
    steps.push({ kind: s.kind, title, start: t, end, hours, outcome: cancelled ? 'cancelled' : 'done', cancelledOn: cancelled ? addDays(t, rng.int(7, Math.max(7, daysBetween(t, end)))) : undefined });
    t = addDays(end, rng.int(0, 2) * 7 + 1);
  }
  steps.sort((a, b) => byCodePoint(a.start ?? '9999', b.start ?? '9999') || (a.kind === 'sfi' ? -1 : 0) - (b.kind === 'sfi' ? -1 : 0));

  steps.forEach((s, position) => {
    let status: PlanStepStatus;
    let changed: string;
    if (s.ongoing && (s.start ?? start) <= freeze) {
      status = 'ongoing';
      changed = maxDate(s.start ?? start, start);
    } else if (!s.start || s.start > freeze) {
      status = 'planned';
      changed = start;
    } else if (s.outcome === 'cancelled' && s.cancelledOn && s.cancelledOn <= freeze) {
      status = 'cancelled';
      changed = maxDate(s.cancelledOn, start);
    } else if (s.end && s.end <= freeze) {
      status = s.outcome === 'cancelled' ? 'cancelled' : 'done';
      changed = maxDate(s.end, start);
    } else {
      status = 'ongoing';
      changed = maxDate(s.start, start);
    }
    out.plan_step.push({
      id: nextId(p), learner_id: p.id, position, kind: s.kind, title: s.title, start_date: s.start, end_date: s.end, hours_per_week: s.hours,
      status, placement_id: null, status_changed_on: minDate(changed, freeze), created_by: owner,
    });
  });

  // Follow-ups every two to five weeks; a stalled plan has none since the freeze.
  const dates: string[] = [];
  for (let d = addDays(start, rng.int(7, 21)); d <= freeze; d = addDays(d, rng.int(14, 35))) dates.push(d);
  if (!kind.stalled && daysBetween(start, today) > 35 && (dates.length === 0 || daysBetween(dates.at(-1)!, today) > 35)) {
    dates.push(addDays(today, -rng.int(0, 30)));
  }
  const careOfChildren = p.archetype === 'shortWomen';
  const recent: string[] = [];
  const note = (d: string) => {
    const going = steps.filter((s) => s.start && s.start <= d && (!s.end || d <= s.end) && !(s.cancelledOn && s.cancelledOn < d));
    const contexts = new Set(going.map((s) => NOTE_CONTEXT[s.kind]).filter((c) => !!c));
    const pool = [
      ...FOLLOW_UP_NOTES.general,
      ...(careOfChildren ? FOLLOW_UP_NOTES.care : []),
      ...[...contexts].flatMap((c) => FOLLOW_UP_NOTES[c as 'sfi' | 'work' | 'validation']),
      // What is going on now is likelier to come up.
      ...[...contexts].flatMap((c) => FOLLOW_UP_NOTES[c as 'sfi' | 'work' | 'validation']),
    ].filter((n) => !recent.includes(n));
    const picked = rng.pick(pool);
    recent.push(picked);
    if (recent.length > 3) recent.shift();
    return picked;
  };
  for (const d of dates) {
    const absent = rng.chance(careOfChildren ? 0.2 : 0.12);
    const reason: AbsenceReason | null = absent
      ? rng.weighted(['illness', 'child_care', 'appointment', 'no_reason', 'other'] as const, (r) => ({ illness: 30, child_care: careOfChildren ? 35 : 10, appointment: 20, no_reason: 10, other: 10 })[r])
      : null;
    const progress = (weights: [ProgressLevel, number][]) => (absent || rng.chance(0.15) ? null : rng.weighted(weights, ([, w]) => w)[0]);
    out.follow_up.push({
      id: nextId(p), learner_id: p.id, held_on: d, attendance: absent ? 'absent' : 'attended', absence_reason: reason,
      notes: reason ? FOLLOW_UP_NOTES.absent[reason] : note(d),
      progress_language: progress([['better', 50], ['same', 45], ['worse', 5]]),
      progress_work: progress([['better', 30], ['same', 65], ['worse', 5]]),
      progress_housing: progress([['better', 15], ['same', 75], ['worse', 10]]),
      created_by: owner, created_at: at(d, rng),
    });
  }

  // The joint review after twelve months: held (unless it is one of the few that are due).
  const dueFrom = addDays(addMonths(start, 12), -30);
  const reviewHeldOn = !kind.reviewDue && dueFrom <= today ? maxDate(start, minDate(addDays(addMonths(start, 12), rng.int(-21, 14)), addDays(today, -rng.int(0, 5)))) : null;
  out.career_plan.push({
    learner_id: p.id, goal_ssyk: goalSsyk, goal_fields: goalFields, goal_text: goal.text, start_date: start,
    planned_hours: careOfChildren && rng.chance(0.3) ? 30 : 40, review_held_on: reviewHeldOn, review_notes: reviewHeldOn ? rng.pick(REVIEW_NOTES) : null,
    updated_by: owner, updated_at: at(dates.filter((d) => d <= freeze).at(-1) ?? start, rng),
  });
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

const emptyRows = (): DemoLearnerRows => ({
  learner: [], learner_establishment: [], learner_education: [], learner_experience: [], learner_skill: [], learner_language: [],
  learner_sfi_course: [], career_plan: [], plan_step: [], follow_up: [], learner_consent: [], learner_coach_change: [],
});

/**
 * The demo learners of every tenant that has a profile, from plain reference rows. Pure and
 * deterministic: the same input and `today` give the same rows.
 */
export function generateDemoLearners(input: DemoLearnerInput, today: string): DemoLearnerRows {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new Error(`demo learners: bad date "${today}"`);
  const lookup = buildLookup(input.reference);
  const out = emptyRows();
  // Names of the demo accounts are not given to generated learners (they would look linked).
  const reserved = DEMO_TENANTS.flatMap((t) => t.people.map((p) => p.name));

  for (const tenant of [...input.tenants].sort((a, b) => byCodePoint(a.code, b.code))) {
    const profile = TENANT_PROFILES[tenant.code];
    if (!profile) continue;
    const ctx: TenantContext = { input: tenant, profile, lookup, today, out, takenNames: new Set(reserved) };
    const rng = new Prng(`jobbrygga-demo|${tenant.code}|learners`);

    // The mix of archetypes, shuffled; the demo newcomer first.
    const total = ARCHETYPES.reduce((sum, a) => sum + ARCHETYPE_SPECS[a].weight, 0);
    const deck: Archetype[] = [];
    for (const a of ARCHETYPES) for (let i = 0; i < Math.round((profile.count * ARCHETYPE_SPECS[a].weight) / total); i++) deck.push(a);
    while (deck.length < profile.count) deck.push('skilled');
    const shuffled = rng.shuffle(deck).slice(0, profile.count);
    if (tenant.demoUserId) {
      const at0 = shuffled.indexOf(DEMO_PERSON.archetype);
      if (at0 > 0) [shuffled[0], shuffled[at0]] = [shuffled[at0], shuffled[0]];
      else if (at0 < 0) shuffled[0] = DEMO_PERSON.archetype;
    }
    const protectedIdx = new Set(rng.sample(Array.from({ length: profile.count - 1 }, (_, i) => i + 1), profile.protectedIdentity));

    const people = shuffled.map((archetype, i) => generatePerson(ctx, i, archetype, protectedIdx.has(i)));

    // Career plans: the demo newcomer, a few with the 12-month review due, a few stalled, the rest at random.
    const eligible = people.filter((p) => !p.exit && p.coachId && daysBetween(p.programmeStart ?? p.permit, today) >= 21);
    const chosen = new Map<Person, { stalled: boolean; reviewDue: boolean }>();
    if (tenant.demoUserId && eligible.includes(people[0])) chosen.set(people[0], { stalled: false, reviewDue: false });
    const base = (p: Person) => daysBetween(p.programmeStart ?? p.permit, today);
    for (const p of rng.sample(eligible.filter((p) => !chosen.has(p) && base(p) >= 430), profile.reviewDue)) chosen.set(p, { stalled: false, reviewDue: true });
    for (const p of rng.sample(eligible.filter((p) => !chosen.has(p) && base(p) >= 180 && base(p) <= 300), profile.stalled)) chosen.set(p, { stalled: true, reviewDue: false });
    for (const p of rng.sample(eligible.filter((p) => !chosen.has(p)), Math.max(0, profile.plans - chosen.size))) chosen.set(p, { stalled: false, reviewDue: false });
    for (const p of people) if (chosen.has(p)) generatePlan(ctx, p, chosen.get(p)!);

    // A few withdrew their consent to share later (effective at once; the history stays).
    const own = new Set(people.map((p) => p.id));
    const sharers = out.learner_consent.filter((c) => c.purpose === 'share_with_employers' && c.given && own.has(String(c.learner_id)) && c.learner_id !== DEMO_LEARNER_ID);
    for (const c of rng.sample(sharers, profile.withdrawals)) {
      const given = String(c.recorded_at).slice(0, 10);
      const days = daysBetween(given, today);
      if (days < 2) continue;
      out.learner_consent.push({ ...c, given: false, recorded_at: at(addDays(given, rng.int(1, days)), rng) });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The database side
// ---------------------------------------------------------------------------------------------

type Log = (msg: string, fields?: Record<string, unknown>) => void;

/** Column types of each table, in insert order (parents first). Timestamps named here are capped at now(). */
interface TableSpec {
  table: keyof DemoLearnerRows;
  columns: Record<string, string>;
  capped: string[];
}
const TABLES: TableSpec[] = ((): TableSpec[] => {
  const item: Record<string, string> = { id: 'uuid', learner_id: 'uuid', verification: 'text', entered_by: 'uuid', entered_by_role: 'text', verified_by: 'uuid', created_at: 'timestamptz', updated_at: 'timestamptz' };
  const itemCapped = ['created_at', 'updated_at'];
  return [
    {
      table: 'learner',
      columns: {
        id: 'uuid', tenant_code: 'text', user_id: 'uuid', coach_id: 'uuid', first_name: 'text', last_name: 'text', email: 'text', phone: 'text',
        preferred_languages: 'text[]', gender: 'text', birth_year: 'smallint', protected_identity: 'boolean', home_place_id: 'text', sfi_study_path: 'smallint',
        licences: 'text[]', available_from: 'date', hours_per_week: 'smallint', sfi_lesson_time: 'text', travel_minutes: 'smallint', travel_modes: 'text[]',
        interest_fields: 'text[]', created_by: 'uuid', created_at: 'timestamptz', updated_at: 'timestamptz',
      },
      capped: ['created_at', 'updated_at'],
    },
    { table: 'learner_establishment', columns: { ...item, residence_permit_date: 'date', programme_start: 'date', exit_date: 'date', exit_reason: 'text', status_90_days: 'text' }, capped: itemCapped },
    { table: 'learner_education', columns: { ...item, sun_level: 'text', sun_field: 'text', title: 'text', country: 'text', years: 'smallint' }, capped: itemCapped },
    { table: 'learner_experience', columns: { ...item, ssyk_code: 'text', occupation_name_id: 'text', esco_uri: 'text', title: 'text', years: 'numeric', country: 'text' }, capped: itemCapped },
    { table: 'learner_skill', columns: { ...item, skill_id: 'text' }, capped: itemCapped },
    { table: 'learner_language', columns: { ...item, language_id: 'text', level: 'text' }, capped: itemCapped },
    { table: 'learner_sfi_course', columns: { ...item, course: 'text', start_date: 'date', end_date: 'date', result: 'text' }, capped: itemCapped },
    {
      table: 'career_plan',
      columns: {
        learner_id: 'uuid', goal_ssyk: 'text[]', goal_fields: 'text[]', goal_text: 'text', start_date: 'date', planned_hours: 'smallint', review_held_on: 'date',
        review_notes: 'text', updated_by: 'uuid', updated_at: 'timestamptz',
      },
      capped: ['updated_at'],
    },
    {
      table: 'plan_step',
      columns: {
        id: 'uuid', learner_id: 'uuid', position: 'smallint', kind: 'text', title: 'text', start_date: 'date', end_date: 'date', hours_per_week: 'smallint',
        status: 'text', placement_id: 'uuid', status_changed_on: 'date', created_by: 'uuid',
      },
      capped: [],
    },
    {
      table: 'follow_up',
      columns: {
        id: 'uuid', learner_id: 'uuid', held_on: 'date', attendance: 'text', absence_reason: 'text', notes: 'text', progress_language: 'text', progress_work: 'text',
        progress_housing: 'text', created_by: 'uuid', created_at: 'timestamptz',
      },
      capped: ['created_at'],
    },
    {
      table: 'learner_consent',
      columns: { learner_id: 'uuid', purpose: 'text', given: 'boolean', text_version: 'text', language: 'text', recorded_by: 'uuid', recorded_by_role: 'text', recorded_at: 'timestamptz' },
      capped: ['recorded_at'],
    },
    {
      table: 'learner_coach_change',
      columns: { learner_id: 'uuid', from_coach_id: 'uuid', to_coach_id: 'uuid', changed_by: 'uuid', changed_at: 'timestamptz', reason: 'text' },
      capped: ['changed_at'],
    },
  ];
})();

/** One statement per table: the rows go as one JSON parameter. Returns how many rows were written. */
async function insertRows(m: EntityManager, table: TableSpec, rows: Row[]): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(table.columns);
  const values = columns.map((c) => (table.capped.includes(c) ? `LEAST(r.${c}, now())` : `r.${c}`));
  // Consent and coach-change ids are serials, so the order of the rows is the order of the ids.
  const order = table.table === 'learner_consent' ? 'ORDER BY r.recorded_at' : table.table === 'learner_coach_change' ? 'ORDER BY r.changed_at' : '';
  const written = await m.query(
    `INSERT INTO ${table.table} (${columns.join(', ')})
     SELECT ${values.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${columns.map((c) => `${c} ${table.columns[c]}`).join(', ')}) ${order}
     ON CONFLICT DO NOTHING RETURNING 1`,
    [JSON.stringify(rows)],
  );
  return written.length;
}

async function readReference(m: EntityManager, tenantCodes: string[]): Promise<LearnerReference> {
  const codes = [
    ...new Set([
      ...Object.values(BACKGROUNDS).flatMap((list) => list.map((b) => b.ssyk).filter((c): c is string => !!c)),
      ...Object.values(GOALS).flatMap((g) => g.ssyk),
      ...TRANSIT_JOBS.map(([code]) => code),
    ]),
  ];
  // One after another: a transaction has one connection.
  const places = await m.query(`SELECT id, label, municipality_code FROM ref_place WHERE municipality_code = ANY($1::text[])`, [tenantCodes]);
  const ssykGroups = await m.query(`SELECT code, name_sv, field_concept_id FROM ref_ssyk_group WHERE code = ANY($1::text[])`, [codes]);
  const occupationNames = await m.query(`SELECT concept_id, name_sv, ssyk_code FROM ref_occupation_name WHERE ssyk_code = ANY($1::text[])`, [codes]);
  const ssykSkills = await m.query(
    `SELECT ss.ssyk_code, ss.skill_concept_id, s.label_sv FROM ref_ssyk_skill ss JOIN ref_skill s ON s.concept_id = ss.skill_concept_id WHERE ss.ssyk_code = ANY($1::text[])`,
    [codes],
  );
  const labels = [...new Set([...Object.values(ORIGINS).flatMap((o) => [...o.natives.map(([l]) => l), ...o.languages.map((l) => l.label)]), 'Engelska', 'Svenska'])];
  const languages = await m.query(`SELECT concept_id, label_sv FROM ref_language WHERE label_sv = ANY($1::text[])`, [labels]);
  const sunLevels = await m.query(`SELECT code FROM ref_sun_level`);
  const sunFields = await m.query(`SELECT code FROM ref_sun_field`);
  const drivingLicences = await m.query(`SELECT label FROM ref_driving_licence`);
  return { places, ssykGroups, occupationNames, ssykSkills, languages, sunLevels, sunFields, drivingLicences };
}

/** The demo tenants that exist, with the demo coaches, admin and newcomer account where they still exist. */
async function readTenants(m: EntityManager): Promise<LearnerTenantInput[]> {
  const out: LearnerTenantInput[] = [];
  for (const code of Object.keys(TENANT_PROFILES).sort(byCodePoint)) {
    const [tenant] = await m.query(`SELECT 1 FROM tenant WHERE code = $1`, [code]);
    if (!tenant) continue;
    const demo = DEMO_TENANTS.find((t) => t.code === code);
    const active = async (role: string, wanted: string[]) => {
      const rows: { id: string }[] = await m.query(`SELECT id FROM app_user WHERE tenant_code = $1 AND role = $2 AND active ORDER BY id`, [code, role]);
      const ids = rows.map((r) => r.id);
      return [...wanted.filter((id) => ids.includes(id)), ...ids.filter((id) => !wanted.includes(id))];
    };
    const coaches = await active('coach', demo?.people.filter((p) => p.role === 'coach').map((p) => p.id) ?? []);
    const admins = await active('admin', demo?.people.filter((p) => p.role === 'admin').map((p) => p.id) ?? []);
    let demoUserId: string | null = null;
    const newcomer = demo?.people.find((p) => p.role === 'newcomer' && p.local === 'learner');
    if (code === DEMO_LEARNERS.norrtalje.code && newcomer) {
      // Only a newcomer account that no profile has taken yet.
      const [free] = await m.query(
        `SELECT u.id FROM app_user u WHERE u.id = $1 AND u.role = 'newcomer' AND u.tenant_code = $2 AND NOT EXISTS (SELECT 1 FROM learner l WHERE l.user_id = u.id)`,
        [newcomer.id, code],
      );
      demoUserId = free?.id ?? null;
    }
    out.push({ code, coachId: coaches[0] ?? null, secondCoachId: coaches[1] ?? null, adminId: admins[0] ?? null, demoUserId });
  }
  return out;
}

/**
 * Loads the Step-3 demo learners (see the top of this file). Needs the reference data and the
 * Step-1 demo tenants and users. `today` (YYYY-MM-DD) anchors every date.
 */
export async function seedDemoLearners(ds: DataSource, today: string, log: Log): Promise<void> {
  const started = Date.now();
  await ds.transaction(async (m) => {
    const pending: LearnerTenantInput[] = [];
    for (const tenant of await readTenants(m)) {
      const profile = TENANT_PROFILES[tenant.code];
      const ids = Array.from({ length: profile.count }, (_, i) => demoLearnerId(tenant.code, DEMO_LEARNER_FIRST + i));
      const [seeded] = await m.query(`SELECT 1 FROM learner WHERE id = ANY($1::uuid[]) LIMIT 1`, [ids]);
      if (seeded) log('demo learners already loaded', { tenant: tenant.code });
      else pending.push(tenant);
    }
    if (pending.length === 0) return;
    const reference = await readReference(m, pending.map((t) => t.code));
    const rows = generateDemoLearners({ reference, tenants: pending }, today);
    const counts: Record<string, number> = {};
    for (const table of TABLES) counts[table.table] = await insertRows(m, table, rows[table.table]);
    log('demo learners loaded', { tenants: pending.map((t) => t.code), ...counts });
  });
  log('demo learners ready', { ms: Date.now() - started });
}
