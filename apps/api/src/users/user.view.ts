import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@jobbrygga/domain';
import type { User } from './user.entity';

/** What the API shows of an account: never hashes, secrets or tokens. */
export class UserSummary {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'false while an invitation is not yet accepted' }) activated!: boolean;
  @ApiProperty() createdAt!: string;

  static of(u: User): UserSummary {
    return { id: u.id, email: u.email, displayName: u.displayName, role: u.role, active: u.active, activated: u.activatedAt !== null, createdAt: u.createdAt.toISOString() };
  }
}
