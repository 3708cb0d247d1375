import { Injectable } from '@nestjs/common';
import type { Page } from '@jobbrygga/domain';
import { SearchIndex } from '../search/search-index.service';
import { occupationsIndex, type OccupationDocument } from './occupations.index';

export type OccupationHit = Pick<OccupationDocument, 'id' | 'kind' | 'ssykCode' | 'nameSv' | 'ssykNameSv' | 'namesEn'>;

/**
 * Typo-tolerant occupation search in Swedish and English over the Meilisearch index: a newcomer
 * or coach who types "underskoterska" or "nurse" finds undersköterska.
 */
@Injectable()
export class OccupationSearchService {
  constructor(private readonly searchIndex: SearchIndex) {}

  async search(q: string, kind: OccupationDocument['kind'] | undefined, limit: number, offset: number): Promise<Page<OccupationHit>> {
    const res = await this.searchIndex.index<OccupationDocument>(occupationsIndex.name).search(q, {
      limit,
      offset,
      filter: kind ? [`kind = "${kind}"`] : undefined,
      attributesToRetrieve: ['id', 'kind', 'ssykCode', 'nameSv', 'ssykNameSv', 'namesEn'],
    });
    return { items: res.hits as OccupationHit[], total: res.estimatedTotalHits ?? res.hits.length, limit, offset };
  }
}
