import * as nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** iCalendar text: sent as a calendar invitation (METHOD:REQUEST). */
  ics?: string | null;
}

/** Sends one e-mail. The only implementation is nodemailer over SMTP. */
export abstract class MailSender {
  abstract send(message: MailMessage): Promise<void>;
  /** True when the SMTP server answers. */
  abstract verify(): Promise<boolean>;
  abstract close(): void;
}

export class NodemailerMailSender extends MailSender {
  private readonly transport: Transporter;

  constructor(smtpUrl: string, private readonly from: string) {
    super();
    this.transport = nodemailer.createTransport(smtpUrl, {
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 15000,
    } as nodemailer.TransportOptions);
  }

  async send(message: MailMessage): Promise<void> {
    const { ics, ...rest } = message;
    await this.transport.sendMail({ from: this.from, ...rest, ...(ics ? { icalEvent: { method: 'REQUEST', filename: 'invitation.ics', content: ics } } : {}) });
  }

  async verify(): Promise<boolean> {
    try {
      await this.transport.verify();
      return true;
    } catch {
      return false;
    }
  }

  close(): void {
    this.transport.close();
  }
}
