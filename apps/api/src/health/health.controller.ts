import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { HealthReport } from '@jobbrygga/domain';
import { Public } from '../common/auth.decorators';
import { SearchIndex } from '../search/search-index.service';
import { MailSender } from '../mail/mail-sender';

@ApiTags('health')
@Controller('health')
export class HealthController {
  private mailCheck?: { at: number; up: boolean };

  constructor(private readonly ds: DataSource, private readonly search: SearchIndex, private readonly mail: MailSender) {}

  private async database(): Promise<boolean> {
    try {
      await this.ds.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  /** The SMTP answer is cached for a few seconds so frequent health polls do not hammer it. */
  private async mailUp(): Promise<boolean> {
    const now = Date.now();
    if (this.mailCheck && now - this.mailCheck.at < 3000) return this.mailCheck.up;
    const up = await this.mail.verify();
    this.mailCheck = { at: now, up };
    return up;
  }

  /** 200 only when the database, search (indexes created and first filled) and mail are ready; 503 before. */
  @Public()
  @Get()
  @ApiOkResponse({ description: 'All services ready' })
  @ApiServiceUnavailableResponse({ description: 'Starting, or a service is down' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const [database, search, mail] = await Promise.all([this.database(), this.search.health(), this.mailUp()]);
    const ok = database && search.up && search.indexesReady && mail;
    res.status(ok ? 200 : 503);
    res.setHeader('Cache-Control', 'no-store');
    return {
      status: ok ? 'ok' : database && search.up && mail ? 'starting' : 'down',
      services: { database: { up: database }, search, mail: { up: mail } },
    };
  }
}
