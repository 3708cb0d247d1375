import { Body, Controller, Get, HttpCode, Inject, Optional, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsInt, IsOptional, Max, Min } from 'class-validator';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError } from '../common/app-error';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/request-context';
import { Clock } from '../clock/clock';
import { SmtpCatcher } from '../infra/smtp-catcher';

export const SMTP_CATCHER = Symbol('SMTP_CATCHER');

class ClockBody {
  @ApiPropertyOptional({ description: 'Set "now" to this instant (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  set?: string;

  @ApiPropertyOptional({ description: 'Move "now" forward (or back, if negative) by this many seconds' })
  @IsOptional()
  @IsInt()
  @Min(-10 * 365 * 86400)
  @Max(10 * 365 * 86400)
  advanceSeconds?: number;

  @ApiPropertyOptional({ description: 'Back to real time' })
  @IsOptional()
  @IsBoolean()
  reset?: boolean;
}

class ClockView {
  @ApiProperty() now!: string;
  @ApiProperty() shifted!: boolean;
}

/** Tools for tests and demos. Absent (404) in production. */
@ApiTags('dev')
@Controller('dev')
export class DevController {
  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(SMTP_CATCHER) private readonly catcher?: SmtpCatcher,
  ) {}

  private devOnly(): void {
    if (this.config.nodeEnv === 'production') throw new AppError('DEV_ONLY');
  }

  @Roles('admin')
  @Get('clock')
  @ApiOkResponse({ type: ClockView })
  getClock(): ClockView {
    this.devOnly();
    return { now: this.clock.now().toISOString(), shifted: this.clock.isShifted };
  }

  @Roles('admin')
  @Post('clock')
  @HttpCode(200)
  @ApiOkResponse({ type: ClockView })
  setClock(@Body() body: ClockBody): ClockView {
    this.devOnly();
    const given = [body.set !== undefined, body.advanceSeconds !== undefined, body.reset === true].filter(Boolean).length;
    if (given !== 1) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'set|advanceSeconds|reset', problem: 'required' }]);
    if (body.set !== undefined) this.clock.set(new Date(body.set));
    if (body.advanceSeconds !== undefined) this.clock.advance(body.advanceSeconds * 1000);
    if (body.reset) this.clock.reset();
    return { now: this.clock.now().toISOString(), shifted: this.clock.isShifted };
  }

  /** Mail caught by the built-in SMTP catcher, for the caller's municipality only. Absent when SMTP_URL is set. */
  @Roles('admin')
  @Get('mails')
  @ApiOkResponse({ description: 'Caught e-mails (demo mode only)' })
  mails(@CurrentUser() user: AuthUser) {
    if (!this.catcher) throw new AppError('DEV_ONLY');
    const items = this.catcher
      .list()
      .filter((m) => m.tenantCode === user.tenantCode)
      .reverse()
      .slice(0, 200)
      .map((m) => ({ id: m.id, to: m.to.join(', '), subject: m.subject, text: m.text, receivedAt: m.receivedAt }));
    return { items };
  }
}
