import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AppRequest, AuthUser } from '../common/request-context';
import { UuidParam } from '../common/validation';
import { InviteBody, UserListQuery } from './dto';
import { UsersService } from './users.service';
import { UserSummary } from './user.view';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles('admin', 'coach', 'employer')
  @Get()
  @ApiOkResponse({ description: 'Page of users the caller may see' })
  list(@CurrentUser() user: AuthUser, @Query() q: UserListQuery) {
    return this.users.list(user, q.role, q.limit, q.offset);
  }

  @Roles('admin', 'coach', 'employer')
  @Get(':id')
  @ApiOkResponse({ type: UserSummary })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Req() req: AppRequest) {
    return this.users.get(user, id, req.requestId);
  }

  @Roles('admin', 'coach', 'employer')
  @Post('invitations')
  @ApiCreatedResponse({ type: UserSummary })
  invite(@CurrentUser() user: AuthUser, @Body() body: InviteBody) {
    return this.users.invite(user, body);
  }

  @Roles('admin')
  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserSummary })
  deactivate(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.users.setActive(user, id, false);
  }

  @Roles('admin')
  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserSummary })
  reactivate(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.users.setActive(user, id, true);
  }
}
