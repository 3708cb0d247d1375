import type { GenderCounts } from '@jobbrygga/domain';

export interface SuppressOptions {
  /** Values from 1 to threshold − 1 are hidden. Default 5. */
  threshold?: number;
  /**
   * true: the rows do not overlap (each counted item is in one row), so the column sums are a
   * total row and are published. false: rows overlap (pipeline stages, people in several
   * groups); there is no total row and only each row's own total is protected.
   */
  additive: boolean;
}

export interface SuppressedTable {
  rows: GenderCounts[];
  /** The column sums and the grand total (additive tables); null when not additive. */
  total: GenderCounts | null;
}

const COLS = ['women', 'men', 'otherUnknown', 'total'] as const;
/** Index of the total column. */
const T = 3;

/**
 * Hides small counts in a gender-split table so that no value from 1 to threshold − 1 can be
 * read or worked out from the published sums.
 *
 * The table: each row's total is women + men + otherUnknown; when `additive`, a total row holds
 * the column sums and the grand total.
 *
 * 1. Primary suppression: every cell (row totals included, and when additive the total row and
 *    the grand total too) with a value from 1 to threshold − 1 is hidden (null). 0 is shown: it
 *    says nothing about a person.
 * 2. Complementary suppression, repeated over all lines until nothing changes. A line is a set of
 *    cells and the published total they sum to:
 *    - every row (the total row too): women, men, otherUnknown → the row total;
 *    - when additive, every column (women, men, otherUnknown and the total column) over the
 *      rows → that column's cell in the total row.
 *    In a line whose total is published, if exactly one cell is hidden (it could be worked out as
 *    total minus the rest), the smallest non-zero published cell of the line is hidden too (ties:
 *    the first, rows top to bottom, columns left to right). If there is no such cell, the line's
 *    total is hidden instead. Lines whose total is hidden are not checked.
 *    Hiding only ever adds cells, so this ends.
 *
 * Published values are always the true ones.
 */
export function suppress(rows: readonly { women: number; men: number; otherUnknown: number }[], opts: SuppressOptions): SuppressedTable {
  const threshold = opts.threshold ?? 5;
  const { additive } = opts;
  const values: number[][] = rows.map((r) => [r.women, r.men, r.otherUnknown, r.women + r.men + r.otherUnknown]);
  const bodyRows = values.length;
  if (additive) values.push([0, 1, 2, 3].map((c) => values.slice(0, bodyRows).reduce((sum, row) => sum + row[c], 0)));

  const hidden: boolean[][] = values.map((row) => row.map((v) => v >= 1 && v < threshold));

  type Cell = [row: number, col: number];
  const lines: { cells: Cell[]; total: Cell }[] = [];
  for (let r = 0; r < values.length; r++) lines.push({ cells: [[r, 0], [r, 1], [r, 2]], total: [r, T] });
  if (additive) {
    for (let c = 0; c <= T; c++) lines.push({ cells: values.slice(0, bodyRows).map((_, r): Cell => [r, c]), total: [bodyRows, c] });
  }

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (hidden[line.total[0]][line.total[1]]) continue;
      if (line.cells.filter(([r, c]) => hidden[r][c]).length !== 1) continue;
      let pick: Cell | null = null;
      for (const [r, c] of line.cells) {
        if (hidden[r][c] || values[r][c] === 0) continue;
        if (pick === null || values[r][c] < values[pick[0]][pick[1]]) pick = [r, c];
      }
      const [r, c] = pick ?? line.total;
      hidden[r][c] = true;
      changed = true;
    }
  }

  const publish = (r: number): GenderCounts =>
    Object.fromEntries(COLS.map((name, c) => [name, hidden[r][c] ? null : values[r][c]])) as unknown as GenderCounts;
  return {
    rows: values.slice(0, bodyRows).map((_, r) => publish(r)),
    total: additive ? publish(bodyRows) : null,
  };
}
