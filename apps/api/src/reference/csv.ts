/** Thrown when a reference file cannot be read as CSV; says where, so the file can be fixed. */
export class CsvFormatError extends Error {
  constructor(message: string, readonly where: string) {
    super(`${message} (${where})`);
    this.name = 'CsvFormatError';
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** The 1-based line of a position, for error messages only. */
function lineAt(text: string, position: number): string {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) line += 1;
  return `line ${line}`;
}

/**
 * Parses RFC 4180 CSV: fields separated by commas, records by CRLF or LF, fields in double quotes
 * may hold commas, line breaks and doubled quotes (""). A leading byte-order mark is dropped and
 * blank lines (such as a final line break) are no records. Line breaks inside quoted fields are
 * kept as they are in the file. Scans with indexOf and slice, so megabyte files parse quickly.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let record: string[] = [];
  while (i < n) {
    // At the start of a field.
    let quoted = false;
    if (text.charCodeAt(i) === QUOTE) {
      quoted = true;
      let value = '';
      let pos = i + 1;
      for (;;) {
        const q = text.indexOf('"', pos);
        if (q === -1) throw new CsvFormatError('unterminated quoted field', lineAt(text, i));
        value += text.slice(pos, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          pos = q + 2;
        } else {
          pos = q + 1;
          break;
        }
      }
      const c = text.charCodeAt(pos);
      if (pos < n && c !== COMMA && c !== LF && !(c === CR && text.charCodeAt(pos + 1) === LF)) {
        throw new CsvFormatError('text after a closing quote', lineAt(text, pos));
      }
      record.push(value);
      i = pos;
    } else {
      let j = i;
      for (; j < n; j += 1) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === LF || (c === CR && text.charCodeAt(j + 1) === LF)) break;
        if (c === QUOTE) throw new CsvFormatError('quote inside an unquoted field', lineAt(text, j));
      }
      record.push(text.slice(i, j));
      i = j;
    }
    // After a field: a comma, a line break or the end.
    if (i < n && text.charCodeAt(i) === COMMA) {
      i += 1;
      if (i === n) record.push(''); // "a," ends with an empty field
      else continue;
    } else if (i < n) {
      i += text.charCodeAt(i) === CR ? 2 : 1;
    }
    // A blank line is no record (RFC 4180 has none; editors add them at the end of files).
    const blank = record.length === 1 && record[0] === '' && !quoted;
    if (!blank) records.push(record);
    record = [];
  }
  return records;
}

/**
 * Parses CSV whose first record names the columns and returns one object per record. Every record
 * must have as many fields as the header; a short or long record is an error, not a guess.
 */
export function parseCsvObjects<K extends string>(text: string, required: readonly K[] = []): Record<K, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new CsvFormatError(`missing columns: ${missing.join(', ')}`, 'header');
  return rows.map((row, index) => {
    if (row.length !== header.length) {
      throw new CsvFormatError(`expected ${header.length} fields, found ${row.length}`, `record ${index + 1} after the header`);
    }
    const entry: Record<string, string> = {};
    header.forEach((column, c) => {
      entry[column] = row[c];
    });
    return entry as Record<K, string>;
  });
}
