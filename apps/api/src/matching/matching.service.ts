import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SearchResponse } from 'meilisearch';
import { SEATS_LEFT, SUPERVISOR_LEFT } from '../placements/room-sql';
import { sfiRank, type Locale, type SfiCourse, type Weekday } from '@jobbrygga/domain';
import {
  brokenConstraints, candidateSearches, DEFAULT_WEIGHTS, filterLiteral, nearGroups, placementSlots, reasonText, score, scorer, SHORT_LIST, type Near, type PlacementFacts, type Reason, type Scored, type Weights,
} from '@jobbrygga/matching';
import { notFound } from '../common/app-error';
import type { AuthUser } from '../common/request-context';
import { SearchIndex } from '../search/search-index.service';
import { swedishToday } from '../learners/learner-access';
import { Clock } from '../clock/clock';
import type { CandidateQuery, MatchQuery } from './dto';
import { MATCHABLE, learnerDocument, toFacts, type CandidateDocument } from './candidates.index';
import type { PlacementDocument } from '../placements/placements.index';

/** One candidate as a coach sees it: who, how well and why. Never gender, age or contact. */
export interface CandidateEntry {
  learnerId: string;
  displayName: string;
  score: number;
  sfiCourse: SfiCourse | null;
  /** The learner marked the placement as interesting. */
  interested: boolean;
  reasons: { code: Reason['code'] | 'interested'; text: string }[];
}

const interestedText = (locale: Locale) =>
  ({ sv: 'Har själv visat intresse för platsen', en: 'Has marked the placement as interesting', ar: 'أبدى اهتمامه بهذا المكان بنفسه' })[locale];

/** One placement or job track as a match for a learner. */
export interface MatchEntry {
  placementId: string;
  kind: 'placement' | 'jobTrack';
  title: string;
  type: string;
  employerName: string;
  place: string | null;
  startDate: string;
  score: number;
  interested: boolean;
  reasons: { code: Reason['code']; text: string }[];
}

/** The score weights of the placement `p`'s municipality (null: the product's defaults). */
const WEIGHTS = `(SELECT matching_weights FROM tenant WHERE code = p.tenant_code)`;
/** Learners in another agreed or started placement whose dates overlap the placement `p`'s. */
const BUSY = `ARRAY(SELECT DISTINCT r.learner_id::text FROM referral r JOIN placement op ON op.id = r.placement_id
              WHERE r.tenant_code = p.tenant_code AND r.state IN ('agreed', 'started') AND r.placement_id <> p.id
                AND daterange(COALESCE((r.agreement->>'startDate')::date, op.start_date), COALESCE((r.agreement->>'endDate')::date, op.end_date, 'infinity'::date), '[]')
                 && daterange(p.start_date, COALESCE(p.end_date, 'infinity'::date), '[]'))`;

interface PlacementRow {
  id: string; tenantCode: string; minSfiCourse: SfiCourse | null; licences: string[]; startDate: string; hoursPerWeek: number; days: Weekday[];
  fitsSfiMorning: boolean; fitsSfiAfternoon: boolean; placeId: string | null; lat: number | null; lon: number | null; ssyk: string | null; requiredSkills: string[];
  niceSkills: string[]; languages: string[]; requiresEstablishment: boolean; seats: number;
}

interface Room {
  seatsLeft: number;
  supervisorLeft: number;
  busy: string[];
  /** The municipality's score weights; null: the defaults. */
  weights: Weights | null;
}

function toPlacementFacts(row: PlacementRow): PlacementFacts & { seats: number } {
  return {
    placementId: row.id,
    tenantCode: row.tenantCode,
    minSfiCourse: row.minSfiCourse,
    licences: row.licences,
    startDate: row.startDate,
    hoursPerWeek: row.hoursPerWeek,
    slots: placementSlots(row.days, row.fitsSfiMorning, row.fitsSfiAfternoon),
    site: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon, placeId: row.placeId } : null,
    ssyk: row.ssyk,
    fieldId: null,
    requiredSkills: row.requiredSkills,
    niceSkills: row.niceSkills,
    languages: row.languages,
    requiresEstablishment: row.requiresEstablishment,
    seats: row.seats,
  };
}

/**
 * Matching, placement → learners: Meilisearch holds every hard constraint in its filter (so totals
 * and pages are right), the API scores the short list with `@jobbrygga/matching` and explains each
 * score in the caller's language. Consent and protected identity are checked again in PostgreSQL
 * for the page it answers, so a withdrawn consent counts at once.
 */
@Injectable()
export class MatchingService {
  private groups?: Promise<{ skills: Map<string, string[]>; fields: Map<string, string>; near: (ssyk: string) => Near }>;

  constructor(private readonly ds: DataSource, private readonly search: SearchIndex, private readonly clock: Clock) {}

  private reference() {
    this.groups ??= (async () => {
      const skills = new Map<string, string[]>();
      for (const r of await this.ds.query(`SELECT ssyk_code AS ssyk, array_agg(skill_concept_id) AS skills FROM ref_ssyk_skill GROUP BY ssyk_code`)) {
        skills.set(r.ssyk, r.skills);
      }
      const fields = new Map<string, string>();
      for (const r of await this.ds.query(`SELECT code, field_concept_id AS field FROM ref_ssyk_group`)) fields.set(r.code, r.field);
      // The groups near each placement group (the short list's second tier), worked out once per group.
      const nearOf = new Map<string, Near>();
      const near = (ssyk: string) => {
        let known = nearOf.get(ssyk);
        if (!known) {
          known = nearGroups(ssyk, fields.keys(), (g) => skills.get(g) ?? [], (g) => fields.get(g) ?? null);
          nearOf.set(ssyk, known);
        }
        return known;
      };
      return { skills, fields, near };
    })().catch((err) => {
      this.groups = undefined;
      throw err;
    });
    return this.groups;
  }

  async placementFacts(caller: AuthUser, placementId: string): Promise<PlacementFacts & { seats: number }> {
    const [facts] = await this.placementsFacts(caller.tenantCode, [placementId]);
    if (!facts) throw notFound();
    return facts;
  }

  private async placementsFacts(tenantCode: string, ids: string[]): Promise<(PlacementFacts & { seats: number })[]> {
    return (await this.placementRows(tenantCode, ids, false)).map(toPlacementFacts);
  }

  /** The placements' rows; `room` adds seats and supervisor room left and the learners busy at the time (one placement's worth of work each). */
  private placementRows(tenantCode: string, ids: string[], room: boolean): Promise<(PlacementRow & Partial<Room>)[]> {
    return this.ds.query(
      `SELECT p.id, p.tenant_code AS "tenantCode", p.min_sfi_course AS "minSfiCourse", p.licences, to_char(p.start_date, 'YYYY-MM-DD') AS "startDate",
              p.hours_per_week AS "hoursPerWeek", p.days, p.fits_sfi_morning AS "fitsSfiMorning", p.fits_sfi_afternoon AS "fitsSfiAfternoon",
              pl.id AS "placeId", pl.lat, pl.lon, p.ssyk_code AS ssyk, p.required_skills AS "requiredSkills", p.nice_skills AS "niceSkills",
              ARRAY(SELECT DISTINCT unnest(p.helpful_languages || COALESCE(sv.languages, '{}'))) AS languages,
              t.requires_establishment_programme AS "requiresEstablishment", p.seats
              ${room ? `, ${SEATS_LEFT} AS "seatsLeft", ${SUPERVISOR_LEFT} AS "supervisorLeft", ${BUSY} AS busy, ${WEIGHTS} AS weights` : ''}
         FROM placement p JOIN placement_type t ON t.id = p.type_id
         LEFT JOIN employer_site s ON s.id = p.site_id LEFT JOIN ref_place pl ON pl.id = s.place_id
         LEFT JOIN supervisor sv ON sv.id = p.supervisor_id
        WHERE p.id = ANY($1::uuid[]) AND p.tenant_code = $2`,
      [ids, tenantCode],
    );
  }

  /**
   * A placement's facts with what is left of it, in one query: seats and room with its supervisor
   * not taken by agreed or started referrals (never below 0), the learners busy in another
   * overlapping placement, and its municipality's score weights.
   */
  async placementWithRoom(caller: AuthUser, placementId: string): Promise<{ facts: PlacementFacts & { seats: number } } & Room> {
    const [row] = await this.placementRows(caller.tenantCode, [placementId], true);
    if (!row) throw notFound();
    return { facts: toPlacementFacts(row), seatsLeft: Math.max(0, row.seatsLeft!), supervisorLeft: Math.max(0, row.supervisorLeft!), busy: row.busy!, weights: row.weights ?? null };
  }

  /**
   * The seats and supervisor room left of a placement, counted as `placementWithRoom` counts them,
   * for a step that is about to take one inside the transaction `m`. The placement's row is locked
   * first, then its supervisor's (always in this order, so two agreements never wait on each other
   * crosswise), and only then counted, in a statement of its own: under READ COMMITTED that count
   * sees every agreement committed by whoever held the locks before, and no other agreement for
   * the placement or the supervisor can commit until `m` ends. The supervisor is the placement's
   * current one, as SUPERVISOR_LEFT counts every agreed referral against it.
   */
  async lockedRoom(m: EntityManager, placementId: string): Promise<{ seatsLeft: number; supervisorLeft: number }> {
    const [placement] = await m.query(`SELECT supervisor_id AS "supervisorId" FROM placement WHERE id = $1 FOR UPDATE`, [placementId]);
    if (!placement) throw notFound();
    if (placement.supervisorId) await m.query(`SELECT 1 FROM supervisor WHERE id = $1 FOR UPDATE`, [placement.supervisorId]);
    const [room] = await m.query(
      `SELECT ${SEATS_LEFT} AS "seatsLeft", ${SUPERVISOR_LEFT} AS "supervisorLeft" FROM placement p LEFT JOIN supervisor sv ON sv.id = p.supervisor_id WHERE p.id = $1`,
      [placementId],
    );
    return { seatsLeft: Math.max(0, room.seatsLeft), supervisorLeft: Math.max(0, room.supervisorLeft) };
  }

  /** Every learner who meets the hard constraints, best first (the full list is `limit`/`offset` over it). */
  async candidates(caller: AuthUser, placementId: string, query: CandidateQuery, locale: Locale): Promise<{ items: CandidateEntry[]; total: number; limit: number; offset: number; full?: boolean }> {
    const { limit, offset } = query;
    // The placement's facts, the room left and who is busy at the time: one round trip.
    const room = await this.placementWithRoom(caller, placementId);
    const placement = room.facts;
    // No seat or no room with the supervisor: nobody can be proposed.
    if (!room.seatsLeft || !room.supervisorLeft) return { items: [], total: 0, limit, offset, full: true };
    const { skills, fields, near } = await this.reference();
    // The coach's narrowing, as conditions in every search: totals stay exact.
    const narrowing: string[] = [];
    if (query.sfiCourse) narrowing.push(`sfiRank >= ${sfiRank(query.sfiCourse)}`);
    if (query.interested === 'true') {
      const marked: { id: string }[] = await this.ds.query(`SELECT learner_id::text AS id FROM placement_interest WHERE placement_id = $1`, [placementId]);
      if (marked.length === 0) return { items: [], total: 0, limit, offset };
      narrowing.push(`id IN [${marked.map((m) => filterLiteral(m.id)).join(', ')}]`);
    }
    const searches = candidateSearches(placement, room.busy, placement.ssyk ? near(placement.ssyk) : { field: null, groups: [] }, { goal: query.goal, filter: narrowing });
    if (searches.length === 0) return { items: [], total: 0, limit, offset };
    const indexUid = this.search.uid('candidates');
    const { results } = (await this.search.client.multiSearch({ queries: searches.map((q) => ({ indexUid, q: '', ...q })) })) as { results: SearchResponse<CandidateDocument>[] };
    const scoreOf = scorer(placement, {
      today: swedishToday(this.clock),
      skillsOfGroup: (ssyk: string) => skills.get(ssyk) ?? [],
      fieldOfGroup: (ssyk: string) => fields.get(ssyk) ?? null,
      weights: room.weights ?? DEFAULT_WEIGHTS,
    });
    const ranked: { doc: CandidateDocument; scored: Scored }[] = [];
    let matching = 0;
    let drawn = 0;
    for (const result of results) {
      // The tiers do not overlap: their totals add up to everyone who meets the constraints.
      matching += result.totalHits ?? result.hits.length;
      drawn += result.hits.length;
      for (const doc of result.hits) {
        const facts = toFacts(doc);
        // The index and the pure check must agree; a stale document that no longer fits is left out.
        if (brokenConstraints(facts, placement).length === 0) ranked.push({ doc, scored: scoreOf(facts) });
      }
    }
    ranked.sort((a, b) => b.scored.score - a.scored.score || a.doc.id.localeCompare(b.doc.id));
    const page = ranked.slice(offset, offset + limit);
    // Consent withdrawn or identity protected a moment ago: out at once, before the index catches up.
    const people: { id: string; name: string; interested: boolean }[] = page.length
      ? await this.ds.query(
          `SELECT l.id, l.first_name || ' ' || l.last_name AS name,
                  EXISTS (SELECT 1 FROM placement_interest i WHERE i.placement_id = $3 AND i.learner_id = l.id) AS interested
             FROM learner l WHERE l.id = ANY($1::uuid[]) AND l.tenant_code = $2 AND ${MATCHABLE}`,
          [page.map((p) => p.doc.id), caller.tenantCode, placementId],
        )
      : [];
    const names = new Map(people.map((p) => [p.id, p.name]));
    const interested = new Set(people.filter((p) => p.interested).map((p) => p.id));
    const items = page
      .filter((p) => names.has(p.doc.id))
      .map(({ doc, scored }) => ({
        learnerId: doc.id,
        displayName: names.get(doc.id)!,
        score: scored.score,
        sfiCourse: doc.sfiCourse,
        interested: interested.has(doc.id),
        reasons: [
          ...(interested.has(doc.id) ? [{ code: 'interested' as const, text: interestedText(locale) }] : []),
          ...scored.reasons.map((reason) => ({ code: reason.code, text: reasonText(reason, locale) })),
        ],
      }));
    // Beyond the short list the index's own count stands (its filter holds the same constraints).
    const total = matching > drawn ? matching : ranked.length - (page.length - items.length);
    return { items, total, limit, offset };
  }

  /**
   * Learner → placements and job tracks that fit: the placement index is filtered by what can be
   * said there (municipality, SFI course, start, hours, licences, travel), then every hit is checked
   * against all hard constraints (SFI lesson times, the type's rules) and scored against the career plan.
   */
  async matches(caller: AuthUser, learnerId: string, query: MatchQuery, locale: Locale): Promise<{ items: MatchEntry[]; total: number; limit: number; offset: number }> {
    const { limit, offset } = query;
    const doc = await learnerDocument(this.ds, learnerId, caller.tenantCode);
    if (!doc) throw notFound();
    const learner = toFacts(doc);
    const lacking: { label: string }[] = await this.ds.query(`SELECT label FROM ref_driving_licence WHERE NOT (label = ANY($1::text[]))`, [learner.licences]);
    const filter = [
      `tenantCode = ${filterLiteral(caller.tenantCode)}`,
      `minSfiRank <= ${doc.sfiRank}`,
      `startDay >= ${doc.availableFromDay}`,
      ...(learner.hoursPerWeek !== null ? [`hoursPerWeek <= ${learner.hoursPerWeek}`] : []),
      ...(lacking.length ? [`NOT licences IN [${lacking.map((l) => filterLiteral(l.label)).join(', ')}]`] : []),
      learner.home ? `(placeId IS NULL OR _geoRadius(${learner.home.lat}, ${learner.home.lon}, ${learner.travelBandKm * 1000}))` : 'placeId IS NULL',
      ...(query.kind ? [`kind = ${filterLiteral(query.kind)}`] : []),
    ];
    const marked = new Set<string>((await this.ds.query(`SELECT placement_id::text AS id FROM placement_interest WHERE learner_id = $1`, [learnerId])).map((r: { id: string }) => r.id));
    if (query.interested === 'true' && marked.size === 0) return { items: [], total: 0, limit, offset };
    const answer = (await this.search.index<PlacementDocument>('placements').search('', { filter, hitsPerPage: SHORT_LIST, page: 1 })) as SearchResponse<PlacementDocument>;
    const facts = new Map((await this.placementsFacts(caller.tenantCode, answer.hits.map((h) => h.id))).map((f) => [f.placementId, f]));
    const { skills, fields } = await this.reference();
    const [tenant]: { weights: Weights | null }[] = await this.ds.query(`SELECT matching_weights AS weights FROM tenant WHERE code = $1`, [caller.tenantCode]);
    const ctx = {
      today: swedishToday(this.clock),
      skillsOfGroup: (ssyk: string) => skills.get(ssyk) ?? [],
      fieldOfGroup: (ssyk: string) => fields.get(ssyk) ?? null,
      weights: tenant?.weights ?? DEFAULT_WEIGHTS,
    };
    const ranked = answer.hits
      // Every hard constraint checked here (the index cannot say them all); the total counts what is left.
      .filter((hit) => facts.has(hit.id) && brokenConstraints(learner, facts.get(hit.id)!).length === 0)
      .filter((hit) => query.interested !== 'true' || marked.has(hit.id))
      .map((hit) => ({ hit, scored: score(learner, facts.get(hit.id)!, ctx) }))
      .sort((a, b) => b.scored.score - a.scored.score || a.hit.startDay - b.hit.startDay || a.hit.id.localeCompare(b.hit.id));
    const items = ranked.slice(offset, offset + limit).map(({ hit, scored }) => ({
      placementId: hit.id,
      kind: hit.kind,
      title: (locale === 'en' ? hit.titleEn : locale === 'ar' ? hit.titleAr : null) ?? hit.title,
      type: hit.type,
      employerName: hit.employerName,
      place: hit.placeLabel,
      startDate: hit.startDate,
      score: scored.score,
      interested: marked.has(hit.id),
      reasons: scored.reasons.map((reason) => ({ code: reason.code, text: reasonText(reason, locale) })),
    }));
    return { items, total: ranked.length, limit, offset };
  }

  /** A newcomer marks (or unmarks) an open placement of their municipality as interesting. */
  async setInterest(caller: AuthUser, placementId: string, interested: boolean): Promise<{ placementId: string; interested: boolean }> {
    const [learner] = await this.ds.query(`SELECT id FROM learner WHERE user_id = $1 AND tenant_code = $2`, [caller.id, caller.tenantCode]);
    if (!learner) throw notFound();
    const [placement] = await this.ds.query(
      `SELECT 1 FROM placement p JOIN employer e ON e.id = p.employer_id WHERE p.id = $1 AND p.tenant_code = $2 AND p.status = 'open' AND e.status = 'approved'`,
      [placementId, caller.tenantCode],
    );
    if (!placement) throw notFound();
    if (interested) {
      await this.ds.query(`INSERT INTO placement_interest (learner_id, placement_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [learner.id, placementId, this.clock.now()]);
    } else {
      await this.ds.query(`DELETE FROM placement_interest WHERE learner_id = $1 AND placement_id = $2`, [learner.id, placementId]);
    }
    return { placementId, interested };
  }

  /** The placements a learner marked as interesting, newest first. */
  async interests(learnerId: string): Promise<{ placementId: string; title: string; employerName: string; status: string; markedAt: string }[]> {
    const rows = await this.ds.query(
      `SELECT p.id AS "placementId", p.title, e.name AS "employerName", p.status, i.created_at AS "markedAt"
         FROM placement_interest i JOIN placement p ON p.id = i.placement_id JOIN employer e ON e.id = p.employer_id
        WHERE i.learner_id = $1 ORDER BY i.created_at DESC`,
      [learnerId],
    );
    return rows.map((r: { markedAt: Date }) => ({ ...r, markedAt: new Date(r.markedAt).toISOString() }));
  }
}
