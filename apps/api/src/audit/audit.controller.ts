import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/request-context';
import { PageQuery } from '../common/pagination.dto';
import { AuditService } from './audit.service';

class AuditQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() subjectId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() actorUserId?: string;
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Who read or changed personal data in the caller's municipality. */
  @Roles('admin')
  @Get()
  @ApiOkResponse({ description: 'Page of audit events' })
  async list(@CurrentUser() user: AuthUser, @Query() q: AuditQuery) {
    const [items, total] = await this.audit.list(user.tenantCode, q, q.limit, q.offset);
    return {
      items,
      total,
      limit: q.limit,
      offset: q.offset,
    };
  }
}
