import type { DataSource } from 'typeorm';
import { sfiRank, type SfiCourse, type SfiLessonTime, type TravelMode } from '@jobbrygga/domain';
import { dayNumber, queueRank, reachablePlaces, sfiSlots, travelBandKm, type CandidateFacts, type Place, type Slot } from '@jobbrygga/matching';
import type { IndexDefinition } from '../search/index-definition';
import { consentGiven } from '../learners/learner-access';

/**
 * The candidate index: one document per learner who consented to be proposed to employers and has
 * no protected identity. Only what matching needs: no name, contact, gender or age.
 */
export type CandidateDocument = {
  id: string;
  tenantCode: string;
  sfiCourse: SfiCourse | null;
  sfiRank: number;
  licences: string[];
  /** Day number (days since 1970) from which the learner is available; 0 = now. */
  availableFromDay: number;
  availableFrom: string | null;
  /** 60 when the learner has not said (no limit). */
  hoursPerWeek: number;
  hoursKnown: boolean;
  busySlots: Slot[];
  travelKm: number;
  travelModes: TravelMode[];
  _geo?: { lat: number; lng: number };
  /** Reference places within travelKm of home (reachablePlaces): a placement's filter is one equality on its site's place. */
  reachablePlaces: string[];
  inEstablishment: boolean;
  goalSsyk: string[];
  goalFields: string[];
  experienceSsyk: string[];
  skills: string[];
  languages: string[];
  shortSchooling: boolean;
  waitingSince: string | null;
  /** Order within a tier of the short list (queueRank): short schooling first, then longest waiting. */
  queueRank: number;
};

interface Row {
  id: string; tenantCode: string; licences: string[]; availableFrom: string | null; hoursPerWeek: number | null; sfiLessonTime: SfiLessonTime | null;
  travelMinutes: number | null; travelModes: TravelMode[]; lat: number | null; lon: number | null; sfiCourse: SfiCourse | null; inEstablishment: boolean;
  goalSsyk: string[] | null; goalFields: string[] | null; experienceSsyk: string[]; skills: string[]; languages: string[]; topSunLevel: string | null; waitingSince: string | null;
}

/** Learners who may be proposed: consent to share given (latest record) and no protected identity. */
export const MATCHABLE = `NOT l.protected_identity AND ${consentGiven('share_with_employers')}`;

const SELECT = `
  SELECT l.id, l.tenant_code AS "tenantCode", l.licences, to_char(l.available_from, 'YYYY-MM-DD') AS "availableFrom", l.hours_per_week AS "hoursPerWeek",
         l.sfi_lesson_time AS "sfiLessonTime", l.travel_minutes AS "travelMinutes", l.travel_modes AS "travelModes", pl.lat, pl.lon,
         (SELECT max(s.course) FROM learner_sfi_course s WHERE s.learner_id = l.id AND s.result NOT IN ('F', 'dropped')) AS "sfiCourse",
         EXISTS (SELECT 1 FROM learner_establishment e WHERE e.learner_id = l.id AND e.programme_start IS NOT NULL AND e.exit_date IS NULL) AS "inEstablishment",
         p.goal_ssyk AS "goalSsyk", p.goal_fields AS "goalFields",
         ARRAY(SELECT DISTINCT x.ssyk_code::text FROM learner_experience x WHERE x.learner_id = l.id AND x.ssyk_code IS NOT NULL) AS "experienceSsyk",
         ARRAY(SELECT k.skill_id FROM learner_skill k WHERE k.learner_id = l.id) AS skills,
         ARRAY(SELECT g.language_id FROM learner_language g WHERE g.learner_id = l.id) AS languages,
         (SELECT max(left(d.sun_level, 1)) FROM learner_education d WHERE d.learner_id = l.id) AS "topSunLevel",
         to_char(COALESCE((SELECT min(e.programme_start) FROM learner_establishment e WHERE e.learner_id = l.id), l.created_at::date), 'YYYY-MM-DD') AS "waitingSince"
    FROM learner l
    LEFT JOIN ref_place pl ON pl.id = l.home_place_id
    LEFT JOIN career_plan p ON p.learner_id = l.id`;

type Reach = (home: { lat: number; lon: number } | null, bandKm: number) => string[];
type Queryable = Pick<DataSource, 'query'>;

/** The reference places with coordinates, read once per data source (reference data loads before the app starts). */
const placesOf = new WeakMap<Queryable, Promise<Place[]>>();

/** Reachable places per home and band, remembered: learners share a few homes and ten bands. */
async function reacher(ds: Queryable): Promise<Reach> {
  let places = placesOf.get(ds);
  if (!places) {
    places = ds.query(`SELECT id, lat, lon FROM ref_place WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY id`) as Promise<Place[]>;
    placesOf.set(ds, places);
    places.catch(() => placesOf.delete(ds));
  }
  const all = await places;
  const known = new Map<string, string[]>();
  return (home, bandKm) => {
    if (!home) return [];
    const key = `${home.lat},${home.lon},${bandKm}`;
    const ids = known.get(key) ?? reachablePlaces(home, bandKm, all);
    known.set(key, ids);
    return ids;
  };
}

async function toDocuments(ds: Queryable, rows: Row[]): Promise<CandidateDocument[]> {
  const reach = await reacher(ds);
  return rows.map((r) => toDocument(r, reach));
}

/** Matching facts of one learner of the municipality, consent or not (for the learner's own matches). */
export async function learnerDocument(ds: DataSource, id: string, tenantCode: string): Promise<CandidateDocument | null> {
  const rows: Row[] = await ds.query(`${SELECT} WHERE l.id = $1 AND l.tenant_code = $2`, [id, tenantCode]);
  return (await toDocuments(ds, rows))[0] ?? null;
}

export function toFacts(doc: CandidateDocument): CandidateFacts {
  return {
    learnerId: doc.id,
    tenantCode: doc.tenantCode,
    sfiCourse: doc.sfiCourse,
    licences: doc.licences,
    availableFrom: doc.availableFrom,
    hoursPerWeek: doc.hoursKnown ? doc.hoursPerWeek : null,
    busySlots: doc.busySlots,
    home: doc._geo ? { lat: doc._geo.lat, lon: doc._geo.lng } : null,
    travelBandKm: doc.travelKm,
    travelModes: doc.travelModes,
    inEstablishment: doc.inEstablishment,
    goalSsyk: doc.goalSsyk,
    goalFields: doc.goalFields,
    experienceSsyk: doc.experienceSsyk,
    skills: doc.skills,
    languages: doc.languages,
    shortSchooling: doc.shortSchooling,
    waitingSince: doc.waitingSince,
  };
}

export function toDocument(r: Row, reach: Reach): CandidateDocument {
  const travelKm = travelBandKm(r.travelMinutes, r.travelModes);
  // SUN 2020 levels 0–2: pre-school and compulsory school or less (no education entered counts too).
  const shortSchooling = r.topSunLevel === null || r.topSunLevel < '3';
  return {
    id: r.id,
    tenantCode: r.tenantCode,
    sfiCourse: r.sfiCourse,
    sfiRank: sfiRank(r.sfiCourse),
    licences: r.licences,
    availableFromDay: r.availableFrom ? dayNumber(r.availableFrom) : 0,
    availableFrom: r.availableFrom,
    hoursPerWeek: r.hoursPerWeek ?? 60,
    hoursKnown: r.hoursPerWeek !== null,
    busySlots: sfiSlots(r.sfiLessonTime),
    travelKm,
    travelModes: r.travelModes,
    ...(r.lat !== null && r.lon !== null ? { _geo: { lat: r.lat, lng: r.lon } } : {}),
    reachablePlaces: reach(r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null, travelKm),
    inEstablishment: r.inEstablishment,
    goalSsyk: r.goalSsyk ?? [],
    goalFields: r.goalFields ?? [],
    experienceSsyk: r.experienceSsyk,
    skills: r.skills,
    languages: r.languages,
    shortSchooling,
    waitingSince: r.waitingSince,
    queueRank: queueRank(shortSchooling, r.waitingSince),
  };
}

const BATCH = 2000;

export const candidatesIndex: IndexDefinition<CandidateDocument> = {
  name: 'candidates',
  scope: 'tenant',
  primaryKey: 'id',
  settings: {
    searchableAttributes: [],
    filterableAttributes: ['tenantCode', 'sfiRank', 'licences', 'availableFromDay', 'hoursPerWeek', 'busySlots', 'travelKm', '_geo', 'reachablePlaces', 'inEstablishment', 'goalSsyk', 'goalFields', 'experienceSsyk', 'id'],
    sortableAttributes: ['availableFromDay', 'queueRank'],
    // Nothing searches this index by text or by facet value: without those structures, indexing one
    // changed learner (write → visible) does less work.
    facetSearch: false,
    prefixSearch: 'disabled',
  },
  async count(ds: DataSource): Promise<number> {
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM learner l WHERE ${MATCHABLE}`);
    return n;
  },
  async *documents(ds: DataSource): AsyncIterable<CandidateDocument[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Row[] = await ds.query(`${SELECT} WHERE ${MATCHABLE} AND l.id > $1 ORDER BY l.id LIMIT ${BATCH}`, [after]);
      if (rows.length === 0) return;
      yield await toDocuments(ds, rows);
      after = rows[rows.length - 1].id;
    }
  },
  async documentsFor(ds: DataSource, ids: string[]): Promise<CandidateDocument[]> {
    const rows: Row[] = await ds.query(`${SELECT} WHERE ${MATCHABLE} AND l.id = ANY($1::uuid[])`, [ids]);
    return toDocuments(ds, rows);
  },
};
