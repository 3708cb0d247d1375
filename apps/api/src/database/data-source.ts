import type { DataSourceOptions } from 'typeorm';
import { Tenant } from '../tenants/tenant.entity';
import { User } from '../users/user.entity';
import { Employer } from '../users/employer.entity';
import { OneTimeToken, RefreshToken } from '../auth/token.entities';
import { OutboxMail } from '../mail/outbox.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Foundation1764000000000 } from './migrations/1764000000000-Foundation';
import { EmployersPlacements1764000000200 } from './migrations/1764000000200-EmployersPlacements';
import { Learners1764000000300 } from './migrations/1764000000300-Learners';
import { PlanNextFollowUp1764000000310 } from './migrations/1764000000310-PlanNextFollowUp';
import { Referrals1764000000400 } from './migrations/1764000000400-Referrals';
import { TargetsReports1764000000500 } from './migrations/1764000000500-TargetsReports';
import { ReportSummaries1764000000510 } from './migrations/1764000000510-ReportSummaries';
import { MatchingWeights1764000000520 } from './migrations/1764000000520-MatchingWeights';
import { EmployerSite } from '../employers/site.entity';
import { Supervisor } from '../employers/supervisor.entity';
import { PlacementType } from '../placement-types/placement-type.entity';
import { JobTrackPartner, JobTrackStep, Placement } from '../placements/placement.entity';
import { REFERENCE_ENTITIES, REFERENCE_MIGRATIONS } from '../reference/reference.schema';

export const ENTITIES = [
  Tenant, User, Employer, RefreshToken, OneTimeToken, OutboxMail, AuditEvent,
  EmployerSite, Supervisor, PlacementType, Placement, JobTrackStep, JobTrackPartner,
  ...REFERENCE_ENTITIES,
];

/** Listed in order. Schema changes are migrations; synchronize stays off everywhere. */
export const MIGRATIONS = [Foundation1764000000000, ...REFERENCE_MIGRATIONS, EmployersPlacements1764000000200, Learners1764000000300, PlanNextFollowUp1764000000310, Referrals1764000000400, TargetsReports1764000000500, ReportSummaries1764000000510, MatchingWeights1764000000520];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: 10, application_name: 'jobbrygga' },
  };
}
