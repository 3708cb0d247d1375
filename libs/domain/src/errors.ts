import type { Locale } from './locales';

/**
 * Every error a user can meet has a code, an HTTP status and a message in each language.
 * The API's exception filter and the web app read this one table, so a code never lacks words.
 * Messages use plain Swedish (SFI level) and may carry {placeholders}.
 */
interface ErrorDefinition {
  status: number;
  messages: Record<Locale, string>;
}

const defs = {
  VALIDATION_FAILED: {
    status: 400,
    messages: {
      sv: 'Uppgifterna är inte rätt ifyllda.',
      en: 'Some of the information is not filled in correctly.',
      ar: 'بعض المعلومات غير مُدخلة بشكل صحيح.',
    },
  },
  MALFORMED_JSON: {
    status: 400,
    messages: {
      sv: 'Förfrågan kunde inte läsas. Den är inte giltig JSON.',
      en: 'The request could not be read. It is not valid JSON.',
      ar: 'تعذّرت قراءة الطلب. إنه ليس JSON صالحًا.',
    },
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    messages: {
      sv: 'Förfrågan är för stor.',
      en: 'The request is too large.',
      ar: 'الطلب كبير جدًا.',
    },
  },
  UNAUTHENTICATED: {
    status: 401,
    messages: {
      sv: 'Du behöver logga in.',
      en: 'You need to log in.',
      ar: 'يجب عليك تسجيل الدخول.',
    },
  },
  TOKEN_INVALID: {
    status: 401,
    messages: {
      sv: 'Din inloggning gäller inte längre. Logga in igen.',
      en: 'Your login is no longer valid. Please log in again.',
      ar: 'لم يعد تسجيل دخولك صالحًا. يرجى تسجيل الدخول مرة أخرى.',
    },
  },
  INVALID_CREDENTIALS: {
    status: 401,
    messages: {
      sv: 'Fel e-postadress eller lösenord.',
      en: 'Wrong e-mail address or password.',
      ar: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    },
  },
  TOTP_REQUIRED: {
    status: 401,
    messages: {
      sv: 'Skriv koden från din app för tvåstegsinloggning.',
      en: 'Enter the code from your two-factor app.',
      ar: 'أدخل الرمز من تطبيق التحقق بخطوتين.',
    },
  },
  TOTP_INVALID: {
    status: 401,
    messages: {
      sv: 'Koden är fel eller för gammal. Försök igen.',
      en: 'The code is wrong or too old. Try again.',
      ar: 'الرمز غير صحيح أو قديم. حاول مرة أخرى.',
    },
  },
  TOTP_SETUP_REQUIRED: {
    status: 403,
    messages: {
      sv: 'Din kommun kräver tvåstegsinloggning. Slå på den först.',
      en: 'Your municipality requires two-factor login. Turn it on first.',
      ar: 'تشترط بلديتك تسجيل الدخول بخطوتين. فعّله أولًا.',
    },
  },
  TOTP_ALREADY_ENABLED: {
    status: 409,
    messages: {
      sv: 'Tvåstegsinloggning är redan påslagen.',
      en: 'Two-factor login is already on.',
      ar: 'تسجيل الدخول بخطوتين مفعّل بالفعل.',
    },
  },
  TOTP_NOT_STARTED: {
    status: 409,
    messages: {
      sv: 'Starta inställningen av tvåstegsinloggning först.',
      en: 'Start the two-factor setup first.',
      ar: 'ابدأ إعداد التحقق بخطوتين أولًا.',
    },
  },
  TOTP_OWN_REQUIRED: {
    status: 409,
    messages: {
      sv: 'Slå på tvåstegsinloggning för ditt eget konto först. Annars stänger du ute dig själv.',
      en: 'Turn on two-factor login for your own account first. Otherwise you lock yourself out.',
      ar: 'فعّل تسجيل الدخول بخطوتين لحسابك أولًا، وإلا فستمنع نفسك من الدخول.',
    },
  },
  ACCOUNT_INACTIVE: {
    status: 401,
    messages: {
      sv: 'Kontot är avstängt. Kontakta din kommun.',
      en: 'The account is deactivated. Contact your municipality.',
      ar: 'الحساب معطّل. تواصل مع بلديتك.',
    },
  },
  FORBIDDEN: {
    status: 403,
    messages: {
      sv: 'Du har inte behörighet att göra det här.',
      en: 'You are not allowed to do this.',
      ar: 'ليس لديك صلاحية للقيام بذلك.',
    },
  },
  NOT_FOUND: {
    status: 404,
    messages: {
      sv: 'Det du söker finns inte.',
      en: 'What you are looking for does not exist.',
      ar: 'ما تبحث عنه غير موجود.',
    },
  },
  EMAIL_TAKEN: {
    status: 409,
    messages: {
      sv: 'Det finns redan ett konto med den e-postadressen.',
      en: 'There is already an account with that e-mail address.',
      ar: 'يوجد حساب بهذا البريد الإلكتروني بالفعل.',
    },
  },
  LINK_INVALID: {
    status: 400,
    messages: {
      sv: 'Länken fungerar inte. Den kan vara felskriven.',
      en: 'The link does not work. It may be mistyped.',
      ar: 'الرابط لا يعمل. ربما كُتب بشكل خاطئ.',
    },
  },
  LINK_EXPIRED: {
    status: 410,
    messages: {
      sv: 'Länken är för gammal. Be om en ny länk.',
      en: 'The link has expired. Ask for a new one.',
      ar: 'انتهت صلاحية الرابط. اطلب رابطًا جديدًا.',
    },
  },
  LINK_USED: {
    status: 410,
    messages: {
      sv: 'Länken har redan använts. Be om en ny länk.',
      en: 'The link has already been used. Ask for a new one.',
      ar: 'تم استخدام الرابط بالفعل. اطلب رابطًا جديدًا.',
    },
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    messages: {
      sv: 'För många försök. Vänta {seconds} sekunder och försök igen.',
      en: 'Too many attempts. Wait {seconds} seconds and try again.',
      ar: 'محاولات كثيرة جدًا. انتظر {seconds} ثانية ثم حاول مرة أخرى.',
    },
  },
  TOO_MANY_REQUESTS: {
    status: 429,
    messages: {
      sv: 'För många förfrågningar. Vänta en stund.',
      en: 'Too many requests. Please wait a moment.',
      ar: 'طلبات كثيرة جدًا. يرجى الانتظار قليلًا.',
    },
  },
  ROLE_NOT_ALLOWED: {
    status: 403,
    messages: {
      sv: 'Du kan inte bjuda in någon med den rollen.',
      en: 'You cannot invite someone with that role.',
      ar: 'لا يمكنك دعوة شخص بهذا الدور.',
    },
  },
  CANNOT_DEACTIVATE_SELF: {
    status: 409,
    messages: {
      sv: 'Du kan inte stänga av ditt eget konto.',
      en: 'You cannot deactivate your own account.',
      ar: 'لا يمكنك تعطيل حسابك الخاص.',
    },
  },
  DEV_ONLY: {
    status: 404,
    messages: {
      sv: 'Finns bara i test- och demoläge.',
      en: 'Only available in test and demo mode.',
      ar: 'متاح فقط في وضع الاختبار والعرض.',
    },
  },
  ORGANISATION_NUMBER_INVALID: {
    status: 400,
    messages: {
      sv: 'Organisationsnumret stämmer inte. Skriv tio siffror, till exempel 556677-8899.',
      en: 'The organisation number is not valid. Write ten digits, for example 556677-8899.',
      ar: 'رقم المنظمة غير صحيح. اكتب عشرة أرقام، مثل 556677-8899.',
    },
  },
  ORGANISATION_EXISTS: {
    status: 409,
    messages: {
      sv: 'Organisationen finns redan i kommunen. Be en kollega där att bjuda in dig.',
      en: 'The organisation is already registered in this municipality. Ask a colleague there to invite you.',
      ar: 'المنظمة مسجلة بالفعل في هذه البلدية. اطلب من زميل هناك أن يدعوك.',
    },
  },
  MUNICIPALITY_NOT_SERVED: {
    status: 400,
    messages: {
      sv: 'Den kommunen använder inte Jobbrygga än.',
      en: 'That municipality does not use Jobbrygga yet.',
      ar: 'هذه البلدية لا تستخدم Jobbrygga بعد.',
    },
  },
  EMAIL_NOT_VERIFIED: {
    status: 403,
    messages: {
      sv: 'Bekräfta din e-postadress först. Klicka på länken i mejlet vi skickade.',
      en: 'Confirm your e-mail address first. Open the link in the e-mail we sent.',
      ar: 'أكّد بريدك الإلكتروني أولًا. افتح الرابط في الرسالة التي أرسلناها.',
    },
  },
  ALREADY_DECIDED: {
    status: 409,
    messages: {
      sv: 'Ansökan är redan beslutad.',
      en: 'The registration has already been decided.',
      ar: 'تم البت في التسجيل بالفعل.',
    },
  },
  NOT_READY_FOR_DECISION: {
    status: 409,
    messages: {
      sv: 'Arbetsgivaren har inte bekräftat sin e-postadress än.',
      en: 'The employer has not confirmed its e-mail address yet.',
      ar: 'لم يؤكد صاحب العمل بريده الإلكتروني بعد.',
    },
  },
  UNKNOWN_REFERENCE: {
    status: 400,
    messages: {
      sv: 'Ett val finns inte i listan: {field}.',
      en: 'A choice is not in the list: {field}.',
      ar: 'أحد الاختيارات غير موجود في القائمة: {field}.',
    },
  },
  STATUS_CHANGE_NOT_ALLOWED: {
    status: 409,
    messages: {
      sv: 'Det går inte att ändra status från {from} till {to}.',
      en: 'The status cannot change from {from} to {to}.',
      ar: 'لا يمكن تغيير الحالة من {from} إلى {to}.',
    },
  },
  PLACEMENT_TYPE_NOT_AVAILABLE: {
    status: 400,
    messages: {
      sv: 'Den typen av plats går inte att välja här.',
      en: 'That type of placement cannot be chosen here.',
      ar: 'لا يمكن اختيار هذا النوع من الأماكن هنا.',
    },
  },
  RULE_KIND: {
    status: 422,
    messages: {
      sv: 'Typen passar inte: den gäller för {expected}.',
      en: 'The type does not fit: it is for {expected}.',
      ar: 'النوع غير مناسب: إنه مخصص لـ {expected}.',
    },
  },
  RULE_VALIDITY: {
    status: 422,
    messages: {
      sv: 'Den här typen gäller bara för start mellan {from} och {to}.',
      en: 'This type only applies to starts between {from} and {to}.',
      ar: 'هذا النوع ينطبق فقط على البدء بين {from} و {to}.',
    },
  },
  RULE_SECTOR: {
    status: 422,
    messages: {
      sv: 'Den här typen får inte erbjudas av en arbetsgivare i den sektorn.',
      en: 'This type may not be offered by an employer in that sector.',
      ar: 'لا يجوز لصاحب عمل في هذا القطاع أن يقدم هذا النوع.',
    },
  },
  RULE_END_DATE_REQUIRED: {
    status: 422,
    messages: {
      sv: 'Den här typen behöver ett slutdatum (högst {max} veckor).',
      en: 'This type needs an end date (at most {max} weeks).',
      ar: 'هذا النوع يحتاج إلى تاريخ انتهاء (بحد أقصى {max} أسبوعًا).',
    },
  },
  RULE_MIN_WEEKS: {
    status: 422,
    messages: {
      sv: 'För kort. Den här typen ska vara minst {min} veckor.',
      en: 'Too short. This type must last at least {min} weeks.',
      ar: 'قصير جدًا. يجب أن يستمر هذا النوع {min} أسابيع على الأقل.',
    },
  },
  RULE_MAX_WEEKS: {
    status: 422,
    messages: {
      sv: 'För lång. Den här typen får vara högst {max} veckor.',
      en: 'Too long. This type may last at most {max} weeks.',
      ar: 'طويل جدًا. يمكن أن يستمر هذا النوع {max} أسبوعًا على الأكثر.',
    },
  },
  RULE_MAX_HOURS: {
    status: 422,
    messages: {
      sv: 'För många timmar. Den här typen får ha högst {max} timmar i veckan.',
      en: 'Too many hours. This type allows at most {max} hours a week.',
      ar: 'ساعات كثيرة جدًا. يسمح هذا النوع بـ {max} ساعة في الأسبوع على الأكثر.',
    },
  },
  RULE_SFI_COMBINATION: {
    status: 422,
    messages: {
      sv: 'Den här typen ska gå att kombinera med SFI. Välj förmiddag eller eftermiddag för SFI.',
      en: 'This type must fit around SFI lessons. Choose morning or afternoon for SFI.',
      ar: 'يجب أن يتناسب هذا النوع مع دروس SFI. اختر الصباح أو بعد الظهر لـ SFI.',
    },
  },
  RULE_SUPERVISOR: {
    status: 422,
    messages: {
      sv: 'Den här typen behöver en handledare.',
      en: 'This type needs a supervisor.',
      ar: 'هذا النوع يحتاج إلى مشرف.',
    },
  },
  DATE_IN_FUTURE: {
    status: 400,
    messages: {
      sv: 'Datumet kan inte vara senare än i dag: {field}.',
      en: 'The date cannot be later than today: {field}.',
      ar: 'لا يمكن أن يكون التاريخ بعد اليوم: {field}.',
    },
  },
  DATES_OUT_OF_ORDER: {
    status: 400,
    messages: {
      sv: 'Slutdatum kan inte vara före startdatum: {field}.',
      en: 'The end date cannot be before the start date: {field}.',
      ar: 'لا يمكن أن يكون تاريخ الانتهاء قبل تاريخ البدء: {field}.',
    },
  },
  COACH_UNKNOWN: {
    status: 400,
    messages: {
      sv: 'Den jobbcoachen finns inte i kommunen.',
      en: 'That job coach is not in the municipality.',
      ar: 'مدرب العمل هذا غير موجود في البلدية.',
    },
  },
  ERASURE_ALREADY_REQUESTED: {
    status: 409,
    messages: {
      sv: 'Det finns redan en begäran om att ta bort uppgifterna. Den väntar på beslut.',
      en: 'A request to erase the data already exists. It is waiting for a decision.',
      ar: 'يوجد بالفعل طلب لحذف البيانات. إنه بانتظار القرار.',
    },
  },
  ALREADY_EXISTS: {
    status: 409,
    messages: {
      sv: 'Det finns redan i profilen: {field}.',
      en: 'It is already in the profile: {field}.',
      ar: 'إنه موجود بالفعل في الملف الشخصي: {field}.',
    },
  },
  MATCH_CONSTRAINT: {
    status: 422,
    messages: {
      sv: 'Deltagaren passar inte platsen: {constraint}.',
      en: 'The learner does not fit the placement: {constraint}.',
      ar: 'المشارك لا يناسب المكان: {constraint}.',
    },
  },
  NOT_MATCHABLE: {
    status: 409,
    messages: {
      sv: 'Deltagaren kan inte föreslås: samtycke saknas eller personuppgifterna är skyddade.',
      en: 'The learner cannot be proposed: no consent, or the identity is protected.',
      ar: 'لا يمكن اقتراح المشارك: لا توجد موافقة أو أن الهوية محمية.',
    },
  },
  ALREADY_PROPOSED: {
    status: 409,
    messages: {
      sv: 'Deltagaren är redan föreslagen till den här platsen.',
      en: 'The learner is already proposed for this placement.',
      ar: 'تم اقتراح المشارك بالفعل لهذا المكان.',
    },
  },
  NO_SEATS_LEFT: {
    status: 409,
    messages: {
      sv: 'Platsen har inga lediga platser kvar.',
      en: 'The placement has no seats left.',
      ar: 'لم تعد هناك أماكن شاغرة.',
    },
  },
  PLACEMENT_NOT_OPEN: {
    status: 409,
    messages: {
      sv: 'Platsen är inte öppen.',
      en: 'The placement is not open.',
      ar: 'المكان غير مفتوح.',
    },
  },
  TRANSITION_NOT_ALLOWED: {
    status: 409,
    messages: {
      sv: 'Det steget går inte nu. Ärendet är i läget: {state}.',
      en: 'That step is not possible now. The case is in the state: {state}.',
      ar: 'هذه الخطوة غير ممكنة الآن. الحالة: {state}.',
    },
  },
  DATE_IN_PAST: {
    status: 400,
    messages: {
      sv: 'Tiden har redan varit: {field}.',
      en: 'That time has already passed: {field}.',
      ar: 'هذا الوقت قد مضى بالفعل: {field}.',
    },
  },
  OUTCOME_TOO_EARLY: {
    status: 409,
    messages: {
      sv: 'Utfallet registreras 90 dagar efter slutet, från {date}.',
      en: 'The outcome is recorded 90 days after the end, from {date}.',
      ar: 'تُسجَّل النتيجة بعد 90 يومًا من النهاية، اعتبارًا من {date}.',
    },
  },
  SEATS_TAKEN: {
    status: 409,
    messages: {
      sv: '{taken} deltagare har redan en överenskommen plats här. Antalet platser kan inte bli färre.',
      en: '{taken} participants already have an agreed place here. The number of seats cannot be lower.',
      ar: 'لدى {taken} من المشاركين مكان متفق عليه هنا بالفعل. لا يمكن أن يكون عدد الأماكن أقل.',
    },
  },
  SUPERVISOR_NO_ROOM: {
    status: 409,
    messages: {
      sv: 'Handledaren har inte plats för de {taken} deltagare som redan har en överenskommen plats här.',
      en: 'The supervisor has no room for the {taken} participants who already have an agreed place here.',
      ar: 'ليس لدى المشرف متسع لـ {taken} من المشاركين الذين لديهم مكان متفق عليه هنا بالفعل.',
    },
  },
  CONCURRENT_CHANGE: {
    status: 409,
    messages: {
      sv: 'Någon annan ändrade samma sak i samma stund. Ingenting sparades. Försök igen.',
      en: 'Someone else changed the same thing at the same moment. Nothing was saved. Please try again.',
      ar: 'قام شخص آخر بتغيير الشيء نفسه في اللحظة نفسها. لم يُحفظ أي شيء. يرجى المحاولة مرة أخرى.',
    },
  },
  INTERNAL: {
    status: 500,
    messages: {
      sv: 'Något gick fel hos oss. Försök igen senare.',
      en: 'Something went wrong on our side. Please try again later.',
      ar: 'حدث خطأ من جانبنا. يرجى المحاولة لاحقًا.',
    },
  },
} satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof defs;
export const ERROR_CODES = Object.keys(defs) as ErrorCode[];
export const ERRORS: Record<ErrorCode, ErrorDefinition> = defs;

/** The body of every error response. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Field-level problems for VALIDATION_FAILED, each already translated. */
  details?: { field: string; message: string }[];
}

export function errorMessage(code: ErrorCode, locale: Locale, params: Record<string, string | number> = {}): string {
  const template = ERRORS[code].messages[locale] ?? ERRORS[code].messages.sv;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** The error code for each placement-type rule, so an answer names the rule that was broken. */
export const PLACEMENT_RULE_ERRORS = {
  kind: 'RULE_KIND',
  validity: 'RULE_VALIDITY',
  sector: 'RULE_SECTOR',
  endDateRequired: 'RULE_END_DATE_REQUIRED',
  minWeeks: 'RULE_MIN_WEEKS',
  maxWeeks: 'RULE_MAX_WEEKS',
  maxHoursPerWeek: 'RULE_MAX_HOURS',
  sfiCombination: 'RULE_SFI_COMBINATION',
  supervisor: 'RULE_SUPERVISOR',
} as const satisfies Record<string, ErrorCode>;

/** Field-level validation messages (class-validator constraint → words). */
const fieldDefs: Record<string, Record<Locale, string>> = {
  required: { sv: 'måste fyllas i', en: 'is required', ar: 'مطلوب' },
  unknown: { sv: 'är inte ett känt fält', en: 'is not a known field', ar: 'ليس حقلًا معروفًا' },
  type: { sv: 'har fel typ', en: 'has the wrong type', ar: 'نوعه غير صحيح' },
  email: { sv: 'måste vara en e-postadress', en: 'must be an e-mail address', ar: 'يجب أن يكون بريدًا إلكترونيًا' },
  tooLong: { sv: 'är för lång', en: 'is too long', ar: 'طويل جدًا' },
  tooShort: { sv: 'är för kort', en: 'is too short', ar: 'قصير جدًا' },
  tooSmall: { sv: 'är för litet', en: 'is too small', ar: 'صغير جدًا' },
  tooLarge: { sv: 'är för stort', en: 'is too large', ar: 'كبير جدًا' },
  oneOf: { sv: 'har ett värde som inte är tillåtet', en: 'has a value that is not allowed', ar: 'له قيمة غير مسموح بها' },
  format: { sv: 'har fel format', en: 'has the wrong format', ar: 'تنسيقه غير صحيح' },
  unknownValue: { sv: 'finns inte i listan', en: 'is not in the list', ar: 'غير موجود في القائمة' },
  past: { sv: 'kan inte vara tidigare än i dag', en: 'cannot be earlier than today', ar: 'لا يمكن أن يكون قبل اليوم' },
  future: { sv: 'kan inte vara senare än i dag', en: 'cannot be later than today', ar: 'لا يمكن أن يكون بعد اليوم' },
  tooYoung: { sv: 'är för sent: personen måste vara minst 16 år', en: 'is too late: the person must be at least 16', ar: 'متأخر جدًا: يجب أن يكون عمر الشخص 16 عامًا على الأقل' },
  beforeStart: { sv: 'är före startdatum', en: 'is before the start date', ar: 'قبل تاريخ البدء' },
  notYours: { sv: 'hör inte till er organisation', en: 'does not belong to your organisation', ar: 'لا ينتمي إلى منظمتك' },
};
export type FieldProblem = keyof typeof fieldDefs;

export function fieldMessage(field: string, problem: string, locale: Locale): string {
  const words = fieldDefs[problem] ?? fieldDefs.format;
  return `${field}: ${words[locale] ?? words.sv}`;
}
