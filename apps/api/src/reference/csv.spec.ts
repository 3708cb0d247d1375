import { CsvFormatError, parseCsv, parseCsvObjects } from './csv';

describe('parseCsv', () => {
  it('splits plain fields and records', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('accepts CRLF and a missing final line break', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    const text = 'id,text\r\n1,"Bred, generell utbildning"\r\n2,"rad ett\r\nrad två"\r\n3,"Han sa ""hej"""\r\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'text'],
      ['1', 'Bred, generell utbildning'],
      ['2', 'rad ett\r\nrad två'],
      ['3', 'Han sa "hej"'],
    ]);
  });

  it('keeps empty fields, quoted or not', () => {
    expect(parseCsv('a,,"",b\n,\n')).toEqual([
      ['a', '', '', 'b'],
      ['', ''],
    ]);
    expect(parseCsv('a,\nb,')).toEqual([
      ['a', ''],
      ['b', ''],
    ]);
  });

  it('keeps a record that is only an empty quoted field', () => {
    expect(parseCsv('""\n')).toEqual([['']]);
  });

  it('drops a byte-order mark and blank lines', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,2\n\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('')).toEqual([]);
  });

  it('keeps a lone carriage return as data', () => {
    expect(parseCsv('a\rb,c\n')).toEqual([['a\rb', 'c']]);
  });

  it('parses a field that is quotes only', () => {
    // Upstream rows in the ESCO skills mapping look like this: the field is ` dans""`.
    expect(parseCsv('x," dans"""""\n')).toEqual([['x', ' dans""']]);
  });

  it('refuses malformed quoting and says on which line', () => {
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(CsvFormatError);
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(/unterminated quoted field \(line 2\)/);
    expect(() => parseCsv('a\nx"y\n')).toThrow(/quote inside an unquoted field \(line 2\)/);
    expect(() => parseCsv('"a"b\n')).toThrow(/text after a closing quote \(line 1\)/);
  });
});

describe('parseCsvObjects', () => {
  it('maps records to objects by header', () => {
    expect(parseCsvObjects('code,label_sv\r\n01,"Stockholms län"\r\n03,Uppsala län\r\n', ['code', 'label_sv'])).toEqual([
      { code: '01', label_sv: 'Stockholms län' },
      { code: '03', label_sv: 'Uppsala län' },
    ]);
  });

  it('refuses records with the wrong number of fields', () => {
    expect(() => parseCsvObjects('a,b\n1,2\n3\n')).toThrow(/expected 2 fields, found 1 \(record 2 after the header\)/);
  });

  it('refuses a file without the required columns', () => {
    expect(() => parseCsvObjects('a,b\n1,2\n', ['a', 'c'])).toThrow(/missing columns: c/);
  });

  it('returns nothing for an empty file', () => {
    expect(parseCsvObjects('')).toEqual([]);
  });
});
