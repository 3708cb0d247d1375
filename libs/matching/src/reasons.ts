/** The reasons of a score in plain words (Swedish first, English, Arabic). */
import type { Locale } from '@jobbrygga/domain';
import type { Constraint } from './constraints';
import type { Reason } from './score';

const MODE: Record<Locale, Record<'car' | 'public_transport' | 'bicycle' | 'walk', string>> = {
  sv: { car: 'med bil', public_transport: 'med buss eller tåg', bicycle: 'med cykel', walk: 'till fots' },
  en: { car: 'by car', public_transport: 'by bus or train', bicycle: 'by bicycle', walk: 'on foot' },
  ar: { car: 'بالسيارة', public_transport: 'بالحافلة أو القطار', bicycle: 'بالدراجة', walk: 'سيرًا على الأقدام' },
};

export function reasonText(reason: Reason, locale: Locale): string {
  const sv = locale === 'sv';
  const en = locale === 'en';
  switch (reason.code) {
    case 'goalSameOccupation':
      return sv ? 'Samma yrke som målet i karriärplanen' : en ? 'Same occupation as the career plan’s goal' : 'نفس المهنة المستهدفة في الخطة المهنية';
    case 'goalSameField':
      return sv ? 'Samma yrkesområde som målet i karriärplanen' : en ? 'Same field as the career plan’s goal' : 'نفس المجال المستهدف في الخطة المهنية';
    case 'goalRelatedSkills':
      return sv
        ? `Närliggande yrke: ${reason.shared} gemensamma kompetenser med målet`
        : en ? `Related occupation: ${reason.shared} skills in common with the goal` : `مهنة قريبة: ${reason.shared} مهارات مشتركة مع الهدف`;
    case 'experienceSameOccupation':
      return sv ? 'Har arbetat i yrket förut' : en ? 'Has worked in this occupation before' : 'عمل في هذه المهنة من قبل';
    case 'requiredSkills':
      return sv
        ? `Har ${reason.has} av ${reason.of} krävda kompetenser`
        : en ? `Has ${reason.has} of ${reason.of} required skills` : `لديه ${reason.has} من ${reason.of} مهارات مطلوبة`;
    case 'niceSkills':
      return sv
        ? `Har ${reason.has} av ${reason.of} meriterande kompetenser`
        : en ? `Has ${reason.has} of ${reason.of} nice-to-have skills` : `لديه ${reason.has} من ${reason.of} مهارات مفيدة`;
    case 'languages':
      return sv
        ? `Talar ${reason.count} språk som hjälper på platsen`
        : en ? `Speaks ${reason.count} language(s) that help at the workplace` : `يتحدث ${reason.count} لغة تساعد في مكان العمل`;
    case 'distance': {
      const mode = MODE[locale][reason.mode];
      const estimate = reason.estimate ? (sv ? ' (uppskattat, utan tidtabell)' : en ? ' (estimated, no timetable)' : ' (تقديري، بدون جدول مواعيد)') : '';
      return sv
        ? `${reason.km} km, cirka ${reason.minutes} min ${mode}${estimate}`
        : en ? `${reason.km} km, about ${reason.minutes} min ${mode}${estimate}` : `${reason.km} كم، حوالي ${reason.minutes} دقيقة ${mode}${estimate}`;
    }
    case 'waited':
      return sv
        ? `Har väntat på en plats i ${reason.months} månader`
        : en ? `Has waited ${reason.months} months for a placement` : `ينتظر مكانًا منذ ${reason.months} شهرًا`;
    case 'shortSchooling':
      return sv
        ? 'Kort skolbakgrund: en prioriterad grupp i kommunens strategi'
        : en ? 'Short schooling: a priority group of the municipality’s strategy' : 'تعليم قصير: فئة ذات أولوية في استراتيجية البلدية';
  }
}

/** Why a learner cannot be proposed, per broken constraint. */
export function constraintText(constraint: Constraint, locale: Locale): string {
  const texts: Record<Constraint, Record<Locale, string>> = {
    municipality: { sv: 'bor i en annan kommun', en: 'lives in another municipality', ar: 'يعيش في بلدية أخرى' },
    sfi: { sv: 'läser en lägre sfi-kurs än platsen kräver', en: 'reads a lower SFI course than the placement needs', ar: 'يدرس مستوى SFI أقل مما يتطلبه المكان' },
    licence: { sv: 'saknar körkortet som krävs', en: 'lacks the driving licence required', ar: 'ليست لديه رخصة القيادة المطلوبة' },
    availableFrom: { sv: 'kan inte börja så tidigt', en: 'cannot start that early', ar: 'لا يستطيع البدء بهذه السرعة' },
    hours: { sv: 'har inte så många timmar per vecka', en: 'does not have that many hours a week', ar: 'ليست لديه هذه الساعات في الأسبوع' },
    sfiLessons: { sv: 'har sfi-lektioner på platsens tider', en: 'has SFI lessons when the placement runs', ar: 'لديه دروس SFI في أوقات المكان' },
    travel: { sv: 'bor för långt bort', en: 'lives too far away', ar: 'يسكن بعيدًا جدًا' },
    establishment: { sv: 'är inte i etableringsprogrammet', en: 'is not in the establishment programme', ar: 'ليس في برنامج التأسيس' },
  };
  return texts[constraint][locale];
}
