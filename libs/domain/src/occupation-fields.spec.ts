import * as fs from 'node:fs';
import * as path from 'node:path';
import { OCCUPATION_FIELD_LABELS, occupationFieldLabel } from './occupation-fields';

describe('occupation field labels', () => {
  const csv = fs.readFileSync(path.resolve(__dirname, '../../../apps/api/data/reference/taxonomy/occupation_fields.csv'), 'utf8');
  // The first column of each record: a concept id at the start of a line, followed by the legacy id.
  const taxonomy = [...csv.matchAll(/^([\w-]{12}),(\d+),/gm)].map((m) => m[1]);

  it('name every field of the taxonomy in Swedish, English and Arabic, the Swedish as JobTech writes it', () => {
    expect(taxonomy.length).toBeGreaterThan(15);
    expect(Object.keys(OCCUPATION_FIELD_LABELS).sort()).toEqual([...taxonomy].sort());
    for (const id of taxonomy) {
      const labels = OCCUPATION_FIELD_LABELS[id];
      expect(csv).toContain(labels.sv.split(',')[0]);
      expect(labels.en).toMatch(/^[A-Z]/);
      expect(labels.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('answer the label in the language asked, and a field it does not know in Swedish, marked as Swedish', () => {
    expect(occupationFieldLabel('NYW6_mP6_vwf', 'Hälso- och sjukvård', 'en')).toEqual({ text: 'Health care', lang: 'en' });
    expect(occupationFieldLabel('NYW6_mP6_vwf', 'Hälso- och sjukvård', 'ar')).toEqual({ text: 'الرعاية الصحية', lang: 'ar' });
    expect(occupationFieldLabel('new_field_id', 'Nytt område', 'ar')).toEqual({ text: 'Nytt område', lang: 'sv' });
  });
});
