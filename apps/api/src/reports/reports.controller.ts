import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import type { Response } from 'express';
import { REPORT_FORMATS, REPORT_TABLE_IDS, REPORT_TARGET_KINDS, type ReportFormat, type ReportPeriod, type ReportTableId, type ReportTargetKind } from '@jobbrygga/domain';
import { defaultPeriod, isIsoDate } from '@jobbrygga/reports';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { AppError } from '../common/app-error';
import { requestLocale } from '../common/error-response';
import type { AppRequest, AuthUser } from '../common/request-context';
import { UuidParam } from '../common/validation';
import { REPORT_CONTENT_TYPES, dashboardCsv, dashboardPdf, dashboardXlsx, reportFileName } from './render';
import { employerCsv } from './employer-csv';
import { ReportsService } from './reports.service';
import { TargetsService } from './targets.service';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

class TargetFiltersBody {
  @ApiPropertyOptional({ type: [String], description: 'Placement type codes; empty: all (own_praktik_places: the types that count towards praktik places)' })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Matches(/^[a-z][a-z0-9_]{1,40}$/, { each: true }) placementTypes?: string[];
  @ApiPropertyOptional({ description: 'placements_started: true = only the municipality’s own organisations, false = only other employers' })
  @IsOptional() @IsBoolean() municipalOwn?: boolean;
  @ApiPropertyOptional({ description: 'JobTech occupation field concept id' }) @IsOptional() @IsString() @MaxLength(40) occupationField?: string;
}

class TargetBody {
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ enum: REPORT_TARGET_KINDS }) @IsIn(REPORT_TARGET_KINDS as unknown as string[]) kind!: ReportTargetKind;
  @ApiProperty({ example: '2026-01-01' }) @IsString() @Matches(DATE) periodStart!: string;
  @ApiProperty({ example: '2026-12-31' }) @IsString() @Matches(DATE) periodEnd!: string;
  @ApiProperty({ maxLength: 200, description: 'Who answers for the target' }) @Transform(trim) @IsString() @MinLength(1) @MaxLength(200) owner!: string;
  @ApiProperty({ minimum: 0 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(1_000_000) baseline!: number;
  @ApiProperty({ minimum: 0, description: 'The value to reach (a count, or percent for share kinds)' }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(1_000_000) value!: number;
  @ApiPropertyOptional({ type: TargetFiltersBody }) @IsOptional() @ValidateNested() @Type(() => TargetFiltersBody) filters?: TargetFiltersBody;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) note?: string | null;
}

class TargetPatch {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ enum: REPORT_TARGET_KINDS }) @IsOptional() @IsIn(REPORT_TARGET_KINDS as unknown as string[]) kind?: ReportTargetKind;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(DATE) periodStart?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(DATE) periodEnd?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(200) owner?: string;
  @ApiPropertyOptional() @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(1_000_000) baseline?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(1_000_000) value?: number;
  @ApiPropertyOptional({ type: TargetFiltersBody }) @IsOptional() @ValidateNested() @Type(() => TargetFiltersBody) filters?: TargetFiltersBody;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) note?: string | null;
}

class TargetListQuery {
  @ApiPropertyOptional({ enum: ['include', 'exclude'], description: 'Targets whose period has ended (default: exclude)' })
  @IsOptional() @IsIn(['include', 'exclude']) historical?: 'include' | 'exclude';
}

class PeriodQuery {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First day (default: 1 January this year)' }) @IsOptional() @IsString() @Matches(DATE) from?: string;
  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last day, inclusive (default: 31 December this year)' }) @IsOptional() @IsString() @Matches(DATE) to?: string;
}

class ExportQuery extends PeriodQuery {
  @ApiProperty({ enum: REPORT_FORMATS, description: 'csv (UTF-8, semicolons), xlsx (one sheet per table, with definitions) or pdf (the board report, Swedish)' })
  @IsIn(REPORT_FORMATS as unknown as string[]) format!: ReportFormat;
  @ApiPropertyOptional({ enum: [...REPORT_TABLE_IDS, 'targets'], description: 'csv only: one table instead of all' })
  @IsOptional() @IsIn([...REPORT_TABLE_IDS, 'targets']) table?: ReportTableId | 'targets';
}

class EmployerExportQuery extends PeriodQuery {
  @ApiProperty({ enum: ['csv'] }) @IsIn(['csv']) format!: 'csv';
}

/** Ten years at most: a board report, not a data dump. */
const MAX_DAYS = 3660;

function period(q: PeriodQuery, today: string): ReportPeriod {
  const d = defaultPeriod(today);
  const from = q.from ?? (q.to && q.to < d.from ? `${q.to.slice(0, 4)}-01-01` : d.from);
  const to = q.to ?? (q.from && q.from > d.to ? `${q.from.slice(0, 4)}-12-31` : d.to);
  if (!isIsoDate(from)) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'from', problem: 'format' }]);
  if (!isIsoDate(to)) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'to', problem: 'format' }]);
  if (to < from) throw new AppError('DATES_OUT_OF_ORDER', { field: 'to' }, {}, [{ field: 'to', problem: 'beforeStart' }]);
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'to', problem: 'tooLarge' }]);
  return { from, to };
}

function checkDates(body: { periodStart?: string; periodEnd?: string }): void {
  for (const field of ['periodStart', 'periodEnd'] as const) {
    if (body[field] !== undefined && !isIsoDate(body[field]!)) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field, problem: 'format' }]);
  }
}

/** Job-creation targets. Admins set them; admins and coaches follow them. Progress is computed, never typed in. */
@ApiTags('targets')
@Controller('targets')
export class TargetsController {
  constructor(private readonly targets: TargetsService, private readonly reports: ReportsService) {}

  @Roles('admin', 'coach')
  @Get()
  @ApiOkResponse({ description: '{ items: TargetProgress[] }: the municipality’s targets with their progress as of today' })
  async list(@CurrentUser() user: AuthUser, @Query() q: TargetListQuery) {
    return { items: await this.reports.targetProgress(user, q.historical === 'include') };
  }

  @Roles('admin', 'coach')
  @Get(':id')
  @ApiOkResponse({ description: 'TargetProgress' })
  one(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.reports.oneTarget(user, id);
  }

  @Roles('admin')
  @Post()
  @ApiCreatedResponse({ description: 'Target (400 on end before start, an unknown kind, values < 0, a percent over 100, a filter the kind does not read)' })
  create(@CurrentUser() user: AuthUser, @Body() body: TargetBody) {
    checkDates(body);
    return this.targets.create(user, body);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiOkResponse({ description: 'Target' })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: TargetPatch) {
    checkDates(body);
    return this.targets.update(user, id, body);
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    await this.targets.remove(user, id);
  }
}

/** The board's figures for a period: a dashboard (JSON) and the same as CSV, XLSX or PDF made by the server. */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService, private readonly targets: TargetsService) {}

  @Roles('admin', 'coach')
  @Get('dashboard')
  @ApiOkResponse({ description: 'Dashboard: targets with progress, tables split by gender (counts under 5 suppressed), Kolada-aligned indicators, alerts' })
  dashboard(@CurrentUser() user: AuthUser, @Query() q: PeriodQuery, @Req() req: AppRequest) {
    return this.reports.dashboard(user, period(q, this.targets.today()), requestLocale(req));
  }

  @Roles('admin', 'coach')
  @Get('export')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf')
  @ApiOkResponse({ description: 'The dashboard as a file: format=csv, xlsx (one sheet per table, with definitions) or pdf (the board report in Swedish, charts drawn as vectors)' })
  async export(@CurrentUser() user: AuthUser, @Query() q: ExportQuery, @Req() req: AppRequest, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    if (q.table && q.format !== 'csv') throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'table', problem: 'unknown' }]);
    const p = period(q, this.targets.today());
    const locale = q.format === 'pdf' ? 'sv' : requestLocale(req);
    const d = await this.reports.dashboard(user, p, locale);
    const body = q.format === 'csv' ? Buffer.from(dashboardCsv(d, locale, q.table), 'utf8') : q.format === 'xlsx' ? await dashboardXlsx(d, locale) : await dashboardPdf(d);
    res.setHeader('Content-Type', REPORT_CONTENT_TYPES[q.format]);
    res.setHeader('Content-Disposition', `attachment; filename="${reportFileName(user.tenantCode, p, q.format)}"`);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(body);
  }

  @Roles('employer')
  @Get('employer')
  @ApiOkResponse({ description: 'EmployerStatistics: the caller’s own placements and how their proposals went (never split by gender)' })
  employer(@CurrentUser() user: AuthUser, @Query() q: PeriodQuery) {
    return this.reports.employer(user, period(q, this.targets.today()));
  }

  @Roles('employer')
  @Get('employer/export')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The employer statistics as CSV' })
  async employerExport(@CurrentUser() user: AuthUser, @Query() q: EmployerExportQuery, @Req() req: AppRequest, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const p = period(q, this.targets.today());
    const stats = await this.reports.employer(user, p);
    res.setHeader('Content-Type', REPORT_CONTENT_TYPES.csv);
    res.setHeader('Content-Disposition', `attachment; filename="jobbrygga-arbetsgivare-${p.from}-${p.to}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(Buffer.from(employerCsv(stats, requestLocale(req)), 'utf8'));
  }
}
