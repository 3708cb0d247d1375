import type { DataSource } from 'typeorm';
import type { IndexDefinition } from '../search/index-definition';
import { MAPPING_RELATIONS, type MappingRelation } from './reference.entities';

/**
 * One search document per JobTech occupation name (job title) and per SSYK group, so a learner or
 * coach can type "kock", "cook" or "restaurang" and find both. English names come from the ESCO
 * occupations Sweden's official mapping links to the occupation name (for a group: to any of its
 * names).
 */
export type OccupationDocument = {
  /** The JobTech concept id of the occupation name or the SSYK group (unique across both). */
  id: string;
  kind: 'occupation-name' | 'ssyk-group';
  ssykCode: string;
  nameSv: string;
  ssykNameSv: string;
  /** English ESCO labels, closest matches first (exact, close, narrow, then broad). */
  namesEn: string[];
  /** ESCO URIs in the same order. */
  esco: string[];
};

/** An ESCO occupation linked to an occupation name or group. */
export interface EscoLink {
  relation: MappingRelation;
  uri: string;
  labelEn: string;
}

const BATCH = 2000;

/**
 * English names and ESCO URIs from a set of links: closest relation first, then A–Z; each label
 * and URI once.
 */
export function collectEscoNames(links: readonly EscoLink[]): { namesEn: string[]; esco: string[] } {
  const order = (r: MappingRelation) => MAPPING_RELATIONS.indexOf(r);
  const sorted = [...links].sort((a, b) => order(a.relation) - order(b.relation) || a.labelEn.localeCompare(b.labelEn, 'en') || a.uri.localeCompare(b.uri));
  return {
    namesEn: [...new Set(sorted.map((l) => l.labelEn))],
    esco: [...new Set(sorted.map((l) => l.uri))],
  };
}

function groupLinks(rows: readonly (EscoLink & { key: string })[]): Map<string, EscoLink[]> {
  const byKey = new Map<string, EscoLink[]>();
  for (const { key, ...link } of rows) {
    const list = byKey.get(key);
    if (list) list.push(link);
    else byKey.set(key, [link]);
  }
  return byKey;
}

const LINK_COLUMNS = `m.relation AS relation, e.uri AS uri, e.label_en AS "labelEn"`;

async function* ssykGroupDocuments(ds: DataSource): AsyncGenerator<OccupationDocument[]> {
  const groups: { id: string; code: string; nameSv: string }[] = await ds.query(
    `SELECT concept_id AS id, code, name_sv AS "nameSv" FROM ref_ssyk_group ORDER BY code`,
  );
  const links = groupLinks(
    await ds.query(
      `SELECT n.ssyk_code AS key, ${LINK_COLUMNS}
         FROM ref_occupation_name n
         JOIN ref_esco_occupation_mapping m ON m.occupation_name_concept_id = n.concept_id
         JOIN ref_esco_occupation e ON e.uri = m.esco_uri`,
    ),
  );
  yield groups.map((g) => ({
    id: g.id,
    kind: 'ssyk-group',
    ssykCode: g.code,
    nameSv: g.nameSv,
    ssykNameSv: g.nameSv,
    ...collectEscoNames(links.get(g.code) ?? []),
  }));
}

async function* occupationNameDocuments(ds: DataSource): AsyncGenerator<OccupationDocument[]> {
  let after = '';
  for (;;) {
    const names: { id: string; ssykCode: string; nameSv: string; ssykNameSv: string }[] = await ds.query(
      `SELECT n.concept_id AS id, n.ssyk_code AS "ssykCode", n.name_sv AS "nameSv", g.name_sv AS "ssykNameSv"
         FROM ref_occupation_name n JOIN ref_ssyk_group g ON g.code = n.ssyk_code
        WHERE n.concept_id COLLATE "C" > $1
        ORDER BY n.concept_id COLLATE "C"
        LIMIT $2`,
      [after, BATCH],
    );
    if (names.length === 0) return;
    const links = groupLinks(
      await ds.query(
        `SELECT m.occupation_name_concept_id AS key, ${LINK_COLUMNS}
           FROM ref_esco_occupation_mapping m JOIN ref_esco_occupation e ON e.uri = m.esco_uri
          WHERE m.occupation_name_concept_id = ANY($1::text[])`,
        [names.map((n) => n.id)],
      ),
    );
    yield names.map((n) => ({ ...n, kind: 'occupation-name', ...collectEscoNames(links.get(n.id) ?? []) }));
    after = names[names.length - 1].id;
  }
}

export const occupationsIndex: IndexDefinition<OccupationDocument> = {
  name: 'occupations',
  scope: 'reference',
  primaryKey: 'id',
  settings: {
    searchableAttributes: ['nameSv', 'namesEn', 'ssykNameSv'],
    filterableAttributes: ['kind', 'ssykCode'],
    typoTolerance: { enabled: true },
  },

  async count(ds: DataSource): Promise<number> {
    const rows: { n: number }[] = await ds.query(
      `SELECT ((SELECT count(*) FROM ref_occupation_name) + (SELECT count(*) FROM ref_ssyk_group))::int AS n`,
    );
    return rows[0]?.n ?? 0;
  },

  async *documents(ds: DataSource): AsyncIterable<OccupationDocument[]> {
    yield* ssykGroupDocuments(ds);
    yield* occupationNameDocuments(ds);
  },
};
