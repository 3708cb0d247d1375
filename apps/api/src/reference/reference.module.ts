import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REFERENCE_ENTITIES } from './reference.schema';
import { ReferenceController } from './reference.controller';
import { ReferenceRepository } from './reference.repository';
import { ReferenceService } from './reference.service';
import { OccupationSearchService } from './occupation-search.service';
import { ReferenceRankers } from './reference-rankers.service';

/**
 * Reference data: public classifications (municipalities, SSYK, skills, ESCO, SUN, SFI, Kolada)
 * loaded at boot by reference-loader.ts and served read-only under /api/reference. The search
 * index over occupations is `occupationsIndex` (occupations.index.ts, for
 * /occupations/search); /occupations (SSYK groups for a typed job title) and the ranked skill
 * search use in-process lexical rankers (lexical/, ReferenceRankers).
 */
@Module({
  imports: [TypeOrmModule.forFeature(REFERENCE_ENTITIES)],
  controllers: [ReferenceController],
  providers: [ReferenceRepository, ReferenceService, OccupationSearchService, ReferenceRankers],
  exports: [ReferenceService],
})
export class ReferenceModule {}
