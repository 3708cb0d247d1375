/**
 * How full a placement and a supervisor are, as SQL over `referral`: agreed and started referrals
 * take a seat each, and a place with the placement's supervisor. One definition for the candidate
 * list, a proposal, an agreement and a change of the placement.
 */

/** Learners agreed or started at the placement `p`. */
export const TAKEN = `(SELECT count(*)::int FROM referral r WHERE r.placement_id = p.id AND r.state IN ('agreed', 'started'))`;
/** Seats left at the placement `p`. */
export const SEATS_LEFT = `p.seats - ${TAKEN}`;
/** Room left with the supervisor `sv` over all their placements; no supervisor (a null `sv`): no limit. */
export const SUPERVISOR_LEFT = `COALESCE(sv.capacity - (SELECT count(*)::int FROM referral r JOIN placement q ON q.id = r.placement_id
                                  WHERE q.supervisor_id = sv.id AND r.state IN ('agreed', 'started')), 1000)`;
