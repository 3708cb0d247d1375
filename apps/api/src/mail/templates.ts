import type { Locale } from '@jobbrygga/domain';

export type MailTemplate = 'invitation' | 'password-reset';

interface Rendered {
  subject: string;
  text: string;
  html: string;
}

interface Texts {
  subject: string;
  lines: string[];
  action: string;
  footer: string;
}

type Params = Record<string, string>;

const texts: Record<MailTemplate, Record<Locale, (p: Params) => Texts>> = {
  invitation: {
    sv: (p) => ({
      subject: `Du är inbjuden till Jobbrygga – ${p.municipality}`,
      lines: [`Hej ${p.name}!`, `${p.municipality} har bjudit in dig till Jobbrygga.`, 'Klicka på länken och välj ett lösenord.'],
      action: 'Välj lösenord',
      footer: `Länken fungerar en gång och gäller i ${p.hours} timmar.`,
    }),
    en: (p) => ({
      subject: `You are invited to Jobbrygga – ${p.municipality}`,
      lines: [`Hello ${p.name},`, `${p.municipality} has invited you to Jobbrygga.`, 'Open the link and choose a password.'],
      action: 'Choose a password',
      footer: `The link works once and is valid for ${p.hours} hours.`,
    }),
    ar: (p) => ({
      subject: `أنت مدعو إلى Jobbrygga – ${p.municipality}`,
      lines: [`مرحبًا ${p.name}،`, `دعتك ${p.municipality} إلى Jobbrygga.`, 'افتح الرابط واختر كلمة مرور.'],
      action: 'اختر كلمة مرور',
      footer: `يعمل الرابط مرة واحدة وصالح لمدة ${p.hours} ساعة.`,
    }),
  },
  'password-reset': {
    sv: (p) => ({
      subject: 'Nytt lösenord till Jobbrygga',
      lines: [`Hej ${p.name}!`, 'Någon har bett om ett nytt lösenord till ditt konto.', 'Om det var du: klicka på länken. Annars kan du strunta i det här mejlet.'],
      action: 'Välj nytt lösenord',
      footer: `Länken fungerar en gång och gäller i ${p.minutes} minuter.`,
    }),
    en: (p) => ({
      subject: 'New password for Jobbrygga',
      lines: [`Hello ${p.name},`, 'Someone asked for a new password for your account.', 'If it was you, open the link. Otherwise you can ignore this e-mail.'],
      action: 'Choose a new password',
      footer: `The link works once and is valid for ${p.minutes} minutes.`,
    }),
    ar: (p) => ({
      subject: 'كلمة مرور جديدة لـ Jobbrygga',
      lines: [`مرحبًا ${p.name}،`, 'طلب شخص ما كلمة مرور جديدة لحسابك.', 'إذا كنت أنت، افتح الرابط. وإلا يمكنك تجاهل هذه الرسالة.'],
      action: 'اختر كلمة مرور جديدة',
      footer: `يعمل الرابط مرة واحدة وصالح لمدة ${p.minutes} دقيقة.`,
    }),
  },
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Renders a mail in the recipient's language: plain text and simple, accessible HTML. */
export function renderMail(template: MailTemplate, locale: Locale, params: Params & { link: string }): Rendered {
  const t = texts[template][locale](params);
  const text = [...t.lines, '', `${t.action}: ${params.link}`, '', t.footer, '', '— Jobbrygga'].join('\n');
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><body style="font-family:sans-serif;color:#1a1a1a">${t.lines
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('')}<p><a href="${escapeHtml(params.link)}" style="color:#0b4f8a">${escapeHtml(t.action)}</a></p><p style="color:#444">${escapeHtml(t.footer)}</p><p>— Jobbrygga</p></body></html>`;
  return { subject: t.subject, text, html };
}
