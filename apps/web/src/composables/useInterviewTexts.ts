import { computed, inject, provide, type InjectionKey, type Ref } from 'vue';
import { INTERVIEW_LANGUAGES, INTERVIEW_RTL, type InterviewLanguage } from '@jobbrygga/domain';
import sv from '../locales/interview-languages/sv.json';
import ar from '../locales/interview-languages/ar.json';
import prs from '../locales/interview-languages/prs.json';
import ti from '../locales/interview-languages/ti.json';
import so from '../locales/interview-languages/so.json';
import uk from '../locales/interview-languages/uk.json';
import en from '../locales/interview-languages/en.json';

/**
 * The questions of the mapping interview and the labels of their answers, in Swedish and in the
 * interview languages (Arabic, Dari, Tigrinya, Somali, Ukrainian, English). These are the
 * product's own translations, not the interface's: a coach with a Swedish interface shows a
 * question in Swedish and, beside it, in the learner's language. Swedish is the source; every
 * other file must have the same keys (the type below fails otherwise) and carries a `_review`
 * marker until a native speaker has read it.
 */
export type InterviewTexts = typeof sv;
type Translation = InterviewTexts & { _review: string };

/** Swedish or one of the interview languages (which include the interface's English and Arabic). */
export type TextLanguage = 'sv' | InterviewLanguage;

const TRANSLATIONS: Record<InterviewLanguage, Translation> = { ar, prs, ti, so, uk, en };

export function isInterviewLanguage(value: unknown): value is InterviewLanguage {
  return typeof value === 'string' && (INTERVIEW_LANGUAGES as readonly string[]).includes(value);
}

export function textDir(language: TextLanguage): 'rtl' | 'ltr' {
  return (INTERVIEW_RTL as readonly string[]).includes(language) ? 'rtl' : 'ltr';
}

/** Whether the translation still waits for a native speaker's review. */
export function needsReview(language: TextLanguage): boolean {
  return language !== 'sv' && Boolean(TRANSLATIONS[language]._review);
}

/** The language's own name for itself ("العربية", "Українська"). */
export function languageName(language: TextLanguage): string {
  return language === 'sv' ? sv.languageName : TRANSLATIONS[language].languageName;
}

/** Locale for dates and numbers; Dari is written as Persian of Afghanistan. */
export function intlLocale(language: TextLanguage): string {
  return language === 'prs' ? 'fa-AF' : language;
}

function lookup(root: unknown, key: string): string | undefined {
  let node: unknown = root;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export type Params = Record<string, string | number>;

/** Whether `key` names a text (an answer code the files do not know falls back to the API's label). */
export function hasText(key: string): boolean {
  return lookup(sv, key) !== undefined;
}

/** The text of `key` in `language`, with {placeholders} filled in; Swedish when a translation lacks it. */
export function interviewText(language: TextLanguage, key: string, params: Params = {}): string {
  const template = (language === 'sv' ? undefined : lookup(TRANSLATIONS[language], key)) ?? lookup(sv, key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `params` with the calendar days of `dates` written the way `language` writes them. */
export function withDates(language: TextLanguage, params: Params = {}, dates: Record<string, string> = {}): Params {
  return { ...params, ...Object.fromEntries(Object.entries(dates).map(([name, day]) => [name, textDay(day, language)])) };
}

/** A calendar day (YYYY-MM-DD) written the way `language` writes dates. */
export function textDay(isoDay: string, language: TextLanguage): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  try {
    // Gregorian in every language: the dates are those of Swedish papers (Dari would otherwise get the Solar Hijri calendar).
    return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' }).format(date);
  } catch {
    return isoDay;
  }
}

/**
 * What the bilingual components show: the first column (Swedish in the interview; the interface
 * language on a newcomer's own pages) and, when set, the learner's language beside it.
 */
export interface Bilingual {
  primary: Ref<TextLanguage>;
  secondary: Ref<InterviewLanguage | null>;
}

const KEY: InjectionKey<Bilingual> = Symbol('bilingual');

export function provideBilingual(bilingual: Bilingual): void {
  provide(KEY, bilingual);
}

/** The languages set by the page; one Swedish column when none is set. */
export function useBilingual() {
  const given = inject(KEY, null);
  const primary = computed<TextLanguage>(() => given?.primary.value ?? 'sv');
  const secondary = computed<InterviewLanguage | null>(() => {
    const other = given?.secondary.value ?? null;
    return other && other !== primary.value ? other : null;
  });
  return { primary, secondary };
}
