import * as fs from 'node:fs';
import * as path from 'node:path';
import { type DynamicModule, Global, Injectable, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServeStaticModule } from '@nestjs/serve-static';
import { APP_CONFIG, type AppConfig } from './config/config';
import type { Connections } from './infra/services';
import { dataSourceOptions, ENTITIES } from './database/data-source';
import { JsonLogger } from './common/logger';
import { AppExceptionFilter } from './common/exception.filter';
import { RouteAuditor } from './common/route-auditor';
import { Clock } from './clock/clock';
import { AuthGuard } from './auth/auth.guard';
import { AuthLimits } from './auth/auth-limits';
import { AuthService } from './auth/auth.service';
import { AuthController } from './auth/auth.controller';
import { UsersRepository } from './users/users.repository';
import { UsersService } from './users/users.service';
import { UsersController } from './users/users.controller';
import { TenantsController } from './tenants/tenants.controller';
import { AuditService } from './audit/audit.service';
import { AuditController } from './audit/audit.controller';
import { MailSender, NodemailerMailSender } from './mail/mail-sender';
import { MailOutbox } from './mail/outbox.service';
import { MEILI_CONNECTION, SEARCH_BOOT_PASS, SearchIndex } from './search/search-index.service';
import { HealthController } from './health/health.controller';
import { DevController, SMTP_CATCHER } from './dev/dev.controller';
import { ReferenceModule } from './reference/reference.module';
import { LearnerPrivacyController, LearnersController, PlanController } from './learners/learners.controller';
import { LearnerAccess } from './learners/learner-access';
import { MatchingService } from './matching/matching.service';
import { InterestController, MatchingController } from './matching/matching.controller';
import { ReferralsController } from './matching/referrals.controller';
import { ReferralsService } from './matching/referrals.service';
import { InterviewInvitations } from './matching/interview-invitations';
import { candidatesIndex } from './matching/candidates.index';
import { LearnerEvents } from './learners/learner-events';
import { LearnersService } from './learners/learners.service';
import { PlanService } from './learners/plan.service';
import { PrivacyService } from './learners/privacy.service';
import { occupationsIndex } from './reference/occupations.index';
import { SearchSync } from './search/search-sync.service';
import { EmployersController } from './employers/employers.controller';
import { EmployersService } from './employers/employers.service';
import { PlacementTypesController } from './placement-types/placement-types.controller';
import { PlacementTypesService } from './placement-types/placement-types.service';
import { PlacementsController } from './placements/placements.controller';
import { PlacementsService } from './placements/placements.service';
import { PlacementSearchService } from './placements/placement-search.service';
import { placementsIndex } from './placements/placements.index';
import { ReportsController, TargetsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';
import { TargetsService } from './reports/targets.service';

/**
 * Registers the search indexes features own. Done in the constructor, so every index is known
 * before SearchIndex's boot pass runs.
 */
@Injectable()
class SearchRegistrations {
  constructor(search: SearchIndex) {
    search.register(occupationsIndex);
    search.register(placementsIndex);
    search.register(candidatesIndex);
  }
}

/** Services every feature may use: config, logger, clock, search, mail, audit. */
@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig, connections: Connections, logger: JsonLogger, options: AppOptions): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: SEARCH_BOOT_PASS, useValue: options.searchBootPass ?? 'ensure' },
      { provide: JsonLogger, useValue: logger },
      { provide: MEILI_CONNECTION, useValue: connections.meili },
      { provide: MailSender, useFactory: () => new NodemailerMailSender(connections.smtpUrl, config.mailFrom) },
      ...(connections.catcher ? [{ provide: SMTP_CATCHER, useValue: connections.catcher }] : []),
      Clock,
      SearchIndex,
      SearchSync,
      MailOutbox,
      AuditService,
    ];
    return {
      module: CoreModule,
      imports: [TypeOrmModule.forFeature(ENTITIES)],
      providers,
      exports: [...providers.map((p) => ('provide' in p ? p.provide : p)), TypeOrmModule],
    };
  }
}

export interface AppOptions {
  /** 'skip' for the reindex command, which rebuilds every index itself. */
  searchBootPass?: 'ensure' | 'skip';
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, connections: Connections, logger: JsonLogger, options: AppOptions = {}): DynamicModule {
    const web = fs.existsSync(path.join(config.webDistDir, 'index.html'))
      ? [ServeStaticModule.forRoot({ rootPath: config.webDistDir, exclude: ['/api', '/api/{*path}'], serveStaticOptions: {
              index: 'index.html',
              // Hashed assets may be cached for long; index.html must be fetched fresh after a release.
              setHeaders: (res, filePath) => res.setHeader('Cache-Control', filePath.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable'),
            }, })]
      : [];
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(connections.databaseUrl)),
        JwtModule.register({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
        DiscoveryModule,
        CoreModule.forRoot(config, connections, logger, options),
        ReferenceModule,
        ...web,
      ],
      controllers: [
        AuthController, UsersController, TenantsController, AuditController, HealthController, DevController,
        EmployersController, PlacementTypesController, PlacementsController,
        LearnersController, PlanController, LearnerPrivacyController, MatchingController, InterestController, ReferralsController,
        TargetsController, ReportsController,
      ],
      providers: [
        AuthLimits,
        AuthService,
        UsersRepository,
        UsersService,
        EmployersService,
        PlacementTypesService,
        PlacementsService,
        PlacementSearchService,
        MatchingService,
        ReferralsService,
        InterviewInvitations,
        LearnerAccess,
        LearnerEvents,
        LearnersService,
        PlanService,
        PrivacyService,
        TargetsService,
        ReportsService,
        RouteAuditor,
        SearchRegistrations,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
      ],
    };
  }
}
