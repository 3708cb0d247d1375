import type { MappingRelation } from './reference.entities';

/**
 * Pure helpers that turn source values into column values. No value is edited: they only parse,
 * pick ids out of URIs and say "unknown" (null) where the source does in its own way.
 */

/** Thrown when a reference file does not have the shape the loader expects. */
export class ReferenceDataError extends Error {
  override name = 'ReferenceDataError';
}

/**
 * Keeps the first row for each key and counts the rows dropped. Sources sometimes repeat a key
 * (and files with multi-line fields look as if they did when lines are counted).
 */
export function dedupeBy<T>(rows: readonly T[], key: (row: T) => string): { rows: T[]; duplicates: number } {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const row of rows) {
    const k = key(row);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(row);
  }
  return { rows: kept, duplicates: rows.length - kept.length };
}

const RELATIONS: Record<string, MappingRelation> = {
  'skos:exactMatch': 'exact',
  'skos:closeMatch': 'close',
  'skos:narrowMatch': 'narrow',
  'skos:broadMatch': 'broad',
};

/** "skos:broadMatch" → "broad"; anything else ("no relation", a shifted column) → null. */
export function parseMappingRelation(value: string): MappingRelation | null {
  return RELATIONS[value.trim()] ?? null;
}

const JOBTECH_CONCEPT = /^https?:\/\/data\.jobtechdev\.se\/taxonomy\/concept\/([A-Za-z0-9]{4}_[A-Za-z0-9]{3}_[A-Za-z0-9]{3})$/;

/** "http://data.jobtechdev.se/taxonomy/concept/h4wH_7kG_UTN" → "h4wH_7kG_UTN"; null if it is not one. */
export function jobtechConceptId(uri: string): string | null {
  return JOBTECH_CONCEPT.exec(uri.trim())?.[1] ?? null;
}

const ESCO_URI = /^http:\/\/data\.europa\.eu\/esco\/(?:occupation|skill|isco)\/[A-Za-z0-9-]+$/;

/** True for an ESCO occupation, skill or ISCO-group URI, e.g. http://data.europa.eu/esco/isco/C2422. */
export function isEscoUri(uri: string): boolean {
  return ESCO_URI.test(uri);
}

/** A WGS84 coordinate, or null when the source has none: empty, not a number, or 0.0 ("unknown"). */
export function coordinate(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(n) && n !== 0 ? n : null;
}

/** "" → null; other text as it is. */
export function emptyToNull(value: string): string | null {
  return value === '' ? null : value;
}

/** "TRUE"/"FALSE" (any case) → boolean; anything else is a data error. */
export function parseBoolean(value: string, what: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ReferenceDataError(`${what}: expected TRUE or FALSE, found "${value}"`);
}

/** A legacy id: digits → number, empty → null; anything else is a data error. */
export function parseLegacyId(value: string, what: string): number | null {
  if (value === '') return null;
  if (!/^[0-9]{1,9}$/.test(value)) throw new ReferenceDataError(`${what}: legacy id "${value}" is not a number`);
  return Number(value);
}

/** "sun-education-level-2" / "sun-education-field-3" → 2 / 3. */
export function sunLevel(type: string): number {
  const m = /^sun-education-(?:level|field)-([1-4])$/.exec(type);
  if (!m) throw new ReferenceDataError(`unknown SUN concept type "${type}"`);
  return Number(m[1]);
}

/**
 * A stable id for a place, which the source gives none: kommunkod and the label as a slug,
 * e.g. ("1280", "Malmö") → "1280-malmo", ("2021", "Ed [Dals-Ed]") → "2021-ed-dals-ed".
 */
export function placeId(municipalityCode: string, label: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) throw new ReferenceDataError(`place "${label}" in ${municipalityCode} has no usable label`);
  return `${municipalityCode}-${slug}`;
}
