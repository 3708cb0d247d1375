import { computed, shallowRef } from 'vue';
import { CONSENT_PURPOSES, type ItemProvenance, type LearnerProfile } from '@jobbrygga/domain';
import { getLearner } from '../api/learners';
import {
  educationPhrases, experiencePhrases, interestPhrases, languagePhrases, licencePhrases, provenancePhrases, sfiCoursePhrases, skillPhrases, type Phrase,
} from './useInterviewOptions';
import { useAsyncAction } from './useAsyncAction';

/** One line of an answer; `muted` for who entered it and whether it is checked. */
export interface SummaryLine {
  phrases: Phrase[];
  muted?: boolean;
}
/** A question (or label) and its answer lines, shown in both languages side by side. */
export interface SummaryRow {
  label: string;
  lines: SummaryLine[];
}
export interface SummarySection {
  key: string;
  rows: SummaryRow[];
}

const NOT_ANSWERED: SummaryLine[] = [{ phrases: [{ k: 'o.notAnswered' }] }];
const line = (...phrases: Phrase[]): SummaryLine => ({ phrases });
const answer = (lines: SummaryLine[]): SummaryLine[] => (lines.length ? lines : NOT_ANSWERED);
const maybe = <T>(value: T | null | undefined, phrases: (value: T) => Phrase[]): SummaryLine[] => (value === null || value === undefined || value === '' ? NOT_ANSWERED : [line(...phrases(value))]);

/** Each item on its line, with who entered it and whether it is checked under it. */
function itemLines<T extends ItemProvenance>(items: readonly T[], phrases: (item: T) => Phrase[]): SummaryLine[] {
  return answer(items.flatMap((item) => [line(...phrases(item)), { phrases: provenancePhrases(item), muted: true }]));
}

/** Everything the interview maps, in the order of its steps. Pure, so the page and a test see the same. */
export function summarise(p: LearnerProfile): SummarySection[] {
  const establishment = p.establishment[0];
  const consent = (purpose: (typeof CONSENT_PURPOSES)[number]): SummaryLine[] => {
    const state = p.consents.find((c) => c.purpose === purpose);
    if (!state?.recordedAt) return NOT_ANSWERED;
    return [line({ k: state.given ? 'o.yes' : 'o.no' }, { k: 'o.since', dates: { from: state.recordedAt.slice(0, 10) } })];
  };
  return [
    {
      key: 'personal',
      rows: [
        { label: 'q.preferredLanguages', lines: answer(p.preferredLanguages.length ? [line(...p.preferredLanguages.map((code) => ({ k: `o.preferredLanguage.${code}` })))] : []) },
        ...(p.hidden
          ? []
          : [
              { label: 'q.phone', lines: maybe(p.phone, (phone) => [{ text: phone, lang: 'zxx' }]) },
              { label: 'q.email', lines: maybe(p.email, (email) => [{ text: email, lang: 'zxx' }]) },
            ]),
        { label: 'q.gender', lines: [line({ k: `o.gender.${p.gender}` })] },
      ],
    },
    {
      key: 'establishment',
      rows: [
        { label: 'q.residencePermitDate', lines: maybe(establishment?.residencePermitDate, (date) => [{ k: 'o.day', dates: { date } }]) },
        { label: 'q.programmeStart', lines: maybe(establishment?.programmeStart, (date) => [{ k: 'o.day', dates: { date } }]) },
      ],
    },
    { key: 'education', rows: [{ label: 'q.educationLevel', lines: itemLines(p.education, educationPhrases) }] },
    { key: 'experience', rows: [{ label: 'q.occupation', lines: itemLines(p.experience, experiencePhrases) }] },
    { key: 'skills', rows: [{ label: 'q.skills', lines: itemLines(p.skills, skillPhrases) }] },
    { key: 'languages', rows: [{ label: 'q.language', lines: itemLines(p.languages, languagePhrases) }] },
    {
      key: 'sfi',
      rows: [
        { label: 'q.sfiStudyPath', lines: maybe(p.sfiStudyPath, (path) => [{ k: `o.studyPath.${path}` }]) },
        { label: 'q.sfiLessonTime', lines: maybe(p.sfiLessonTime, (time) => [{ k: `o.lessonTime.${time}` }]) },
        { label: 'q.sfiCourse', lines: itemLines(p.sfiCourses, sfiCoursePhrases) },
      ],
    },
    {
      key: 'availability',
      rows: [
        { label: 'q.licences', lines: p.licences.length ? [line(...licencePhrases(p))] : [line({ k: 'o.none' })] },
        { label: 'q.availableFrom', lines: maybe(p.availableFrom, (date) => [{ k: 'o.since', dates: { from: date } }]) },
        { label: 'q.hoursPerWeek', lines: maybe(p.hoursPerWeek, (n) => [{ k: 'o.hours', params: { n } }]) },
        ...(p.hidden ? [] : [{ label: 'q.homePlace', lines: maybe(p.homePlaceLabel, (place) => [{ text: place }]) }]),
        { label: 'q.travelMinutes', lines: maybe(p.travelMinutes, (n) => [{ k: 'o.minutes', params: { n } }]) },
        { label: 'q.travelModes', lines: answer(p.travelModes.length ? [line(...p.travelModes.map((mode) => ({ k: `o.travelMode.${mode}` })))] : []) },
      ],
    },
    { key: 'interests', rows: [{ label: 'q.interests', lines: answer(p.interestFields.length ? [line(...interestPhrases(p))] : []) }] },
    { key: 'consent', rows: CONSENT_PURPOSES.map((purpose) => ({ label: `consent.${purpose}.question`, lines: consent(purpose) })) },
  ];
}

/** The printable summary of one learner's mapping (the read is logged as "mapping"). */
export function useInterviewSummary(learnerId: string) {
  const profile = shallowRef<LearnerProfile | null>(null);
  const loader = useAsyncAction();

  async function load(): Promise<void> {
    const result = await loader.run(() => getLearner(learnerId, 'mapping'));
    if (result.ok) profile.value = result.value;
  }

  return {
    profile,
    sections: computed(() => (profile.value ? summarise(profile.value) : [])),
    loading: loader.busy,
    error: loader.error,
    load,
  };
}
