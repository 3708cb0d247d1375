import {
  ReferenceDataError,
  coordinate,
  dedupeBy,
  emptyToNull,
  isEscoUri,
  jobtechConceptId,
  parseBoolean,
  parseLegacyId,
  parseMappingRelation,
  placeId,
  sunLevel,
} from './reference-transform';

describe('dedupeBy', () => {
  it('keeps the first row per key and counts the rest', () => {
    const rows = [
      { code: '5120', name: 'first' },
      { code: '5131', name: 'other' },
      { code: '5120', name: 'second' },
    ];
    expect(dedupeBy(rows, (r) => r.code)).toEqual({
      rows: [
        { code: '5120', name: 'first' },
        { code: '5131', name: 'other' },
      ],
      duplicates: 1,
    });
  });

  it('handles nothing', () => {
    expect(dedupeBy([], String)).toEqual({ rows: [], duplicates: 0 });
  });
});

describe('parseMappingRelation', () => {
  it('reads the four SKOS mapping relations', () => {
    expect(parseMappingRelation('skos:exactMatch')).toBe('exact');
    expect(parseMappingRelation('skos:closeMatch')).toBe('close');
    expect(parseMappingRelation('skos:narrowMatch')).toBe('narrow');
    expect(parseMappingRelation(' skos:broadMatch ')).toBe('broad');
  });

  it('gives null for no relation or a shifted column', () => {
    expect(parseMappingRelation('no relation')).toBeNull();
    expect(parseMappingRelation('')).toBeNull();
    expect(parseMappingRelation(',skos:broadMatch')).toBeNull();
  });
});

describe('jobtechConceptId', () => {
  it('takes the id out of a JobTech concept URI', () => {
    expect(jobtechConceptId('http://data.jobtechdev.se/taxonomy/concept/h4wH_7kG_UTN')).toBe('h4wH_7kG_UTN');
  });

  it('refuses anything else', () => {
    expect(jobtechConceptId('')).toBeNull();
    expect(jobtechConceptId('Instudering')).toBeNull();
    expect(jobtechConceptId('http://example.org/taxonomy/concept/h4wH_7kG_UTN')).toBeNull();
  });
});

describe('isEscoUri', () => {
  it('accepts ESCO occupations, skills and ISCO groups', () => {
    expect(isEscoUri('http://data.europa.eu/esco/occupation/3594efa8-cd69-411e-a345-d88ba756b758')).toBe(true);
    expect(isEscoUri('http://data.europa.eu/esco/skill/6e53fd99-b646-4327-9580-ac062ab21188')).toBe(true);
    expect(isEscoUri('http://data.europa.eu/esco/isco/C2422')).toBe(true);
    expect(isEscoUri('Instudering')).toBe(false);
  });
});

describe('coordinate', () => {
  it('treats 0.0, empty and non-numbers as unknown', () => {
    expect(coordinate(0)).toBeNull();
    expect(coordinate('0.0')).toBeNull();
    expect(coordinate('')).toBeNull();
    expect(coordinate('  ')).toBeNull();
    expect(coordinate('abc')).toBeNull();
    expect(coordinate(null)).toBeNull();
    expect(coordinate(undefined)).toBeNull();
  });

  it('keeps real coordinates', () => {
    expect(coordinate(55.5976450165138)).toBe(55.5976450165138);
    expect(coordinate('17.916447455882356')).toBe(17.916447455882356);
  });
});

describe('small parsers', () => {
  it('maps empty text to null and keeps the rest', () => {
    expect(emptyToNull('')).toBeNull();
    expect(emptyToNull('2025')).toBe('2025');
  });

  it('reads TRUE/FALSE and refuses anything else', () => {
    expect(parseBoolean('TRUE', 'x')).toBe(true);
    expect(parseBoolean('false', 'x')).toBe(false);
    expect(() => parseBoolean('yes', 'kolada N00973')).toThrow(ReferenceDataError);
    expect(() => parseBoolean('yes', 'kolada N00973')).toThrow(/kolada N00973/);
  });

  it('reads legacy ids', () => {
    expect(parseLegacyId('5370', 'f')).toBe(5370);
    expect(parseLegacyId('', 'f')).toBeNull();
    expect(() => parseLegacyId('12a', 'f')).toThrow(ReferenceDataError);
  });

  it('reads the SUN level from the concept type', () => {
    expect(sunLevel('sun-education-level-1')).toBe(1);
    expect(sunLevel('sun-education-field-3')).toBe(3);
    expect(() => sunLevel('sun-education-level')).toThrow(ReferenceDataError);
  });
});

describe('placeId', () => {
  it('joins kommunkod and a slug of the label', () => {
    expect(placeId('1280', 'Malmö')).toBe('1280-malmo');
    expect(placeId('2021', 'Ed [Dals-Ed]')).toBe('2021-ed-dals-ed');
    expect(placeId('0180', 'Stockholm, Årsta')).toBe('0180-stockholm-arsta');
  });

  it('refuses a label with nothing to make an id of', () => {
    expect(() => placeId('0180', '–')).toThrow(ReferenceDataError);
  });
});
