import { INTERVIEW_LANGUAGES, type LearnerProfile } from '@jobbrygga/domain';
import sv from '../locales/interview-languages/sv.json';
import { interviewText, needsReview, textDay, textDir } from './useInterviewTexts';
import { summarise } from './useInterviewSummary';

/** Every text key with its {placeholders}. */
function placeholders(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === 'string') out.set(prefix + key, [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(','));
    else for (const [k, v] of placeholders(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

describe('interview languages', () => {
  const source = placeholders(sv);

  it.each(INTERVIEW_LANGUAGES)('%s has every Swedish text with the same placeholders, and says it needs review', (language) => {
    const translation = require(`../locales/interview-languages/${language}.json`) as Record<string, unknown>;
    const { _review: review, ...rest } = translation;
    expect(review).toBe('machine translation – needs review by a native speaker');
    expect(placeholders(rest)).toEqual(source);
    expect(needsReview(language)).toBe(true);
  });

  it('fills placeholders, falls back to Swedish for an unknown key and writes dates per language', () => {
    expect(interviewText('ar', 'o.years', { n: 3 })).toBe('3 سنة');
    expect(interviewText('uk', 'no.such.key')).toBe('no.such.key');
    expect(textDir('prs')).toBe('rtl');
    expect(textDir('ti')).toBe('ltr');
    expect(textDay('2026-03-01', 'sv')).toBe('1 mars 2026');
    // Dari dates stay Gregorian (the Swedish papers' dates), not Solar Hijri.
    expect(textDay('2026-03-01', 'prs')).not.toMatch(/۱۴۰۴/);
  });
});

describe('summary of the mapping', () => {
  const profile = {
    preferredLanguages: ['ar'], email: null, phone: '070-1', hidden: false, gender: 'female', establishment: [], education: [], experience: [], skills: [],
    languages: [{ id: 'l1', languageId: '3iEY_RGP_qXq', label: 'Arabiska', level: 'native', verification: 'verified', enteredByName: 'Karin', enteredByRole: 'coach', verifiedByName: 'Karin', updatedAt: '' }],
    sfiCourses: [], sfiStudyPath: null, sfiLessonTime: null, licences: [], availableFrom: null, hoursPerWeek: 20, homePlaceLabel: null, travelMinutes: null, travelModes: [],
    interestFields: [], consents: [{ purpose: 'share_with_employers', given: true, recordedAt: '2026-02-01T10:00:00Z', textVersion: 'x', language: 'ar', recordedByRole: 'coach' }, { purpose: 'receive_email', given: false, recordedAt: null, textVersion: null, language: null, recordedByRole: null }],
  } as unknown as LearnerProfile;
  const rows = new Map(summarise(profile).flatMap((section) => section.rows.map((row) => [row.label, row.lines] as const)));

  it('shows each answer, who entered it, and "no answer" where nothing was said', () => {
    expect(rows.get('q.language')).toEqual([
      { phrases: [{ k: 'o.language.3iEY_RGP_qXq' }, { k: 'o.languageLevel.native' }] },
      { phrases: [{ k: 's.enteredBy', params: { name: 'Karin' } }, { k: 's.verifiedBy', params: { name: 'Karin' } }], muted: true },
    ]);
    expect(rows.get('q.email')).toEqual([{ phrases: [{ k: 'o.notAnswered' }] }]);
    expect(rows.get('q.hoursPerWeek')).toEqual([{ phrases: [{ k: 'o.hours', params: { n: 20 } }] }]);
  });

  it('tells a consent given from one never asked', () => {
    expect(rows.get('consent.share_with_employers.question')![0].phrases[0]).toEqual({ k: 'o.yes' });
    expect(rows.get('consent.receive_email.question')).toEqual([{ phrases: [{ k: 'o.notAnswered' }] }]);
  });
});
