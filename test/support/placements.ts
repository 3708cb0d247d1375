import { SearchSync } from '../../apps/api/src/search/search-sync.service';
import type { TestApp } from './test-app';

/** Real reference values used by the placement tests. */
export const REF = {
  rimbo: '0188-rimbo',
  sollentuna: '0163-sollentuna',
  arabic: '3iEY_RGP_qXq',
  careSkill: 'x289_bKF_ihE',
  assistantNurseName: 'Y3QA_5pk_uXd',
};

/** A date n days from today, YYYY-MM-DD. */
export function inDays(n: number): string {
  return swedishDate(new Date(Date.now() + n * 86_400_000));
}

/**
 * The calendar day in Sweden, as the API counts days (its "today" is Stockholm's): between
 * midnight in Stockholm and midnight UTC, the UTC date would still be yesterday's.
 */
export function swedishDate(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A praktik as an employer would fill it in: 8 weeks, afternoons free for SFI, with a supervisor. */
export function praktikBody(siteId: string, supervisorId: string, over: Record<string, unknown> = {}) {
  return {
    typeCode: 'praktik',
    title: 'Praktik som undersköterska på Rimbo äldreboende',
    description: 'Du hjälper de äldre med mat och promenader. Du arbetar på förmiddagen.',
    ssykCode: '5321',
    occupationNameId: REF.assistantNurseName,
    requiredSkills: [REF.careSkill],
    minSfiCourse: 'B',
    helpfulLanguages: [REF.arabic],
    siteId,
    supervisorId,
    hoursPerWeek: 20,
    startDate: inDays(30),
    endDate: inDays(30 + 55),
    fitsSfiAfternoon: true,
    seats: 2,
    ...over,
  };
}

/** Applies every queued search change, waiting on Meilisearch's tasks (no sleeping). */
export function flushSearch(app: TestApp): Promise<void> {
  return app.nest.get(SearchSync).flush();
}

/** A site and a supervisor for the employer the token belongs to. */
export async function siteAndSupervisor(app: TestApp, token: string, employerId: string): Promise<{ siteId: string; supervisorId: string }> {
  const site = await app.api.post(`/api/employers/${employerId}/sites`, { name: 'Rimbo äldreboende', streetAddress: 'Stationsvägen 4', postalCode: '762 31', placeId: REF.rimbo }, token);
  if (site.status !== 201) throw new Error(`site: ${site.status} ${JSON.stringify(site.body)}`);
  const sup = await app.api.post(`/api/employers/${employerId}/supervisors`, { name: 'Maria Handledare', languages: [REF.arabic], capacity: 2, trained: true }, token);
  if (sup.status !== 201) throw new Error(`supervisor: ${sup.status} ${JSON.stringify(sup.body)}`);
  return { siteId: site.body.id, supervisorId: sup.body.id };
}
