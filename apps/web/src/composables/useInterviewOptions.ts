import {
  GENDERS, LANGUAGE_LEVELS, SFI_COURSES, SFI_LESSON_TIMES, SFI_RESULTS, SFI_STUDY_PATHS, TRAVEL_MODES,
  type EducationEntry, type EstablishmentEntry, type ExperienceEntry, type ItemProvenance, type LanguageEntry, type LearnerProfile, type ProfileSection, type SfiCourseItem, type SfiStudyPath, type SkillEntry,
} from '@jobbrygga/domain';
import type { Concept, DrivingLicence, OccupationField } from '../api/reference';
import type { BiOption, ShownItem } from '../components/interview/types';
import sv from '../locales/interview-languages/sv.json';
import { hasText, interviewText, withDates, type Params, type TextLanguage } from './useInterviewTexts';

/**
 * The answers of the interview as options to choose from, and the saved answers as texts to
 * show, both through the interview-language files. A code the files do not know (a finer SUN
 * level, a rare language) is shown with the API's Swedish label instead.
 */

/** A text to show: a key of the interview-language files, or a fixed name (Swedish unless told). */
export type Phrase = { k: string; params?: Params; /** Calendar days (YYYY-MM-DD) written the way each language writes them. */ dates?: Record<string, string> } | { text: string; lang?: string };

/** Preferred languages a learner may choose (the interface languages and the interview languages). */
export const PREFERRED_LANGUAGE_CODES = ['sv', 'en', 'ar', 'prs', 'ti', 'so', 'uk'] as const;
/** Level-1 SUN codes: the plain answers to "what education do you have?". */
export const SUN_LEVEL_CODES = ['0', '1', '2', '3', '4', '5', '6'] as const;
export const SUN_FIELD_CODES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export const COUNTRY_CODES = Object.keys(sv.o.country);
/** The languages newcomers speak most often, with names in every interview language. */
export const COMMON_LANGUAGE_IDS = Object.keys(sv.o.language);
export const TRAVEL_MINUTES = [15, 30, 45, 60, 90, 120] as const;
/** The answer "another country / another language": not a code the API knows. */
export const OTHER = 'other';
/** A country answer as the API takes it: an ISO code, or null for "another country" and no answer. */
export const countryOrNull = (value: string): string | null => (value === '' || value === OTHER ? null : value);

const coded = <V extends string>(group: string, values: readonly V[]): BiOption<V>[] => values.map((value) => ({ value, k: `o.${group}.${value}` }));

export const options = {
  preferredLanguages: coded('preferredLanguage', PREFERRED_LANGUAGE_CODES),
  gender: coded('gender', GENDERS),
  sunLevel: coded('sunLevel', SUN_LEVEL_CODES),
  sunField: coded('sunField', SUN_FIELD_CODES),
  country: [...coded('country', COUNTRY_CODES), { value: OTHER, k: 'o.otherCountry' }] as BiOption<string>[],
  // Mother tongue first: it is the first thing to ask about.
  languageLevel: coded('languageLevel', ['native', ...LANGUAGE_LEVELS.filter((level) => level !== 'native')] as const),
  studyPath: coded('studyPath', SFI_STUDY_PATHS.map((path) => String(path) as `${SfiStudyPath}`)),
  sfiCourse: coded('sfiCourse', SFI_COURSES),
  sfiResult: coded('sfiResult', SFI_RESULTS),
  lessonTime: coded('lessonTime', SFI_LESSON_TIMES),
  travelMode: coded('travelMode', TRAVEL_MODES),
  travelMinutes: TRAVEL_MINUTES.map((n) => ({ value: String(n), k: 'o.minutes', params: { n } })),
  commonLanguages: [...COMMON_LANGUAGE_IDS.map((id) => ({ value: id, k: `o.language.${id}` })), { value: OTHER, k: 'o.otherLanguage' }] as BiOption<string>[],
};

/** Reference concepts as options: translated when the files know the id, else the Swedish name. */
export function fieldOptions(fields: readonly OccupationField[]): BiOption<string>[] {
  return fields.map((field) => (hasText(`o.field.${field.conceptId}`) ? { value: field.conceptId, k: `o.field.${field.conceptId}` } : { value: field.conceptId, text: field.labelSv }));
}

/** Driving licence classes in the usual order (B first), each with what it lets you drive. */
export function licenceOptions(licences: readonly DrivingLicence[]): BiOption<string>[] {
  const order = Object.keys(sv.o.licence);
  const rank = (label: string) => (label === 'B' ? -1 : order.indexOf(label) === -1 ? order.length : order.indexOf(label));
  return [...licences]
    .sort((a, b) => rank(a.label) - rank(b.label))
    .map((licence) => (hasText(`o.licence.${licence.label}`) ? { value: licence.label, k: `o.licence.${licence.label}` } : { value: licence.label, text: licence.label }));
}

/** Languages not among the common ones, by their Swedish names. */
export function otherLanguages(all: readonly Concept[]): Concept[] {
  return all.filter((language) => !COMMON_LANGUAGE_IDS.includes(language.conceptId));
}

// ---- saved answers as texts

const code = (key: string, fallback: string | null | undefined, raw: string): Phrase => (hasText(key) ? { k: key } : { text: fallback ?? raw });
const years = (n: number | null): Phrase[] => (n === null ? [] : [{ k: 'o.years', params: { n } }]);
const country = (value: string | null): Phrase[] => (value ? [code(`o.country.${value}`, null, value)] : []);

export function educationPhrases(item: EducationEntry): Phrase[] {
  const level = item.sunLevel.length === 1 ? code(`o.sunLevel.${item.sunLevel}`, item.sunLevelLabel, item.sunLevel) : { text: item.sunLevelLabel ?? item.sunLevel };
  const field: Phrase[] = item.sunField
    ? [item.sunField.length === 1 ? code(`o.sunField.${item.sunField}`, item.sunFieldLabel, item.sunField) : { text: item.sunFieldLabel ?? item.sunField }]
    : [];
  return [level, ...field, ...(item.title ? [{ text: item.title }] : []), ...country(item.country), ...years(item.years)];
}

export function experiencePhrases(item: ExperienceEntry): Phrase[] {
  const name = item.occupationLabel ?? item.ssykLabel ?? item.title;
  const occupation: Phrase[] = name ? [{ text: name }] : item.escoLabelEn ? [{ text: item.escoLabelEn, lang: 'en' }] : [];
  return [...occupation, ...country(item.country), ...years(item.years)];
}

export function skillPhrases(item: SkillEntry): Phrase[] {
  return [{ text: item.label }];
}

export function languagePhrases(item: LanguageEntry): Phrase[] {
  return [code(`o.language.${item.languageId}`, item.label, item.languageId), { k: `o.languageLevel.${item.level}` }];
}

export function sfiCoursePhrases(item: SfiCourseItem): Phrase[] {
  const when: Phrase = item.endDate ? { k: 'o.period', dates: { from: item.startDate, to: item.endDate } } : { k: 'o.since', dates: { from: item.startDate } };
  return [{ k: `o.sfiCourse.${item.course}` }, when, { k: `o.sfiResult.${item.result}` }];
}

export function establishmentPhrases(item: EstablishmentEntry): Phrase[] {
  return [
    ...(item.residencePermitDate ? [{ k: 's.permitOn', dates: { date: item.residencePermitDate } }] : []),
    ...(item.programmeStart ? [{ k: 's.programmeFrom', dates: { date: item.programmeStart } }] : []),
  ];
}

/** Who entered an item and whether it was checked, as texts in the page's languages. */
export function provenancePhrases(item: ItemProvenance): Phrase[] {
  const entered: Phrase =
    item.enteredByRole === 'newcomer' ? { k: 's.enteredByYou' } : item.enteredByName ? { k: 's.enteredBy', params: { name: item.enteredByName } } : { k: `o.role.${item.enteredByRole}` };
  const checked: Phrase = item.verification === 'verified' ? (item.verifiedByName ? { k: 's.verifiedBy', params: { name: item.verifiedByName } } : { k: 's.verified' }) : { k: 's.selfReported' };
  return [entered, checked];
}

/** The learner's interest fields as texts. */
export function interestPhrases(profile: LearnerProfile): Phrase[] {
  return profile.interestFields.map((field) => code(`o.field.${field.id}`, field.label, field.id));
}

export function licencePhrases(profile: LearnerProfile): Phrase[] {
  return profile.licences.map((label) => code(`o.licence.${label}`, label, label));
}

/** A phrase as the props of BiText. */
export function phraseProps(phrase: Phrase): { k?: string; params?: Params; dates?: Record<string, string>; text?: string; textLang?: string } {
  return 'k' in phrase ? { k: phrase.k, params: phrase.params, dates: phrase.dates } : { text: phrase.text, textLang: phrase.lang };
}

/** The items of one section as ItemList shows them; `removable` says which the viewer may remove. */
export function shownItems(profile: LearnerProfile, section: ProfileSection, removable: (item: ItemProvenance) => boolean): ShownItem[] {
  const shown = <T extends ItemProvenance>(items: readonly T[], phrases: (item: T) => Phrase[]): ShownItem[] =>
    items.map((item) => ({ id: item.id, phrases: phrases(item), provenance: provenancePhrases(item), verified: item.verification === 'verified', removable: removable(item) }));
  switch (section) {
    case 'education':
      return shown(profile.education, educationPhrases);
    case 'experience':
      return shown(profile.experience, experiencePhrases);
    case 'skills':
      return shown(profile.skills, skillPhrases);
    case 'languages':
      return shown(profile.languages, languagePhrases);
    case 'sfi-courses':
      return shown(profile.sfiCourses, sfiCoursePhrases);
    case 'establishment':
      return shown(profile.establishment, establishmentPhrases);
  }
}

/** A phrase in one language (fixed names stay as they are). */
export function sayPhrase(phrase: Phrase, language: TextLanguage): string {
  return 'k' in phrase ? interviewText(language, phrase.k, withDates(language, phrase.params, phrase.dates)) : phrase.text;
}
