import { SFI_COURSES, type SfiCourse, type SfiProgressStatus } from '@jobbrygga/domain';
import { addYears } from './dates';

export interface SfiCourseRecord {
  course: SfiCourse;
  startDate: string;
  endDate: string | null;
  /** 'A'–'F', 'continuing' or 'dropped' (SfiResult). */
  result: string;
}

const PASSING = new Set(['A', 'B', 'C', 'D', 'E']);

/**
 * Where a learner stands in SFI two years after their first course started.
 * - cutoff = the first course's start + 2 years (29 February → 28 February).
 * - Only courses started on or before the cutoff count. The highest of them by letter is the one
 *   reported (several of the same letter: the one started last; same day too: the later in the list).
 * - Its status: 'passed' if its result is A–E and it ended on or before the cutoff; 'dropped' if
 *   its result is 'dropped' and it ended on or before the cutoff; otherwise 'continuing' (still
 *   going at the cutoff, grade F, or it ended after the cutoff).
 *   A finished result (A–E or dropped) without an end date counts as ended by the cutoff: the
 *   result is known, only its date is missing.
 * Null when there are no courses.
 */
export function sfiStatusAfterTwoYears(courses: readonly SfiCourseRecord[]): { firstStart: string; highest: SfiCourse; status: SfiProgressStatus } | null {
  if (courses.length === 0) return null;
  const firstStart = courses.reduce((min, c) => (c.startDate < min ? c.startDate : min), courses[0].startDate);
  const cutoff = addYears(firstStart, 2);
  let best: SfiCourseRecord | null = null;
  for (const c of courses) {
    if (c.startDate > cutoff) continue;
    if (best === null) best = c;
    else {
      const byLetter = SFI_COURSES.indexOf(c.course) - SFI_COURSES.indexOf(best.course);
      if (byLetter > 0 || (byLetter === 0 && c.startDate >= best.startDate)) best = c;
    }
  }
  // The first course always starts on or before the cutoff.
  const highest = best!;
  const endedByCutoff = highest.endDate === null || highest.endDate <= cutoff;
  const status: SfiProgressStatus =
    PASSING.has(highest.result) && endedByCutoff ? 'passed' : highest.result === 'dropped' && endedByCutoff ? 'dropped' : 'continuing';
  return { firstStart, highest: highest.course, status };
}
