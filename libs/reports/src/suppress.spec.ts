import fc from 'fast-check';
import { suppress } from './suppress';

const row = (women: number, men: number, otherUnknown: number) => ({ women, men, otherUnknown });
const cells = (women: number | null, men: number | null, otherUnknown: number | null, total: number | null) => ({ women, men, otherUnknown, total });

describe('suppress: examples', () => {
  it('shows everything when no value is from 1 to 4; 0 is shown', () => {
    expect(suppress([row(10, 20, 5), row(0, 0, 0)], { additive: true })).toEqual({
      rows: [cells(10, 20, 5, 35), cells(0, 0, 0, 0)],
      total: cells(10, 20, 5, 35),
    });
  });

  it('no rows: an empty table with a zero total, or no total when rows overlap', () => {
    expect(suppress([], { additive: true })).toEqual({ rows: [], total: cells(0, 0, 0, 0) });
    expect(suppress([], { additive: false })).toEqual({ rows: [], total: null });
  });

  it('5 is shown, 4 is hidden, and one more cell in its row so it cannot be worked out from the total', () => {
    expect(suppress([row(5, 5, 0)], { additive: false }).rows).toEqual([cells(5, 5, 0, 10)]);
    expect(suppress([row(4, 6, 0)], { additive: false }).rows).toEqual([cells(null, null, 0, 10)]);
  });

  it('the threshold can be set: below it hidden, exactly it shown', () => {
    expect(suppress([row(3, 3, 3)], { additive: false, threshold: 3 }).rows).toEqual([cells(3, 3, 3, 9)]);
    expect(suppress([row(2, 3, 0)], { additive: false, threshold: 3 }).rows).toEqual([cells(null, null, 0, 5)]);
  });

  it('the second cell hidden is the smallest non-zero one; on a tie, the first', () => {
    expect(suppress([row(9, 2, 7)], { additive: false }).rows).toEqual([cells(9, null, null, 18)]);
    expect(suppress([row(7, 2, 7)], { additive: false }).rows).toEqual([cells(null, null, 7, 16)]);
  });

  it('a small row total is hidden itself, and then its row needs nothing more', () => {
    expect(suppress([row(0, 3, 0)], { additive: false }).rows).toEqual([cells(0, null, 0, null)]);
    expect(suppress([row(2, 2, 0)], { additive: false }).rows).toEqual([cells(null, null, 0, null)]);
  });

  it('overlapping rows (pipeline stages): each row on its own, no total', () => {
    expect(suppress([row(12, 9, 1), row(8, 6, 0), row(3, 2, 0)], { additive: false })).toEqual({
      rows: [cells(12, null, null, 22), cells(8, 6, 0, 14), cells(null, null, 0, 5)],
      total: null,
    });
  });

  it('one row, additive: the total row repeats the row and is protected the same way', () => {
    expect(suppress([row(10, 3, 0)], { additive: true })).toEqual({ rows: [cells(null, null, 0, 13)], total: cells(null, null, 0, 13) });
  });

  it('additive: rows, then columns, until no line has exactly one hidden cell', () => {
    // Primary: 3 (row 2 women), 1 and 2 (other), 3 (other total). Row 3 hides men 18; the total row
    // hides women 35; the men column then has one hidden cell (18) and hides the smallest other: 9.
    expect(suppress([row(12, 15, 0), row(3, 9, 1), row(20, 18, 2)], { additive: true })).toEqual({
      rows: [cells(12, 15, 0, 27), cells(null, null, null, 13), cells(20, null, null, 40)],
      total: cells(null, 42, null, 80),
    });
  });

  it('a line with nothing else to hide hides its total, and that spreads to the total column', () => {
    // Row 1 hides women 10 beside men 3. The women column (10, 0) has nothing else, so the women
    // total goes; the men column hides 20, row 2 then has nothing else and hides its total 20, the
    // total row hides men 23, and the total column hides 13. Only the grand total is left.
    expect(suppress([row(10, 3, 0), row(0, 20, 0)], { additive: true })).toEqual({
      rows: [cells(null, null, 0, null), cells(0, null, 0, null)],
      total: cells(null, null, 0, 33),
    });
  });

  it('a small column total is hidden, and the total row protects it', () => {
    // Other: 2 + 1 = 3 in total, all hidden. Rows hide their smallest other cell: 10 and 6. The
    // total row hides women 24 beside the other total. The men column (20, hidden 6) hides 20.
    expect(suppress([row(10, 20, 2), row(14, 6, 1)], { additive: true })).toEqual({
      rows: [cells(null, null, null, 32), cells(14, null, null, 21)],
      total: cells(null, 26, null, 53),
    });
  });
});

describe('suppress: properties', () => {
  const value = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 5 }));
  const table = fc.array(fc.record({ women: value, men: value, otherUnknown: value }), { maxLength: 8 });

  it('publishes only true values, nothing from 1 to 4, and never exactly one hidden cell in a line with a published total', () => {
    fc.assert(
      fc.property(table, fc.boolean(), (rows, additive) => {
        const result = suppress(rows, { additive });
        const truth = rows.map((r) => [r.women, r.men, r.otherUnknown, r.women + r.men + r.otherUnknown]);
        const published = result.rows.map((r) => [r.women, r.men, r.otherUnknown, r.total]);
        if (additive) {
          truth.push([0, 1, 2, 3].map((c) => truth.reduce((sum, t) => sum + t[c], 0)));
          expect(result.total).not.toBeNull();
          published.push([result.total!.women, result.total!.men, result.total!.otherUnknown, result.total!.total]);
        } else {
          expect(result.total).toBeNull();
        }
        expect(published).toHaveLength(truth.length);
        published.forEach((p, r) =>
          p.forEach((v, c) => {
            if (v !== null) {
              expect(v).toBe(truth[r][c]);
              expect(v >= 1 && v <= 4).toBe(false);
            }
          }),
        );
        const lines: { cells: (number | null)[]; total: number | null }[] = published.map((p) => ({ cells: p.slice(0, 3), total: p[3] }));
        if (additive) {
          const body = published.slice(0, rows.length);
          for (let c = 0; c < 4; c++) lines.push({ cells: body.map((p) => p[c]), total: published[rows.length][c] });
        }
        for (const line of lines) {
          if (line.total === null) continue;
          expect(line.cells.filter((v) => v === null).length).not.toBe(1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
