import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository, type SelectQueryBuilder } from 'typeorm';
import type { Role } from '@jobbrygga/domain';
import { User } from './user.entity';

export interface UserFilter {
  roles?: Role[];
  coachId?: string;
  employerId?: string;
}

/** Every query takes the tenant: a row of another municipality is never found. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly repo: Repository<User>) {}

  findInTenant(tenantCode: string, id: string, filter: UserFilter = {}): Promise<User | null> {
    const qb = this.repo.createQueryBuilder('u').where('u.id = :id AND u.tenant_code = :tenantCode', { id, tenantCode });
    this.applyFilter(qb, filter);
    return qb.getOne();
  }

  async listInTenant(tenantCode: string, filter: UserFilter, limit: number, offset: number): Promise<[User[], number]> {
    const qb = this.repo.createQueryBuilder('u').where('u.tenant_code = :tenantCode', { tenantCode });
    this.applyFilter(qb, filter);
    return qb.orderBy('u.display_name', 'ASC').addOrderBy('u.id', 'ASC').take(limit).skip(offset).getManyAndCount();
  }

  private applyFilter(qb: SelectQueryBuilder<User>, filter: UserFilter): void {
    if (filter.roles) qb.andWhere('u.role IN (:...roles)', { roles: filter.roles });
    if (filter.coachId) qb.andWhere('u.coach_id = :coachId', { coachId: filter.coachId });
    if (filter.employerId) qb.andWhere('u.employer_id = :employerId', { employerId: filter.employerId });
  }

  /** Login and links look accounts up by e-mail across tenants; the account then fixes the tenant. */
  findByEmailWithSecrets(email: string): Promise<User | null> {
    return this.repo
      .createQueryBuilder('u')
      .addSelect(['u.passwordHash', 'u.totpSecret', 'u.totpPendingSecret'])
      .where('u.email = :email', { email: email.toLowerCase() })
      .getOne();
  }

  findByIdWithSecrets(id: string): Promise<User | null> {
    return this.repo
      .createQueryBuilder('u')
      .addSelect(['u.passwordHash', 'u.totpSecret', 'u.totpPendingSecret'])
      .where('u.id = :id', { id })
      .getOne();
  }

  /** The guard's per-request look: is the account still active, which version of tokens is valid. */
  findForAuth(id: string): Promise<User | null> {
    return this.repo.findOne({ where: { id } });
  }

  emailExists(email: string, manager?: EntityManager): Promise<boolean> {
    return (manager ? manager.getRepository(User) : this.repo).exists({ where: { email: email.toLowerCase() } });
  }

  async update(id: string, tenantCode: string, patch: Partial<User>, manager?: EntityManager): Promise<void> {
    await (manager ? manager.getRepository(User) : this.repo).update({ id, tenantCode }, patch);
  }
}
