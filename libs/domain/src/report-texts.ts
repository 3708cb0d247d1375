import type { Locale } from './locales';
import type { Sector } from './placements';
import type { GenderColumn, KoladaIndicator, PaceStatus, PipelineStage, ReportTableId, ReportTargetKind, SfiProgressStatus } from './report-api';

/**
 * Step 5: the words of the targets, the dashboard and the board report, in every language.
 * The API (exports, PDF) and the web read this one table, so a table never lacks a definition.
 * Swedish first and plain (SFI level). Kolada's own KPI titles stay in Swedish in every language:
 * they are names, and the reader must be able to find them in Kolada.
 */
export interface ReportTexts {
  /** Column headings of the gender split. */
  columns: Record<GenderColumn, string>;
  /** Each table's heading and what exactly it counts. */
  tables: Record<ReportTableId, { title: string; definition: string }>;
  /** Row labels of the pipeline table. */
  stages: Record<PipelineStage, string>;
  /** Row labels of the SFI progress table. */
  sfiStatus: Record<SfiProgressStatus, string>;
  /** Row labels of the table by sector. */
  sectors: Record<Sector, string>;
  /** Per Kolada KPI: our row's title, Kolada's own (Swedish) title and how our figure differs. */
  kolada: Record<KoladaIndicator, { ourTitle: string; koladaTitle: string; difference: string }>;
  /** Other row labels of the Kolada table: `left_programme` is the denominator (people who left the programme). */
  koladaRows: { left_programme: string };
  targetKinds: Record<ReportTargetKind, { name: string; definition: string }>;
  pace: Record<PaceStatus, string>;
  /** One sentence per ReportAlert kind. Percent arguments are percent (12.5 means 12.5 %), not fractions. */
  alerts: {
    targetBehind(name: string, behindByPercent: number, thresholdPercent: number): string;
    womenShareLow(sharePercent: number, goalPercent: number): string;
    learnersStalled(count: number, weeks: number): string;
    /** `placements`: how many of the employer's placements have open seats (optional). */
    employerNoProposals(name: string, openSeats: number, placements?: number): string;
  };
  /** Words of the board report (PDF, spreadsheet and the dashboard). */
  report: {
    title: string;
    /** Dates as YYYY-MM-DD (or already formatted by the caller). */
    periodLine(from: string, to: string): string;
    asOf(date: string): string;
    /** The note under every table; `below` is the suppression threshold (5). */
    suppressionNote(below: number): string;
    /** What a suppressed cell shows. */
    suppressed: string;
    target: string;
    actual: string;
    expected: string;
    baseline: string;
    owner: string;
    period: string;
    pace: string;
    share: string;
    median: string;
    alerts: string;
    definitions: string;
    noAlerts: string;
    /** Our figures come from our register and are not Kolada's. */
    notKolada: string;
    /** Export words: the targets section, column headings of the exports and the definitions list. */
    targets: string;
    code: string;
    name: string;
    kind: string;
    /** Heading of behindBy: how far behind the straight-line pace, in percent of the target value. */
    behindBy: string;
    /** Column heading of a share (percent) in one gender column, e.g. "Andel, kvinnor (%)". */
    shareColumn(column: string): string;
    /** Column heading of a median (days) in one gender column. */
    medianColumn(column: string): string;
    term: string;
    definition: string;
    municipality: string;
    /** Date and time the report was made. */
    generatedAt(dateTime: string): string;
    /** PDF footer. */
    page(page: number, pages: number): string;
    /** Label before a Kolada KPI id and its Kolada title. */
    koladaKpi: string;
    /** Legend of the part of a bar whose split is not shown (suppressed). */
    hidden: string;
    /** What the targets section shows (the definition line under its heading). */
    targetsDefinition: string;
    /** When alerts are raised (the definition line under the alerts heading); percent arguments in percent. */
    alertsDefinition(thresholdPercent: number, womenGoalPercent: number): string;
  };
  /** Short sheet names for the spreadsheet (at most 31 characters, none of []:*?/\). */
  sheets: Record<ReportTableId | 'targets' | 'alerts' | 'definitions', string>;
}

/** Kolada's own KPI titles (kolada_kpi_newcomer_core.csv). Never translated. */
const KOLADA_TITLES: Record<KoladaIndicator, string> = {
  N00971: 'Lämnat etableringsuppdraget och börjat arbeta (status efter 90 dagar), andel (%)',
  N00972: 'Lämnat etableringsuppdraget och börjat studera (status efter 90 dagar), andel (%)',
  N00973: 'Lämnat etableringsuppdraget och börjat arbeta eller studera (status efter 90 dagar), andel (%)',
};

/** A number as the language writes it, at most one decimal (12,5 in Swedish, 12.5 in English). */
function numberIn(locale: Locale): (value: number) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (value) => format.format(value);
}

function sv(): ReportTexts {
  const n = numberIn('sv');
  const startsSame = 'Vi räknar förslag som har nått steget ”Har börjat” och har ett startdatum i perioden. Varje start räknas en gång';
  const differs =
    'Vår siffra kommer från vårt eget register, där jobbcoacherna skriver in status. Koladas siffra kommer från SCB:s och Arbetsförmedlingens register. ' +
    'Vi räknar alla åldrar. Kolada räknar bara personer som är 20–64 år och personer som är 18–19 år utan föräldrar i Sverige. ' +
    'Vi räknar den kommun som personen är registrerad i hos Jobbrygga. Kolada räknar den kommun där personen är folkbokförd i december. ' +
    'Status är den som jobbcoachen har skrivit in. Visa aldrig vår siffra som Koladas siffra.';
  return {
    columns: { women: 'Kvinnor', men: 'Män', otherUnknown: 'Annat/okänt', total: 'Totalt' },
    tables: {
      byType: {
        title: 'Påbörjade platser efter typ',
        definition: `${startsSame}, uppdelad på typ av plats och på deltagarens kön. Totalt är summan av raderna.`,
      },
      byOccupationField: {
        title: 'Påbörjade platser efter yrkesområde',
        definition: `${startsSame}. Raderna är yrkesområdet för platsens yrkesgrupp (SSYK). Kolumnerna är deltagarens kön. Totalt är summan av raderna.`,
      },
      bySector: {
        title: 'Påbörjade platser efter sektor',
        definition: `${startsSame}. Raderna är arbetsgivarens sektor: privat, offentlig eller ideell. Kolumnerna är deltagarens kön. Totalt är summan av raderna.`,
      },
      byMonth: {
        title: 'Påbörjade platser per månad',
        definition: `${startsSame}. Raderna är månaden för startdatumet. Kolumnerna är deltagarens kön. Totalt är summan av raderna.`,
      },
      pipeline: {
        title: 'Från förslag till arbete',
        definition:
          'Personer som har blivit föreslagna för en plats under perioden (datum för förslaget i perioden). Varje person räknas en gång i varje steg som hen har nått: föreslagen, deltagaren sa ja, har börjat, avslutad och i arbete 90 dagar efter slutet. Andel är andelen av steget före.',
      },
      timeToFirstPlacement: {
        title: 'Tid till första platsen',
        definition:
          'Personer vars allra första plats började under perioden. Median är antal dagar från registreringen i Jobbrygga till starten. Median visas bara för grupper med minst 5 personer.',
      },
      sfiProgress: {
        title: 'Resultat i sfi efter två år',
        definition:
          'Personer som började sin första kurs i sfi under samma period två år tidigare. Vi visar status för den högsta kurs de nådde två år efter den första starten: godkänd (betyg A–E), fortsätter (studerar fortfarande eller betyg F) eller avbrutit.',
      },
      kolada: {
        title: 'Status 90 dagar efter etableringsprogrammet',
        definition:
          'Personer som lämnade etableringsprogrammet under perioden (datum för avslut i perioden, och 90 dagar har gått). Vi visar deras status 90 dagar efter avslutet, enligt vårt eget register som jobbcoacherna fyller i. Tabellen motsvarar Koladas nyckeltal N00971, N00972 och N00973, men det är inte Koladas siffror.',
      },
    },
    stages: {
      proposed: 'Föreslagen',
      learner_accepted: 'Deltagaren sa ja',
      started: 'Har börjat',
      completed: 'Avslutad',
      work_after_90d: 'I arbete 90 dagar efter slutet',
    },
    sfiStatus: { passed: 'Godkänd (A–E)', continuing: 'Fortsätter', dropped: 'Avbrutit' },
    sectors: { private: 'Privat sektor', public: 'Offentlig sektor', non_profit: 'Ideell sektor' },
    kolada: {
      N00971: {
        ourTitle: 'Lämnat etableringsprogrammet och börjat arbeta (status efter 90 dagar), vårt register',
        koladaTitle: KOLADA_TITLES.N00971,
        difference: `${differs} Kolada räknar arbete utan stöd, nystartsjobb och arbete med stöd.`,
      },
      N00972: {
        ourTitle: 'Lämnat etableringsprogrammet och börjat studera (status efter 90 dagar), vårt register',
        koladaTitle: KOLADA_TITLES.N00972,
        difference: `${differs} Kolada räknar bara studier som ger rätt till studiemedel.`,
      },
      N00973: {
        ourTitle: 'Lämnat etableringsprogrammet och börjat arbeta eller studera (status efter 90 dagar), vårt register',
        koladaTitle: KOLADA_TITLES.N00973,
        difference: `${differs} Kolada räknar arbete med eller utan stöd (även nystartsjobb och extratjänster) och studier som ger rätt till studiemedel.`,
      },
    },
    koladaRows: { left_programme: 'Har lämnat etableringsprogrammet' },
    targetKinds: {
      placements_started: {
        name: 'Påbörjade platser',
        definition: 'Hur många gånger en deltagare har börjat på en plats under perioden. Målet kan gälla bara vissa typer av platser, och bara kommunens egna verksamheter.',
      },
      own_praktik_places: {
        name: 'Praktikplatser i kommunens egna verksamheter',
        definition: 'Hur många platser kommunens egna verksamheter erbjuder, med startdatum i perioden. Vi räknar antal personer som kan tas emot. Gäller praktik om ingen annan typ är vald. Utkast räknas inte.',
      },
      local_places_created: {
        name: 'Platser hos lokala arbetsgivare',
        definition: 'Hur många platser lokala arbetsgivare erbjuder, med startdatum i perioden. Kommunens egna verksamheter räknas inte. Målet kan gälla ett yrkesområde.',
      },
      work_or_studies_90d: {
        name: 'Arbete eller studier efter 90 dagar',
        definition: 'Andel som arbetar eller studerar 90 dagar efter att deras plats slutade. Vi räknar personer vars plats slutade under perioden och som har ett resultat inskrivet. Varje person räknas en gång.',
      },
      women_share: {
        name: 'Andel kvinnor',
        definition: 'Andel kvinnor bland de platser som deltagare har börjat på under perioden.',
      },
    },
    pace: {
      not_started: 'Inte börjat',
      no_data: 'Inga uppgifter än',
      ahead: 'Före jämn takt',
      on_track: 'Enligt jämn takt',
      behind: 'Efter jämn takt',
      reached: 'Målet är nått',
      ended_short: 'Målet nåddes inte',
    },
    alerts: {
      targetBehind: (name, behind, threshold) => `Målet ”${name}” ligger ${n(behind)} % efter jämn takt. Gränsen för varning är ${n(threshold)} %.`,
      womenShareLow: (share, goal) => `Andelen kvinnor bland påbörjade platser är ${n(share)} %. Målet är ${n(goal)} %.`,
      learnersStalled: (count, weeks) => `${n(count)} deltagare står still: inget har hänt i planen på mer än ${n(weeks)} ${weeks === 1 ? 'vecka' : 'veckor'}.`,
      employerNoProposals: (name, seats, placements) =>
        `${name} har ${n(seats)} ${seats === 1 ? 'ledig plats' : 'lediga platser'}${placements === undefined ? '' : ` i ${n(placements)} ${placements === 1 ? 'annons' : 'annonser'}`}, men ingen deltagare har blivit föreslagen.`,
    },
    report: {
      title: 'Rapport till nämnden',
      periodLine: (from, to) => `Period: ${from} – ${to}`,
      asOf: (date) => `Uppgifterna gäller den ${date}`,
      suppressionNote: (below) => `Värden under ${n(below)} visas inte (..), och ibland döljs ett värde till så att ett dolt värde inte kan räknas ut.`,
      suppressed: '..',
      target: 'Mål',
      actual: 'Utfall',
      expected: 'Förväntat enligt jämn takt',
      baseline: 'Utgångsläge',
      owner: 'Ansvarig',
      period: 'Period',
      pace: 'Takt',
      share: 'Andel',
      median: 'Median (dagar)',
      alerts: 'Varningar',
      definitions: 'Definitioner',
      noAlerts: 'Inga varningar',
      notKolada: 'Siffrorna kommer från Jobbryggas eget register. Det är inte Koladas siffror, och de kan skilja sig från Koladas.',
      targets: 'Mål',
      code: 'Kod',
      name: 'Namn',
      kind: 'Typ av mål',
      behindBy: 'Efter jämn takt (% av målet)',
      shareColumn: (column) => `Andel, ${column.toLocaleLowerCase('sv')} (%)`,
      medianColumn: (column) => `Median, ${column.toLocaleLowerCase('sv')} (dagar)`,
      term: 'Begrepp',
      definition: 'Definition',
      municipality: 'Kommun',
      generatedAt: (dateTime) => `Skapad ${dateTime}`,
      page: (page, pages) => `Sida ${page} av ${pages}`,
      koladaKpi: 'Koladas nyckeltal',
      hidden: 'Visas inte',
      targetsDefinition:
        'Utfallet räknas fram ur registret. Förväntat enligt jämn takt är var en rak linje från start (0, eller utgångsläget för andelar) till målet står i dag, eller vid periodens slut. Efter jämn takt är skillnaden i procent av målet.',
      alertsDefinition: (threshold, goal) =>
        `Varningar visas när ett mål ligger mer än ${n(threshold)} % efter jämn takt, när andelen kvinnor bland påbörjade platser är under målet ${n(goal)} %, när deltagare har stått still länge och när en arbetsgivare har lediga platser men ingen deltagare har blivit föreslagen.`,
    },
    sheets: {
      byType: 'Efter typ',
      byOccupationField: 'Efter yrkesområde',
      bySector: 'Efter sektor',
      byMonth: 'Per månad',
      pipeline: 'Från förslag till arbete',
      timeToFirstPlacement: 'Tid till första plats',
      sfiProgress: 'Sfi efter två år',
      kolada: 'Status efter 90 dagar',
      targets: 'Mål',
      alerts: 'Varningar',
      definitions: 'Definitioner',
    },
  };
}

function en(): ReportTexts {
  const n = numberIn('en');
  const startsSame = 'We count referrals that reached the stage “Started” with a start date in the period. Each start is counted once';
  const differs =
    'Our figure comes from our own register, where job coaches enter the status. Kolada’s figure comes from the registers of Statistics Sweden (SCB) and the Swedish Public Employment Service (Arbetsförmedlingen). ' +
    'We count all ages. Kolada counts only people aged 20–64 and people aged 18–19 without parents in Sweden. ' +
    'We count the municipality the person is registered with in Jobbrygga. Kolada counts the municipality where the person is registered as living (folkbokförd) in December. ' +
    'The status is the one the job coach has entered. Never present our figure as Kolada’s figure.';
  return {
    columns: { women: 'Women', men: 'Men', otherUnknown: 'Other/unknown', total: 'Total' },
    tables: {
      byType: {
        title: 'Placements started, by type',
        definition: `${startsSame}, split by placement type and by the learner’s gender. The total is the sum of the rows.`,
      },
      byOccupationField: {
        title: 'Placements started, by occupation field',
        definition: `${startsSame}. The rows are the occupation field of the placement’s occupation group (SSYK). The columns are the learner’s gender. The total is the sum of the rows.`,
      },
      bySector: {
        title: 'Placements started, by sector',
        definition: `${startsSame}. The rows are the employer’s sector: private, public or non-profit. The columns are the learner’s gender. The total is the sum of the rows.`,
      },
      byMonth: {
        title: 'Placements started, by month',
        definition: `${startsSame}. The rows are the month of the start date. The columns are the learner’s gender. The total is the sum of the rows.`,
      },
      pipeline: {
        title: 'From proposal to work',
        definition:
          'People proposed for a placement in the period (proposal date in the period). Each person is counted once in every stage they reached: proposed, learner said yes, started, completed, and in work 90 days after the end. The share is the share of the previous stage.',
      },
      timeToFirstPlacement: {
        title: 'Time to first placement',
        definition:
          'People whose very first placement started in the period. The median is the number of days from registration in Jobbrygga to that start. Medians are shown only for groups of at least 5 people.',
      },
      sfiProgress: {
        title: 'SFI results after two years',
        definition:
          'People whose first SFI course started in the same period two years earlier. We show the status of the highest course they reached two years after that first start: passed (grade A–E), continuing (still studying, or grade F) or dropped out.',
      },
      kolada: {
        title: 'Status 90 days after the establishment programme',
        definition:
          'People who left the establishment programme in the period (exit date in the period, and 90 days have passed). We show their status 90 days after leaving, from our own register, which job coaches fill in. The table lines up with Kolada’s KPIs N00971, N00972 and N00973, but these are not Kolada’s figures.',
      },
    },
    stages: {
      proposed: 'Proposed',
      learner_accepted: 'Learner said yes',
      started: 'Started',
      completed: 'Completed',
      work_after_90d: 'In work 90 days after the end',
    },
    sfiStatus: { passed: 'Passed (A–E)', continuing: 'Continuing', dropped: 'Dropped out' },
    sectors: { private: 'Private sector', public: 'Public sector', non_profit: 'Non-profit sector' },
    kolada: {
      N00971: {
        ourTitle: 'Left the establishment programme and started working (status after 90 days), our register',
        koladaTitle: KOLADA_TITLES.N00971,
        difference: `${differs} Kolada counts work without support, “nystartsjobb” (new start jobs) and work with support.`,
      },
      N00972: {
        ourTitle: 'Left the establishment programme and started studying (status after 90 days), our register',
        koladaTitle: KOLADA_TITLES.N00972,
        difference: `${differs} Kolada counts only studies that give the right to student finance (studiemedel).`,
      },
      N00973: {
        ourTitle: 'Left the establishment programme and started working or studying (status after 90 days), our register',
        koladaTitle: KOLADA_TITLES.N00973,
        difference: `${differs} Kolada counts work with or without support (including “nystartsjobb” and “extratjänster”) and studies that give the right to student finance.`,
      },
    },
    koladaRows: { left_programme: 'Left the establishment programme' },
    targetKinds: {
      placements_started: {
        name: 'Placements started',
        definition: 'How many times a learner started a placement in the period. The target may count only some placement types, and only the municipality’s own organisations.',
      },
      own_praktik_places: {
        name: 'Work experience places in the municipality’s own organisations',
        definition: 'How many seats the municipality’s own organisations offer, with a start date in the period. We count the number of people who can be taken on. Work experience (praktik) unless another type is chosen. Drafts are not counted.',
      },
      local_places_created: {
        name: 'Places at local employers',
        definition: 'How many seats local employers offer, with a start date in the period. The municipality’s own organisations are not counted. The target may be for one occupation field.',
      },
      work_or_studies_90d: {
        name: 'Work or studies after 90 days',
        definition: 'The share in work or studies 90 days after their placement ended. We count people whose placement ended in the period and whose outcome has been entered. Each person is counted once.',
      },
      women_share: {
        name: 'Share of women',
        definition: 'The share of women among the placements learners started in the period.',
      },
    },
    pace: {
      not_started: 'Not started',
      no_data: 'No data yet',
      ahead: 'Ahead of an even pace',
      on_track: 'On an even pace',
      behind: 'Behind an even pace',
      reached: 'Target reached',
      ended_short: 'Target not reached',
    },
    alerts: {
      targetBehind: (name, behind, threshold) => `The target “${name}” is ${n(behind)}% behind an even pace. Alerts are raised above ${n(threshold)}%.`,
      womenShareLow: (share, goal) => `Women are ${n(share)}% of the placements started. The goal is ${n(goal)}%.`,
      learnersStalled: (count, weeks) =>
        `${n(count)} ${count === 1 ? 'learner has' : 'learners have'} stalled: nothing has happened in the plan for more than ${n(weeks)} ${weeks === 1 ? 'week' : 'weeks'}.`,
      employerNoProposals: (name, seats, placements) =>
        `${name} has ${n(seats)} open ${seats === 1 ? 'seat' : 'seats'}${placements === undefined ? '' : ` in ${n(placements)} ${placements === 1 ? 'placement' : 'placements'}`}, but no learner has been proposed.`,
    },
    report: {
      title: 'Report to the municipal board',
      periodLine: (from, to) => `Period: ${from} to ${to}`,
      asOf: (date) => `Figures as of ${date}`,
      suppressionNote: (below) => `Values below ${n(below)} are not shown (..), and sometimes one more value is hidden so that a hidden value cannot be worked out.`,
      suppressed: '..',
      target: 'Target',
      actual: 'Actual',
      expected: 'Expected at an even pace',
      baseline: 'Baseline',
      owner: 'Responsible',
      period: 'Period',
      pace: 'Pace',
      share: 'Share',
      median: 'Median (days)',
      alerts: 'Alerts',
      definitions: 'Definitions',
      noAlerts: 'No alerts',
      notKolada: 'The figures come from Jobbrygga’s own register. They are not Kolada’s figures and may differ from them.',
      targets: 'Targets',
      code: 'Code',
      name: 'Name',
      kind: 'Kind of target',
      behindBy: 'Behind an even pace (% of the target)',
      shareColumn: (column) => `Share, ${column.toLocaleLowerCase('en')} (%)`,
      medianColumn: (column) => `Median, ${column.toLocaleLowerCase('en')} (days)`,
      term: 'Term',
      definition: 'Definition',
      municipality: 'Municipality',
      generatedAt: (dateTime) => `Generated ${dateTime}`,
      page: (page, pages) => `Page ${page} of ${pages}`,
      koladaKpi: 'Kolada KPI',
      hidden: 'Not shown',
      targetsDefinition:
        'The actual figure is counted from the register. Expected at an even pace is where a straight line from the start (0, or the baseline for shares) to the target stands today, or at the end of the period. Behind is the difference in percent of the target.',
      alertsDefinition: (threshold, goal) =>
        `Alerts are raised when a target is more than ${n(threshold)}% behind an even pace, when women are less than the goal of ${n(goal)}% of the placements started, when learners have stalled for a long time and when an employer has open seats but no learner has been proposed.`,
    },
    sheets: {
      byType: 'By type',
      byOccupationField: 'By occupation field',
      bySector: 'By sector',
      byMonth: 'By month',
      pipeline: 'From proposal to work',
      timeToFirstPlacement: 'Time to first placement',
      sfiProgress: 'SFI after two years',
      kolada: 'Status after 90 days',
      targets: 'Targets',
      alerts: 'Alerts',
      definitions: 'Definitions',
    },
  };
}

/** Weeks with the Arabic number agreement: أسبوع واحد، أسبوعين، 3–10 أسابيع، 11 أسبوعًا فأكثر. */
function arWeeks(weeks: number, n: (value: number) => string): string {
  if (weeks === 1) return 'أسبوع واحد';
  if (weeks === 2) return 'أسبوعين';
  if (Number.isInteger(weeks) && weeks >= 3 && weeks <= 10) return `${n(weeks)} أسابيع`;
  return `${n(weeks)} أسبوعًا`;
}

function ar(): ReportTexts {
  const n = numberIn('ar');
  const startsSame = 'نعدّ الاقتراحات التي وصلت إلى خطوة «بدأ» وتاريخ بدئها ضمن الفترة. تُعدّ كل بداية مرة واحدة';
  const differs =
    'رقمنا مأخوذ من سجلنا الخاص الذي يُدخل فيه مرشدو العمل الحالة. أما رقم Kolada فمأخوذ من سجلات هيئة الإحصاء السويدية (SCB) ومصلحة التوظيف (Arbetsförmedlingen). ' +
    'نحن نعدّ جميع الأعمار، أما Kolada فتعدّ فقط الأشخاص من عمر 20 إلى 64 سنة، ومن عمرهم 18 أو 19 سنة وليس لهم والدان في السويد. ' +
    'نحن نعدّ البلدية التي سُجّل فيها الشخص في Jobbrygga، أما Kolada فتعدّ البلدية التي كان الشخص مقيّدًا فيها في سجل السكان (folkbokföring) في شهر ديسمبر. ' +
    'الحالة هي ما أدخله مرشد العمل. لا تعرض رقمنا أبدًا على أنه رقم Kolada.';
  return {
    columns: { women: 'نساء', men: 'رجال', otherUnknown: 'آخر/غير معروف', total: 'المجموع' },
    tables: {
      byType: {
        title: 'الأماكن التي بدأ فيها المشاركون، حسب النوع',
        definition: `${startsSame}، مقسّمة حسب نوع المكان وحسب جنس المشارك. المجموع هو مجموع الصفوف.`,
      },
      byOccupationField: {
        title: 'الأماكن التي بدأ فيها المشاركون، حسب المجال المهني',
        definition: `${startsSame}. الصفوف هي المجال المهني لمجموعة المهن (SSYK) التي ينتمي إليها المكان، والأعمدة هي جنس المشارك. المجموع هو مجموع الصفوف.`,
      },
      bySector: {
        title: 'الأماكن التي بدأ فيها المشاركون، حسب القطاع',
        definition: `${startsSame}. الصفوف هي قطاع صاحب العمل: خاص أو عام أو غير ربحي، والأعمدة هي جنس المشارك. المجموع هو مجموع الصفوف.`,
      },
      byMonth: {
        title: 'الأماكن التي بدأ فيها المشاركون، حسب الشهر',
        definition: `${startsSame}. الصفوف هي شهر تاريخ البدء، والأعمدة هي جنس المشارك. المجموع هو مجموع الصفوف.`,
      },
      pipeline: {
        title: 'من الاقتراح إلى العمل',
        definition:
          'الأشخاص الذين اقتُرحوا لمكان خلال الفترة (تاريخ الاقتراح ضمن الفترة). يُعدّ كل شخص مرة واحدة في كل خطوة وصل إليها: مقترح، ثم المشارك قال نعم، ثم بدأ، ثم أنهى، ثم يعمل بعد 90 يومًا من الانتهاء. النسبة هي النسبة من الخطوة السابقة.',
      },
      timeToFirstPlacement: {
        title: 'المدة حتى أول مكان',
        definition:
          'الأشخاص الذين بدأ أول مكان لهم على الإطلاق خلال الفترة. الوسيط هو عدد الأيام من التسجيل في Jobbrygga حتى ذلك البدء. لا يُعرض الوسيط إلا للمجموعات التي تضم 5 أشخاص على الأقل.',
      },
      sfiProgress: {
        title: 'نتائج SFI بعد سنتين',
        definition:
          'الأشخاص الذين بدأت أول دورة SFI لهم في الفترة نفسها قبل سنتين. نعرض حالة أعلى دورة وصلوا إليها بعد سنتين من تلك البداية الأولى: ناجح (درجة من A إلى E)، أو مستمر (ما زال يدرس أو حصل على F)، أو انقطع عن الدراسة.',
      },
      kolada: {
        title: 'الحالة بعد 90 يومًا من برنامج التأسيس',
        definition:
          'الأشخاص الذين غادروا برنامج التأسيس خلال الفترة (تاريخ المغادرة ضمن الفترة، ومرّ 90 يومًا). نعرض حالتهم بعد 90 يومًا من المغادرة، من سجلنا الخاص الذي يملؤه مرشدو العمل. يتوافق الجدول مع مؤشرات Kolada ذات الأرقام N00971 وN00972 وN00973، لكن هذه ليست أرقام Kolada.',
      },
    },
    stages: {
      proposed: 'مقترح',
      learner_accepted: 'المشارك قال نعم',
      started: 'بدأ',
      completed: 'أنهى',
      work_after_90d: 'يعمل بعد 90 يومًا من الانتهاء',
    },
    sfiStatus: { passed: 'ناجح (A–E)', continuing: 'مستمر', dropped: 'انقطع عن الدراسة' },
    sectors: { private: 'القطاع الخاص', public: 'القطاع العام', non_profit: 'القطاع غير الربحي' },
    kolada: {
      N00971: {
        ourTitle: 'غادر برنامج التأسيس وبدأ العمل (الحالة بعد 90 يومًا)، حسب سجلنا',
        koladaTitle: KOLADA_TITLES.N00971,
        difference: `${differs} تعدّ Kolada العمل بدون دعم، ووظائف البداية الجديدة (nystartsjobb)، والعمل المدعوم.`,
      },
      N00972: {
        ourTitle: 'غادر برنامج التأسيس وبدأ الدراسة (الحالة بعد 90 يومًا)، حسب سجلنا',
        koladaTitle: KOLADA_TITLES.N00972,
        difference: `${differs} تعدّ Kolada فقط الدراسة التي تمنح الحق في المعونة الدراسية (studiemedel).`,
      },
      N00973: {
        ourTitle: 'غادر برنامج التأسيس وبدأ العمل أو الدراسة (الحالة بعد 90 يومًا)، حسب سجلنا',
        koladaTitle: KOLADA_TITLES.N00973,
        difference: `${differs} تعدّ Kolada العمل بدعم أو بدونه (بما في ذلك nystartsjobb وextratjänster) والدراسة التي تمنح الحق في المعونة الدراسية.`,
      },
    },
    koladaRows: { left_programme: 'غادروا برنامج التأسيس' },
    targetKinds: {
      placements_started: {
        name: 'الأماكن التي بدأ فيها المشاركون',
        definition: 'عدد المرات التي بدأ فيها مشارك في مكان خلال الفترة. يمكن أن يقتصر الهدف على أنواع معيّنة من الأماكن، وعلى جهات البلدية نفسها فقط.',
      },
      own_praktik_places: {
        name: 'أماكن التدريب العملي في جهات البلدية',
        definition: 'عدد الأماكن التي تعرضها جهات البلدية نفسها، وتاريخ بدئها ضمن الفترة. نعدّ عدد الأشخاص الذين يمكن استقبالهم. التدريب العملي (praktik) ما لم يُختر نوع آخر. المسودات لا تُعدّ.',
      },
      local_places_created: {
        name: 'أماكن لدى أصحاب العمل المحليين',
        definition: 'عدد الأماكن التي يعرضها أصحاب العمل المحليون، وتاريخ بدئها ضمن الفترة. جهات البلدية نفسها لا تُعدّ. يمكن أن يقتصر الهدف على مجال مهني واحد.',
      },
      work_or_studies_90d: {
        name: 'عمل أو دراسة بعد 90 يومًا',
        definition: 'نسبة من يعملون أو يدرسون بعد 90 يومًا من انتهاء مكانهم. نعدّ الأشخاص الذين انتهى مكانهم خلال الفترة وسُجّلت نتيجتهم. يُعدّ كل شخص مرة واحدة.',
      },
      women_share: {
        name: 'نسبة النساء',
        definition: 'نسبة النساء بين الأماكن التي بدأ فيها المشاركون خلال الفترة.',
      },
    },
    pace: {
      not_started: 'لم يبدأ بعد',
      no_data: 'لا توجد بيانات بعد',
      ahead: 'متقدّم على الوتيرة المنتظمة',
      on_track: 'حسب الوتيرة المنتظمة',
      behind: 'متأخر عن الوتيرة المنتظمة',
      reached: 'تحقّق الهدف',
      ended_short: 'لم يتحقّق الهدف',
    },
    alerts: {
      targetBehind: (name, behind, threshold) => `الهدف «${name}» متأخر بنسبة ${n(behind)}% عن الوتيرة المنتظمة. يظهر التنبيه عند تأخر يزيد على ${n(threshold)}%.`,
      womenShareLow: (share, goal) => `نسبة النساء بين الأماكن التي بدأ فيها المشاركون هي ${n(share)}%. الهدف هو ${n(goal)}%.`,
      learnersStalled: (count, weeks) => `عدد المشاركين المتوقفين: ${n(count)}. لم يحدث شيء في خططهم منذ أكثر من ${arWeeks(weeks, n)}.`,
      employerNoProposals: (name, seats, placements) =>
        `لدى ${name} أماكن شاغرة (عددها ${n(seats)})${placements === undefined ? '' : ` في ${n(placements)} من إعلاناته`}، لكن لم يُقترح عليه أي مشارك.`,
    },
    report: {
      title: 'تقرير إلى اللجنة البلدية',
      periodLine: (from, to) => `الفترة: من ${from} إلى ${to}`,
      asOf: (date) => `الأرقام حتى تاريخ ${date}`,
      suppressionNote: (below) => `القيم الأقل من ${n(below)} لا تُعرض (..)، وأحيانًا تُخفى قيمة أخرى أيضًا حتى لا يمكن حساب القيمة المخفية.`,
      suppressed: '..',
      target: 'الهدف',
      actual: 'النتيجة الفعلية',
      expected: 'المتوقع حسب الوتيرة المنتظمة',
      baseline: 'نقطة الانطلاق',
      owner: 'المسؤول',
      period: 'الفترة',
      pace: 'الوتيرة',
      share: 'النسبة',
      median: 'الوسيط (بالأيام)',
      alerts: 'تنبيهات',
      definitions: 'التعريفات',
      noAlerts: 'لا توجد تنبيهات',
      notKolada: 'الأرقام مأخوذة من سجل Jobbrygga الخاص. إنها ليست أرقام Kolada، وقد تختلف عنها.',
      targets: 'الأهداف',
      code: 'الرمز',
      name: 'الاسم',
      kind: 'نوع الهدف',
      behindBy: 'التأخر عن الوتيرة المنتظمة (% من الهدف)',
      shareColumn: (column) => `النسبة، ${column} (%)`,
      medianColumn: (column) => `الوسيط، ${column} (بالأيام)`,
      term: 'المصطلح',
      definition: 'التعريف',
      municipality: 'البلدية',
      generatedAt: (dateTime) => `أُنشئ في ${dateTime}`,
      page: (page, pages) => `الصفحة ${page} من ${pages}`,
      koladaKpi: 'مؤشر Kolada',
      hidden: 'غير معروض',
      targetsDefinition:
        'النتيجة الفعلية محسوبة من السجل. المتوقع حسب الوتيرة المنتظمة هو موضع خط مستقيم من البداية (صفر، أو نقطة الانطلاق للنسب) إلى الهدف اليوم أو في نهاية الفترة. التأخر هو الفرق كنسبة مئوية من الهدف.',
      alertsDefinition: (threshold, goal) =>
        `تظهر التنبيهات عندما يتأخر هدف بأكثر من ${n(threshold)}% عن الوتيرة المنتظمة، وعندما تقل نسبة النساء بين الأماكن التي بدأ فيها المشاركون عن الهدف ${n(goal)}%، وعندما يتوقف مشاركون لمدة طويلة، وعندما تكون لدى صاحب عمل أماكن شاغرة دون أن يُقترح عليه أي مشارك.`,
    },
    sheets: {
      byType: 'حسب النوع',
      byOccupationField: 'حسب المجال المهني',
      bySector: 'حسب القطاع',
      byMonth: 'حسب الشهر',
      pipeline: 'من الاقتراح إلى العمل',
      timeToFirstPlacement: 'المدة حتى أول مكان',
      sfiProgress: 'SFI بعد سنتين',
      kolada: 'الحالة بعد 90 يومًا',
      targets: 'الأهداف',
      alerts: 'تنبيهات',
      definitions: 'التعريفات',
    },
  };
}

const builders: Record<Locale, () => ReportTexts> = { sv, en, ar };
const cache: Partial<Record<Locale, ReportTexts>> = {};

/** The report words in one language (Swedish, English or Arabic). */
export function reportTexts(locale: Locale): ReportTexts {
  return (cache[locale] ??= builders[locale]());
}
