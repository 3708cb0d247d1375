import type { Locale } from '@jobbrygga/domain';

export type MailTemplate = 'invitation' | 'password-reset' | 'verify-email' | 'employer-registered' | 'employer-approved' | 'employer-rejected' | 'interview';

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
  interview: {
    sv: (p) => ({
      subject: `Intervju ${p.when}: ${p.placement}`,
      lines: [`Hej ${p.name}!`, `Ni har en intervju om platsen ${p.placement} hos ${p.employer}.`, `Tid: ${p.when}.`, `Plats: ${p.where}.`, ...(p.interpreter ? ['En tolk behövs.'] : []), 'Inbjudan finns också i din kalender (bifogad fil).'],
      action: 'Se ärendet i Jobbrygga',
      footer: 'Kan du inte komma? Säg till din kontakt så snart som möjligt.',
    }),
    en: (p) => ({
      subject: `Interview ${p.when}: ${p.placement}`,
      lines: [`Hello ${p.name},`, `You have an interview about the placement ${p.placement} at ${p.employer}.`, `Time: ${p.when}.`, `Place: ${p.where}.`, ...(p.interpreter ? ['An interpreter is needed.'] : []), 'The invitation is also attached for your calendar.'],
      action: 'See the case in Jobbrygga',
      footer: 'Cannot come? Tell your contact as soon as possible.',
    }),
    ar: (p) => ({
      subject: `مقابلة ${p.when}: ${p.placement}`,
      lines: [`مرحبًا ${p.name}،`, `لديكم مقابلة بخصوص المكان ${p.placement} لدى ${p.employer}.`, `الوقت: ${p.when}.`, `المكان: ${p.where}.`, ...(p.interpreter ? ['هناك حاجة إلى مترجم.'] : []), 'الدعوة مرفقة أيضًا لتقويمك.'],
      action: 'عرض الحالة في Jobbrygga',
      footer: 'لا تستطيع الحضور؟ أخبر جهة الاتصال في أقرب وقت ممكن.',
    }),
  },
  'verify-email': {
    sv: (p) => ({
      subject: 'Bekräfta din e-postadress – Jobbrygga',
      lines: [`Hej ${p.name}!`, `Du har registrerat ${p.organisation} i Jobbrygga hos ${p.municipality}.`, 'Klicka på länken för att bekräfta din e-postadress. Sedan granskar kommunen er ansökan.'],
      action: 'Bekräfta e-postadressen',
      footer: `Länken fungerar en gång och gäller i ${p.hours} timmar.`,
    }),
    en: (p) => ({
      subject: 'Confirm your e-mail address – Jobbrygga',
      lines: [`Hello ${p.name},`, `You registered ${p.organisation} in Jobbrygga with ${p.municipality}.`, 'Open the link to confirm your e-mail address. The municipality will then review the registration.'],
      action: 'Confirm the e-mail address',
      footer: `The link works once and is valid for ${p.hours} hours.`,
    }),
    ar: (p) => ({
      subject: 'أكّد بريدك الإلكتروني – Jobbrygga',
      lines: [`مرحبًا ${p.name}،`, `لقد سجّلت ${p.organisation} في Jobbrygga لدى ${p.municipality}.`, 'افتح الرابط لتأكيد بريدك الإلكتروني. بعد ذلك ستراجع البلدية التسجيل.'],
      action: 'تأكيد البريد الإلكتروني',
      footer: `يعمل الرابط مرة واحدة وصالح لمدة ${p.hours} ساعة.`,
    }),
  },
  'employer-registered': {
    sv: (p) => ({
      subject: `Ny arbetsgivare att granska: ${p.organisation}`,
      lines: [`Hej ${p.name}!`, `${p.organisation} har registrerat sig i Jobbrygga och bekräftat sin e-postadress.`, 'Granska ansökan och godkänn eller avslå den.'],
      action: 'Öppna ansökan',
      footer: 'Du får det här mejlet eftersom du är administratör i kommunen.',
    }),
    en: (p) => ({
      subject: `New employer to review: ${p.organisation}`,
      lines: [`Hello ${p.name},`, `${p.organisation} has registered in Jobbrygga and confirmed its e-mail address.`, 'Review the registration and approve or reject it.'],
      action: 'Open the registration',
      footer: 'You get this e-mail because you are an administrator in the municipality.',
    }),
    ar: (p) => ({
      subject: `صاحب عمل جديد للمراجعة: ${p.organisation}`,
      lines: [`مرحبًا ${p.name}،`, `سجّلت ${p.organisation} في Jobbrygga وأكّدت بريدها الإلكتروني.`, 'راجع التسجيل ووافق عليه أو ارفضه.'],
      action: 'فتح التسجيل',
      footer: 'تصلك هذه الرسالة لأنك مسؤول في البلدية.',
    }),
  },
  'employer-approved': {
    sv: (p) => ({
      subject: `${p.organisation} är godkänd i Jobbrygga`,
      lines: [`Hej ${p.name}!`, `${p.municipality} har godkänt ${p.organisation}.`, 'Nu syns era öppna platser för jobbcoacher och nyanlända.'],
      action: 'Logga in',
      footer: p.reason ? `Kommentar från kommunen: ${p.reason}` : '',
    }),
    en: (p) => ({
      subject: `${p.organisation} is approved in Jobbrygga`,
      lines: [`Hello ${p.name},`, `${p.municipality} has approved ${p.organisation}.`, 'Your open placements are now visible to job coaches and newcomers.'],
      action: 'Log in',
      footer: p.reason ? `Comment from the municipality: ${p.reason}` : '',
    }),
    ar: (p) => ({
      subject: `تمت الموافقة على ${p.organisation} في Jobbrygga`,
      lines: [`مرحبًا ${p.name}،`, `وافقت ${p.municipality} على ${p.organisation}.`, 'أصبحت أماكنكم المفتوحة مرئية الآن لمرشدي العمل والقادمين الجدد.'],
      action: 'تسجيل الدخول',
      footer: p.reason ? `تعليق من البلدية: ${p.reason}` : '',
    }),
  },
  'employer-rejected': {
    sv: (p) => ({
      subject: `${p.organisation} blev inte godkänd i Jobbrygga`,
      lines: [`Hej ${p.name}!`, `${p.municipality} har inte godkänt ${p.organisation}.`, `Skäl: ${p.reason}`],
      action: 'Logga in och se mer',
      footer: 'Hör av dig till kommunen om du har frågor.',
    }),
    en: (p) => ({
      subject: `${p.organisation} was not approved in Jobbrygga`,
      lines: [`Hello ${p.name},`, `${p.municipality} has not approved ${p.organisation}.`, `Reason: ${p.reason}`],
      action: 'Log in to read more',
      footer: 'Contact the municipality if you have questions.',
    }),
    ar: (p) => ({
      subject: `لم تتم الموافقة على ${p.organisation} في Jobbrygga`,
      lines: [`مرحبًا ${p.name}،`, `لم توافق ${p.municipality} على ${p.organisation}.`, `السبب: ${p.reason}`],
      action: 'سجّل الدخول لقراءة المزيد',
      footer: 'تواصل مع البلدية إذا كانت لديك أسئلة.',
    }),
  },
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
  const text = [...t.lines, '', `${t.action}: ${params.link}`, ...(t.footer ? ['', t.footer] : []), '', '— Jobbrygga'].join('\n');
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><body style="font-family:sans-serif;color:#1a1a1a">${t.lines
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('')}<p><a href="${escapeHtml(params.link)}" style="color:#0b4f8a">${escapeHtml(t.action)}</a></p><p style="color:#444">${escapeHtml(t.footer)}</p><p>— Jobbrygga</p></body></html>`;
  return { subject: t.subject, text, html };
}
