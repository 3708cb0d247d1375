import { sfiStatusAfterTwoYears, type SfiCourseRecord } from './sfi';

const c = (course: SfiCourseRecord['course'], startDate: string, endDate: string | null, result: string): SfiCourseRecord => ({ course, startDate, endDate, result });
// First start 1 September 2023: the cutoff is 1 September 2025.
const a = c('A', '2023-09-01', '2024-01-15', 'E');
const b = c('B', '2024-01-20', '2024-08-30', 'C');

describe('sfiStatusAfterTwoYears', () => {
  it('no courses: nothing to report', () => {
    expect(sfiStatusAfterTwoYears([])).toBeNull();
  });

  it('the highest course reached by the cutoff and its status', () => {
    expect(sfiStatusAfterTwoYears([c('A', '2023-09-01', '2024-01-20', 'C')])).toEqual({ firstStart: '2023-09-01', highest: 'A', status: 'passed' });
    expect(sfiStatusAfterTwoYears([a, b, c('C', '2024-09-01', null, 'continuing')])).toEqual({ firstStart: '2023-09-01', highest: 'C', status: 'continuing' });
    expect(sfiStatusAfterTwoYears([a, b, c('C', '2024-09-01', '2025-06-10', 'B')])).toEqual({ firstStart: '2023-09-01', highest: 'C', status: 'passed' });
  });

  it('the first start is the earliest, whatever the order', () => {
    expect(sfiStatusAfterTwoYears([c('C', '2024-09-01', '2025-06-10', 'B'), b, a])).toEqual({ firstStart: '2023-09-01', highest: 'C', status: 'passed' });
  });

  it('a grade on the cutoff day counts as passed; the day after, the learner was still studying at the cutoff', () => {
    expect(sfiStatusAfterTwoYears([a, c('C', '2024-09-01', '2025-09-01', 'D')])?.status).toBe('passed');
    expect(sfiStatusAfterTwoYears([a, c('C', '2024-09-01', '2025-09-02', 'D')])?.status).toBe('continuing');
  });

  it('a course started on the cutoff day counts; one started the day after does not', () => {
    expect(sfiStatusAfterTwoYears([a, b, c('D', '2025-09-01', null, 'continuing')])).toMatchObject({ highest: 'D', status: 'continuing' });
    expect(sfiStatusAfterTwoYears([a, b, c('D', '2025-09-02', '2025-12-20', 'A')])).toMatchObject({ highest: 'B', status: 'passed' });
  });

  it('F is continuing', () => {
    expect(sfiStatusAfterTwoYears([a, c('B', '2024-01-20', '2024-05-01', 'F')])).toMatchObject({ highest: 'B', status: 'continuing' });
  });

  it('dropped by the cutoff is dropped; dropped after it was still studying at the cutoff', () => {
    expect(sfiStatusAfterTwoYears([a, c('B', '2024-01-20', '2025-03-01', 'dropped')])).toMatchObject({ highest: 'B', status: 'dropped' });
    expect(sfiStatusAfterTwoYears([a, c('B', '2024-01-20', '2025-10-01', 'dropped')])).toMatchObject({ highest: 'B', status: 'continuing' });
  });

  it('a finished result without an end date is taken as it is', () => {
    expect(sfiStatusAfterTwoYears([a, c('B', '2024-01-20', null, 'dropped')])?.status).toBe('dropped');
    expect(sfiStatusAfterTwoYears([a, c('B', '2024-01-20', null, 'D')])?.status).toBe('passed');
    expect(sfiStatusAfterTwoYears([a, c('B', '2024-01-20', null, 'F')])?.status).toBe('continuing');
  });

  it('the same course twice: the one started last decides', () => {
    const dropped = c('B', '2023-09-01', '2023-12-01', 'dropped');
    const passed = c('B', '2024-01-10', '2024-06-01', 'A');
    expect(sfiStatusAfterTwoYears([dropped, passed])).toEqual({ firstStart: '2023-09-01', highest: 'B', status: 'passed' });
    expect(sfiStatusAfterTwoYears([passed, dropped])).toEqual({ firstStart: '2023-09-01', highest: 'B', status: 'passed' });
  });

  it('a higher letter beats a later start', () => {
    expect(sfiStatusAfterTwoYears([c('C', '2024-01-01', '2024-03-01', 'dropped'), c('B', '2024-06-01', null, 'continuing')])).toEqual({ firstStart: '2024-01-01', highest: 'C', status: 'dropped' });
  });

  it('first start on 29 February: the cutoff is 28 February two years later', () => {
    const first = c('A', '2024-02-29', '2024-06-01', 'E');
    expect(sfiStatusAfterTwoYears([first, c('B', '2024-08-01', '2026-02-28', 'D'), c('C', '2026-03-01', null, 'continuing')])).toEqual({ firstStart: '2024-02-29', highest: 'B', status: 'passed' });
    expect(sfiStatusAfterTwoYears([first, c('B', '2024-08-01', '2026-03-01', 'D')])).toMatchObject({ highest: 'B', status: 'continuing' });
    expect(sfiStatusAfterTwoYears([first, c('C', '2026-02-28', null, 'continuing')])).toMatchObject({ highest: 'C', status: 'continuing' });
  });
});
