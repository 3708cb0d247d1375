import { newAttributes } from './search-index.service';

describe('newAttributes: when an index must be rebuilt because its documents predate a field', () => {
  it('names the filterable or sortable attributes the index lacks, in either form the server describes them', () => {
    const wanted = { filterableAttributes: ['tenantCode', 'reachablePlaces'], sortableAttributes: ['availableFromDay'] };
    expect(newAttributes({ filterableAttributes: ['tenantCode'], sortableAttributes: ['availableFromDay'] }, wanted)).toEqual(['reachablePlaces']);
    expect(newAttributes({ filterableAttributes: ['reachablePlaces', 'tenantCode', 'other'], sortableAttributes: ['availableFromDay'] }, wanted)).toEqual([]);
    expect(newAttributes({ filterableAttributes: [{ attributePatterns: ['tenantCode', 'reachablePlaces'] }] as never, sortableAttributes: [] }, wanted)).toEqual(['availableFromDay']);
  });
});
