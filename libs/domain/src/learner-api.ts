/**
 * What the learner endpoints answer (/api/learners/...). Shared by the API and the web app.
 * Dates are ISO `YYYY-MM-DD`, times ISO 8601 with zone.
 */
import type {
  AbsenceReason, Attendance, ConsentPurpose, ErasureStatus, ExitReason, Gender, LanguageLevel, PlanStepKind, PlanStepStatus,
  ProgressLevel, SfiLessonTime, SfiResult, SfiStudyPath, Status90Days, TravelMode, Verification,
} from './learners';
import type { SfiCourse } from './placements';
import type { Role } from './roles';

/** Who entered an item and whether it is verified: every item of the profile shows this. */
export interface ItemProvenance {
  id: string;
  verification: Verification;
  enteredByName: string | null;
  enteredByRole: Role;
  verifiedByName: string | null;
  updatedAt: string;
}

export interface EstablishmentEntry extends ItemProvenance {
  residencePermitDate: string | null;
  programmeStart: string | null;
  exitDate: string | null;
  exitReason: ExitReason | null;
  status90Days: Status90Days | null;
}
export interface EducationEntry extends ItemProvenance {
  sunLevel: string;
  sunLevelLabel: string | null;
  sunField: string | null;
  sunFieldLabel: string | null;
  title: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  years: number | null;
}
export interface ExperienceEntry extends ItemProvenance {
  ssykCode: string | null;
  ssykLabel: string | null;
  occupationNameId: string | null;
  occupationLabel: string | null;
  escoUri: string | null;
  escoLabelEn: string | null;
  title: string | null;
  years: number | null;
  country: string | null;
}
export interface SkillEntry extends ItemProvenance {
  skillId: string;
  label: string;
}
export interface LanguageEntry extends ItemProvenance {
  languageId: string;
  label: string;
  level: LanguageLevel;
}
export interface SfiCourseItem extends ItemProvenance {
  course: SfiCourse;
  startDate: string;
  endDate: string | null;
  result: SfiResult;
}

/** The sections of the profile that hold lists of items (each with its own endpoints). */
export const PROFILE_SECTIONS = ['establishment', 'education', 'experience', 'skills', 'languages', 'sfi-courses'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

export interface ConsentState {
  purpose: ConsentPurpose;
  given: boolean;
  /** When it was last given or withdrawn; null if never asked. */
  recordedAt: string | null;
  textVersion: string | null;
  language: string | null;
  recordedByRole: Role | null;
}

/** GET /api/learners/:id — the whole competence mapping. */
export interface LearnerProfile {
  id: string;
  firstName: string;
  lastName: string;
  /** Hidden (null) for everyone but the responsible coach and the learner when the identity is protected. */
  email: string | null;
  phone: string | null;
  preferredLanguages: string[];
  gender: Gender;
  birthYear: number;
  protectedIdentity: boolean;
  /** True when contact and home place are hidden from the caller because of protected identity. */
  hidden: boolean;
  homePlaceId: string | null;
  homePlaceLabel: string | null;
  coach: { id: string; name: string } | null;
  hasAccount: boolean;
  sfiStudyPath: SfiStudyPath | null;
  /** The highest SFI course passed or going on (what placement minimums compare with). */
  currentSfiCourse: SfiCourse | null;
  licences: string[];
  availableFrom: string | null;
  hoursPerWeek: number | null;
  sfiLessonTime: SfiLessonTime | null;
  travelMinutes: number | null;
  travelModes: TravelMode[];
  interestFields: { id: string; label: string }[];
  establishment: EstablishmentEntry[];
  education: EducationEntry[];
  experience: ExperienceEntry[];
  skills: SkillEntry[];
  languages: LanguageEntry[];
  sfiCourses: SfiCourseItem[];
  consents: ConsentState[];
  createdAt: string;
  updatedAt: string;
}

/** A row of the caseload (GET /api/learners): the minimum to plan the day, no contact details. */
export interface CaseloadRow {
  id: string;
  firstName: string;
  lastName: string;
  coachId: string | null;
  coachName: string | null;
  protectedIdentity: boolean;
  currentSfiCourse: SfiCourse | null;
  hasPlan: boolean;
  nextStep: { title: string; kind: PlanStepKind; startDate: string | null } | null;
  lastFollowUp: string | null;
  stalled: boolean;
  reviewDue: boolean;
  sharesWithEmployers: boolean;
}

export interface PlanStep {
  id: string;
  position: number;
  kind: PlanStepKind;
  title: string;
  startDate: string | null;
  endDate: string | null;
  hoursPerWeek: number | null;
  status: PlanStepStatus;
  placementId: string | null;
  statusChangedOn: string;
}
export interface FollowUp {
  id: string;
  heldOn: string;
  attendance: Attendance;
  absenceReason: AbsenceReason | null;
  notes: string | null;
  progress: { language: ProgressLevel | null; work: ProgressLevel | null; housing: ProgressLevel | null };
  createdByName: string | null;
}
/** GET /api/learners/:id/plan. `exists` false: no plan yet (the rest empty). */
export interface CareerPlan {
  exists: boolean;
  goalSsyk: { code: string; label: string }[];
  goalFields: { id: string; label: string }[];
  goalText: string | null;
  startDate: string | null;
  plannedHours: number;
  /** Hours per week of the steps going on now (compare with plannedHours, target about 40). */
  scheduledHours: number;
  /** The next follow-up meeting the coach booked, if any. */
  nextFollowUpOn: string | null;
  reviewDueOn: string | null;
  reviewDue: boolean;
  reviewHeldOn: string | null;
  reviewNotes: string | null;
  stalled: boolean;
  steps: PlanStep[];
  followUps: FollowUp[];
}

/** GET /api/learners/:id/privacy/export: everything about the learner. */
export interface LearnerExport {
  exportedAt: string;
  profile: LearnerProfile;
  plan: CareerPlan;
  consents: { textVersion: string; states: ConsentState[]; history: (ConsentState & { recordedByName: string | null })[] };
  profileReads: ProfileReadEntry[];
  coachHistory: { at: string; fromName: string | null; toName: string | null; reason: string | null }[];
  erasureRequests: { requestedAt: string; status: ErasureStatus; decidedAt: string | null; decisionReason: string | null }[];
}

/** A row of "who read this profile". */
export interface ProfileReadEntry {
  at: string;
  actorName: string | null;
  actorRole: Role | null;
  action: string;
  reason: string | null;
}

export interface ErasureRequestRow {
  id: string;
  learnerId: string | null;
  learnerName: string | null;
  requestedAt: string;
  requestedByRole: Role;
  requestText: string | null;
  status: ErasureStatus;
  decidedAt: string | null;
  decisionReason: string | null;
}

/** Anonymous counts for the board (Step 5 builds reports on the same rows). */
export interface LearnerStatistics {
  total: number;
  byGender: Record<Gender, number>;
  byAgeBand: Record<string, number>;
  exits: Record<ExitReason, number>;
  status90Days: Record<Status90Days, number>;
  sfiPassed: number;
}
