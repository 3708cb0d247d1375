import { collectEscoNames, occupationsIndex } from './occupations.index';

describe('collectEscoNames', () => {
  it('puts the closest matches first, then A–Z, each once', () => {
    const names = collectEscoNames([
      { relation: 'broad', uri: 'u:b', labelEn: 'kitchen porter' },
      { relation: 'narrow', uri: 'u:n', labelEn: 'cook' },
      { relation: 'exact', uri: 'u:e2', labelEn: 'chef' },
      { relation: 'close', uri: 'u:c', labelEn: 'cook' },
      { relation: 'exact', uri: 'u:e1', labelEn: 'Caterer' },
    ]);
    expect(names.namesEn).toEqual(['Caterer', 'chef', 'cook', 'kitchen porter']);
    expect(names.esco).toEqual(['u:e1', 'u:e2', 'u:c', 'u:n', 'u:b']);
  });

  it('gives empty lists without links', () => {
    expect(collectEscoNames([])).toEqual({ namesEn: [], esco: [] });
  });
});

describe('occupationsIndex', () => {
  it('searches names in both languages and filters by kind and SSYK code', () => {
    expect(occupationsIndex).toMatchObject({ name: 'occupations', scope: 'reference', primaryKey: 'id' });
    expect(occupationsIndex.settings.searchableAttributes).toEqual(['nameSv', 'namesEn', 'ssykNameSv']);
    expect(occupationsIndex.settings.filterableAttributes).toEqual(['kind', 'ssykCode']);
    expect(occupationsIndex.settings.typoTolerance).toEqual({ enabled: true });
  });
});
