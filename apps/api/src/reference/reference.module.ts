import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REFERENCE_ENTITIES } from './reference.schema';
import { ReferenceController } from './reference.controller';
import { ReferenceRepository } from './reference.repository';
import { ReferenceService } from './reference.service';
import { OccupationSearchService } from './occupation-search.service';

/**
 * Reference data: public classifications (municipalities, SSYK, skills, ESCO, SUN, SFI, Kolada)
 * loaded at boot by reference-loader.ts and served read-only under /api/reference. The search
 * index over occupations is `occupationsIndex` (occupations.index.ts).
 */
@Module({
  imports: [TypeOrmModule.forFeature(REFERENCE_ENTITIES)],
  controllers: [ReferenceController],
  providers: [ReferenceRepository, ReferenceService, OccupationSearchService],
  exports: [ReferenceService],
})
export class ReferenceModule {}
