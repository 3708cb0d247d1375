import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isLocale, type Locale } from '@jobbrygga/domain';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MailOutbox } from '../mail/outbox.service';
import { consentGiven } from '../learners/learner-access';

/** iCalendar text (RFC 5545) for one interview: one hour, in UTC, with the organiser and attendees. */
export function interviewIcs(input: { uid: string; start: Date; summary: string; location: string; description: string; attendees: string[]; now: Date }): string {
  const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
  const end = new Date(input.start.getTime() + 3600_000);
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Jobbrygga//Interview//SV', 'METHOD:REQUEST', 'BEGIN:VEVENT',
    `UID:${input.uid}@jobbrygga`, `DTSTAMP:${stamp(input.now)}`, `DTSTART:${stamp(input.start)}`, `DTEND:${stamp(end)}`,
    `SUMMARY:${text(input.summary)}`, `LOCATION:${text(input.location)}`, `DESCRIPTION:${text(input.description)}`,
    ...input.attendees.map((a) => `ATTENDEE;RSVP=TRUE:mailto:${a}`),
    'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n');
}

/**
 * The interview invitation: an e-mail with a calendar invitation to the employer's contacts and to
 * the learner (when they have an address and accepted e-mail), in each one's language.
 */
@Injectable()
export class InterviewInvitations {
  constructor(private readonly outbox: MailOutbox, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async enqueue(m: EntityManager, tenantCode: string, referralId: string, now: Date): Promise<void> {
    const [r] = await m.query(
      `SELECT r.interview_at AS at, r.interview_place AS place, r.interpreter_needed AS interpreter, p.title, e.name AS employer, e.id AS "employerId",
              l.first_name || ' ' || l.last_name AS "learnerName", COALESCE(u.email, l.email) AS "learnerEmail", COALESCE(u.locale, 'sv') AS "learnerLocale",
              ${consentGiven('receive_email')} AS "mailOk"
         FROM referral r JOIN placement p ON p.id = r.placement_id JOIN employer e ON e.id = p.employer_id JOIN learner l ON l.id = r.learner_id
         LEFT JOIN app_user u ON u.id = l.user_id
        WHERE r.id = $1`,
      [referralId],
    );
    const contacts: { email: string; name: string; locale: string }[] = await m.query(
      `SELECT email, display_name AS name, locale FROM app_user WHERE employer_id = $1 AND role = 'employer' AND active ORDER BY created_at LIMIT 5`,
      [r.employerId],
    );
    const recipients = [
      ...contacts.map((c) => ({ email: c.email, name: c.name, locale: c.locale })),
      ...(r.learnerEmail && r.mailOk ? [{ email: r.learnerEmail as string, name: r.learnerName as string, locale: r.learnerLocale as string }] : []),
    ];
    const start = new Date(r.at);
    const when = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'medium', timeStyle: 'short' }).format(start);
    const ics = interviewIcs({
      uid: referralId, start, now, summary: `Intervju: ${r.title}`, location: r.place, description: `${r.employer} – ${r.title}`,
      attendees: recipients.map((x) => x.email),
    });
    for (const to of recipients) {
      const locale: Locale = isLocale(to.locale) ? to.locale : 'sv';
      await this.outbox.enqueue(m, {
        to: to.email, tenantCode, template: 'interview', locale, ics,
        params: { name: to.name, placement: r.title, employer: r.employer, when, where: r.place, interpreter: r.interpreter ? 'yes' : '', link: `${this.config.publicUrl}/` },
      });
    }
  }

  wake(): void {
    this.outbox.wake();
  }
}
