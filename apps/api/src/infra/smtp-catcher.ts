import * as fs from 'node:fs';
import * as path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface CaughtMail {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** X-Jobbrygga-Tenant header: which municipality's admin may read it. */
  tenantCode: string | null;
  receivedAt: string;
  /** A calendar invitation sent with the mail (iCalendar text), if any. */
  calendar?: string;
}

/**
 * A local SMTP server that keeps what it receives, for `npm start` and tests. With a folder it
 * also writes each mail as JSON so caught mail survives a restart. Never used when SMTP_URL is set.
 */
export class SmtpCatcher {
  private server?: SMTPServer;
  private readonly mails: CaughtMail[] = [];
  private readonly waiters: (() => void)[] = [];
  port = 0;

  constructor(private readonly storeDir?: string) {
    if (storeDir && fs.existsSync(storeDir)) {
      for (const file of fs.readdirSync(storeDir).filter((f) => f.endsWith('.json')).sort()) {
        try {
          this.mails.push(JSON.parse(fs.readFileSync(path.join(storeDir, file), 'utf8')));
        } catch {
          /* a half-written file from a crash: skip it */
        }
      }
    }
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  async start(port: number): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
            const tenantHeader = parsed.headers.get('x-jobbrygga-tenant');
            const mail: CaughtMail = {
              id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
              to,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              tenantCode: typeof tenantHeader === 'string' ? tenantHeader : null,
              receivedAt: new Date().toISOString(),
              calendar: parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8'),
            };
            this.mails.push(mail);
            if (this.storeDir) {
              fs.mkdirSync(this.storeDir, { recursive: true });
              fs.writeFileSync(path.join(this.storeDir, `${mail.receivedAt.replace(/[:.]/g, '-')}-${mail.id}.json`), JSON.stringify(mail));
            }
            this.waiters.splice(0).forEach((w) => w());
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    server.on('error', () => undefined);
    this.server = server;
    const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
    this.port = address.port;
    return this.port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  list(): CaughtMail[] {
    return [...this.mails];
  }

  /** Resolves with the first mail (in arrival order) that matches, waiting for it to arrive. */
  async waitFor(match: (m: CaughtMail) => boolean, timeoutMs = 15_000): Promise<CaughtMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.mails.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('no matching mail arrived in time');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 1000));
        this.waiters.push(() => { clearTimeout(t); resolve(); });
      });
    }
  }
}
