import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PLACEMENT_KINDS, SFI_COURSES, type PlacementKind, type SfiCourse } from '@jobbrygga/domain';
import { PageQuery } from '../common/pagination.dto';

/** `GET /api/placements/:id/candidates`: a page, narrowed by what a coach asks for. */
export class CandidateQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['same', 'near'], description: "same: the career goal or experience is the placement's occupation; near: that, or a goal in the same field or related through skills" })
  @IsOptional() @IsIn(['same', 'near']) goal?: 'same' | 'near';

  @ApiPropertyOptional({ enum: SFI_COURSES, description: "At least this SFI course (beyond the placement's own minimum)" })
  @IsOptional() @IsIn(SFI_COURSES) sfiCourse?: SfiCourse;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only learners who marked the placement as interesting' })
  @IsOptional() @IsIn(['true', 'false']) interested?: 'true' | 'false';
}

/** `GET /api/learners/:id/matches`: a page, narrowed by kind or by the learner's own marks. */
export class MatchQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PLACEMENT_KINDS }) @IsOptional() @IsIn(PLACEMENT_KINDS) kind?: PlacementKind;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only placements the learner marked as interesting' })
  @IsOptional() @IsIn(['true', 'false']) interested?: 'true' | 'false';
}
