import { Inject, Injectable } from '@nestjs/common';
import { PollingWorker } from '../common/polling-worker';
import { DataSource, type EntityManager } from 'typeorm';
import type { Locale } from '@jobbrygga/domain';
import { OutboxMail } from './outbox.entity';
import { MailSender } from './mail-sender';
import { renderMail, type MailTemplate } from './templates';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JsonLogger } from '../common/logger';

export interface MailRequest {
  to: string;
  tenantCode: string | null;
  template: MailTemplate;
  locale: Locale;
  params: Record<string, string> & { link: string };
  /** iCalendar text to send as a calendar invitation. */
  ics?: string;
}

/** Seconds to wait before attempt n+1: 1, 2, 4, … capped. */
export function retryDelaySeconds(attempts: number, maxSeconds: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), maxSeconds);
}

/**
 * The mail outbox. `enqueue` writes the rendered mail in the caller's transaction; a worker
 * delivers due mail, claiming rows with FOR UPDATE SKIP LOCKED (safe with several app instances),
 * retrying with capped exponential backoff for as long as it takes. The row is the truth:
 * nothing is lost when SMTP is down or the process stops mid-send (a claimed row is retried
 * after its lease runs out).
 */
@Injectable()
export class MailOutbox extends PollingWorker {
  protected readonly workerName = 'mail outbox';

  constructor(
    private readonly ds: DataSource,
    private readonly sender: MailSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: JsonLogger,
  ) {
    super();
  }

  protected get log(): JsonLogger {
    return this.logger;
  }

  protected pass(): Promise<number> {
    return this.deliverDue();
  }

  override async onApplicationShutdown(): Promise<void> {
    await super.onApplicationShutdown();
    this.sender.close();
  }

  /** Writes the mail within `manager`'s transaction. Call `wake()` after the commit. */
  async enqueue(manager: EntityManager, req: MailRequest): Promise<void> {
    const rendered = renderMail(req.template, req.locale, req.params);
    await manager.insert(OutboxMail, {
      tenantCode: req.tenantCode,
      toAddress: req.to,
      template: req.template,
      locale: req.locale,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      ics: req.ics ?? null,
      nextAttemptAt: () => 'now()',
    });
  }

  /** Sends what is due; returns how many rows it worked on. */
  async deliverDue(batch = 10): Promise<number> {
    // Claim with a lease: a crash mid-send leaves the row to be retried after 5 minutes.
    const claimed: OutboxMail[] = (
      await this.ds.query(
        `UPDATE mail_outbox SET next_attempt_at = now() + interval '5 minutes'
          WHERE id IN (SELECT id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= now()
                       ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, tenant_code AS "tenantCode", to_address AS "toAddress", subject, text_body AS "textBody",
                    html_body AS "htmlBody", ics, attempts`,
        [batch],
      )
    )[0];
    for (const mail of claimed) {
      try {
        await this.sender.send({
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.textBody,
          html: mail.htmlBody,
          ics: mail.ics,
          headers: mail.tenantCode ? { 'X-Jobbrygga-Tenant': mail.tenantCode } : {},
        });
        await this.ds.query(`UPDATE mail_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [mail.id]);
        this.logger.event('info', 'mail sent', { mailId: mail.id, attempts: mail.attempts + 1 });
      } catch (err) {
        const e = err as { code?: string; responseCode?: number; name?: string };
        const attempts = mail.attempts + 1;
        const delay = retryDelaySeconds(attempts, this.config.mailRetryMaxSeconds);
        // Store the error kind only: SMTP messages can quote addresses.
        const kind = [e.code, e.responseCode].filter(Boolean).join(' ') || e.name || 'error';
        await this.ds.query(
          `UPDATE mail_outbox SET attempts = $2, next_attempt_at = now() + make_interval(secs => $3), last_error = $4 WHERE id = $1`,
          [mail.id, attempts, delay, kind],
        );
        this.logger.event('warn', 'mail delivery failed, will retry', { mailId: mail.id, attempts, retryInSeconds: delay, error: kind });
      }
    }
    return claimed.length;
  }
}
