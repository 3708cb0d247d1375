import * as fs from 'node:fs';
import * as path from 'node:path';

export interface OccupationWords {
  sv: string;
  svSynonyms: string[];
  en: string[];
  ar: string[];
}

let cached: Map<string, OccupationWords> | undefined;

/**
 * Jobbrygga's own words for common newcomer occupations by SSYK code, in Swedish, English and
 * Arabic (apps/api/data/occupation-translations.json): the reference data has no Arabic, and its
 * English (ESCO) lacks everyday words like "nurse".
 */
export function occupationLexicon(file = path.resolve(__dirname, '..', '..', 'data', 'occupation-translations.json')): Map<string, OccupationWords> {
  if (!cached) {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, OccupationWords & { note?: string }>;
    cached = new Map(Object.entries(raw).map(([code, w]) => [code, { sv: w.sv, svSynonyms: w.svSynonyms ?? [], en: w.en ?? [], ar: w.ar ?? [] }]));
  }
  return cached;
}
