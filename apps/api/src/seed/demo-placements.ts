import type { DataSource, EntityManager } from 'typeorm';
import {
  WEEKDAYS,
  checkPlacementRules,
  luhnValid,
  typeValidOn,
  type JobTrackStepKind,
  type PlacementKind,
  type PlacementStatus,
  type PlacementTypeRules,
  type Sector,
  type SfiCourse,
  type Weekday,
} from '@jobbrygga/domain';
import { Prng } from './prng';

/**
 * Step-2 demo data: employers with sites and supervisors, about 80 placements and two job tracks in
 * Norrtälje (0188), and a few employers and open placements in Sollentuna (0163) so tenant
 * isolation has something to hide. Everything is generated from the reference tables with a
 * fixed-seed generator, so every database gets the same rows with the same fixed ids:
 * `0000TTTT-0000-4000-8000-NNNNNNNNNNNN` with employers 201+, sites 1001+, supervisors 2001+,
 * placements 3001+, job tracks 3901+ (their steps 3901·10 + position), per tenant.
 *
 * `generateDemoPlan` is pure (plain rows in, plain rows out) so it can be tested without a
 * database; `seedDemoPlacements` reads the reference rows, generates and inserts in one
 * transaction. Loading is idempotent: rows are inserted with ON CONFLICT DO NOTHING, and a tenant
 * whose demo placements already exist is left alone entirely, so a restart neither overwrites nor
 * brings back what users changed or deleted.
 */

// ---------------------------------------------------------------------------------------------
// Input and output shapes
// ---------------------------------------------------------------------------------------------

export interface DemoPlacementType extends PlacementTypeRules {
  id: string;
}

/** Reference rows the generator reads; column names as in the ref_ tables. */
export interface DemoReference {
  /** ref_place */
  places: { id: string; label: string; municipality_code: string; lat: number | null; lon: number | null }[];
  /** ref_ssyk_group */
  ssykGroups: { code: string; name_sv: string; field_concept_id: string }[];
  /** ref_occupation_name */
  occupationNames: { concept_id: string; name_sv: string; ssyk_code: string }[];
  /** ref_ssyk_skill joined with ref_skill for the label */
  ssykSkills: { ssyk_code: string; skill_concept_id: string; label_sv: string }[];
  /** ref_language */
  languages: { concept_id: string; label_sv: string }[];
  /** ref_driving_licence */
  drivingLicences: { concept_id: string; label: string }[];
  /** National placement types (placement_type where tenant_code is null). */
  placementTypes: DemoPlacementType[];
}

export interface DemoTenantInput {
  code: string;
  /** "Norrtälje kommun" */
  municipalityName: string;
  /** "Norrtälje" */
  municipalityShortName: string;
  /** Recorded as the one who approved the demo employers. */
  adminUserId: string | null;
  /** The Step-1 employers (ids …101–1xx) that exist, with their employer-contact users. */
  existingEmployers: { id: string; name: string; organisationNumber: string | null; contactUserIds: string[] }[];
}

export interface DemoPlanInput {
  reference: DemoReference;
  tenants: DemoTenantInput[];
}

export interface PlanEmployer {
  id: string;
  tenantCode: string;
  /** A Step-1 employer: only its sector, occupation fields and description are filled in, where still at defaults. */
  existing: boolean;
  name: string;
  organisationNumber: string | null;
  sector: Sector;
  municipalOwn: boolean;
  occupationFields: string[];
  description: string;
  /** ISO timestamps. */
  createdAt: string;
  decidedAt: string;
  decidedBy: string | null;
  contactUserIds: string[];
}

export interface PlanSite {
  id: string;
  tenantCode: string;
  employerId: string;
  name: string;
  streetAddress: string | null;
  postalCode: string | null;
  placeId: string;
  placeLabel: string;
  municipalityCode: string;
  lat: number | null;
  lon: number | null;
}

export interface PlanSupervisor {
  id: string;
  tenantCode: string;
  employerId: string;
  name: string;
  /** Language concept ids. */
  languages: string[];
  capacity: number;
  trained: boolean;
}

export interface PlacementText {
  title: string;
  description: string;
}

export interface PlanPlacement {
  id: string;
  tenantCode: string;
  employerId: string;
  typeId: string;
  typeCode: string;
  kind: PlacementKind;
  title: string;
  description: string;
  translations: Record<string, PlacementText>;
  ssykCode: string | null;
  occupationNameId: string | null;
  requiredSkills: string[];
  niceSkills: string[];
  minSfiCourse: SfiCourse | null;
  helpfulLanguages: string[];
  licences: string[];
  siteId: string | null;
  days: Weekday[];
  hoursPerWeek: number;
  startDate: string;
  endDate: string | null;
  fitsSfiMorning: boolean;
  fitsSfiAfternoon: boolean;
  seats: number;
  supervisorId: string | null;
  status: PlacementStatus;
  contactUserId: string | null;
}

export interface PlanJobTrackStep {
  id: string;
  placementId: string;
  position: number;
  stepKind: JobTrackStepKind;
  title: string;
  weeks: number | null;
}

export interface DemoPlan {
  employers: PlanEmployer[];
  sites: PlanSite[];
  supervisors: PlanSupervisor[];
  /** Placements and job tracks (kind 'jobTrack'). */
  placements: PlanPlacement[];
  jobTrackSteps: PlanJobTrackStep[];
  jobTrackPartners: { placementId: string; employerId: string }[];
  /** Per tenant: generated placements that broke a rule three times and were left out. */
  dropped: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// Small hand-written vocabularies
// ---------------------------------------------------------------------------------------------

interface Text {
  sv: string;
  en: string;
  ar: string;
}

/** Common first jobs for newcomers. Codes, names and skills are checked against the reference data; missing ones are skipped. */
interface OccupationSpec {
  ssyk: string;
  /** The occupation as a plain singular noun: "undersköterska", "assistant nurse", "مساعد تمريض". */
  noun: Text;
  /** Preferred ref_occupation_name labels of the group (an employer kind can name a more specific one). */
  names: string[];
  /** Preferred ref_skill labels of the group (required and nice-to-have skills are drawn from these). */
  skills: string[];
  /** Usual lowest SFI course for the job. */
  sfi: (SfiCourse | null)[];
  licences?: string[];
  /** Shifts that include weekends. */
  weekend?: boolean;
  tasks: Text;
}

const OCCUPATIONS: OccupationSpec[] = [
  {
    ssyk: '5321',
    noun: { sv: 'undersköterska', en: 'assistant nurse', ar: 'مساعد تمريض' },
    names: ['Undersköterska, hemtjänst och äldreboende'],
    skills: ['Basala hygienrutiner inom hälso- och sjukvård', 'Omvårdnad', 'Äldreomsorg', 'Demensvård', 'Hemtjänst', 'Patientkommunikation', 'Sekretess och tystnadsplikt inom hälso- och sjukvård', 'Dokumentation inom hälso- och sjukvård', 'Undersköterskeutbildning/Undersköterska, utbildad'],
    sfi: ['C', 'D'],
    weekend: true,
    tasks: {
      sv: 'Du hjälper äldre med mat, hygien och att röra sig. Du skriver korta anteckningar om hur de mår.',
      en: 'You help older people with meals, hygiene and moving around. You write short notes on how they are.',
      ar: 'تساعد كبار السن في الطعام والنظافة الشخصية والحركة. وتكتب ملاحظات قصيرة عن حالتهم.',
    },
  },
  {
    ssyk: '5323',
    noun: { sv: 'undersköterska', en: 'assistant nurse', ar: 'مساعد تمريض' },
    names: ['Undersköterska, vård- o specialavd. o mottagning'],
    skills: ['Basala hygienrutiner inom hälso- och sjukvård', 'Omvårdnad', 'Patientkommunikation', 'Vårdavdelning/Mottagning', 'Dokumentation inom hälso- och sjukvård', 'Sekretess och tystnadsplikt inom hälso- och sjukvård', 'Sjukvårdssvenska', 'Undersköterskeutbildning/Undersköterska, utbildad'],
    sfi: ['C', 'D'],
    tasks: {
      sv: 'Du tar hand om patienter på mottagningen. Du hjälper sjuksköterskan med prover och omvårdnad.',
      en: 'You take care of patients at the clinic. You help the nurse with samples and care.',
      ar: 'تعتني بالمرضى في العيادة. وتساعد الممرضة في أخذ العينات والرعاية.',
    },
  },
  {
    ssyk: '5330',
    noun: { sv: 'vårdbiträde', en: 'care assistant', ar: 'مساعد رعاية' },
    names: ['Vårdbiträde', 'Hemtjänstassistent'],
    skills: ['Personlig omvårdnad', 'Äldreomsorg', 'Hemtjänst', 'Basala hygienrutiner inom hälso- och sjukvård', 'Demensvård', 'Omsorgsutbildning/Omvårdnadsutbildning', 'Cykelvana'],
    sfi: ['B', 'C'],
    weekend: true,
    tasks: {
      sv: 'Du hjälper äldre i deras hem eller på ett boende. Du städar, lagar enkel mat och följer med på promenader.',
      en: 'You help older people in their homes or in a care home. You clean, make simple meals and go for walks with them.',
      ar: 'تساعد كبار السن في بيوتهم أو في دار رعاية. تنظف وتحضّر وجبات بسيطة وترافقهم في النزهات.',
    },
  },
  {
    ssyk: '5343',
    noun: { sv: 'personlig assistent', en: 'personal assistant', ar: 'مساعد شخصي' },
    names: ['Personlig assistent'],
    skills: ['Personlig omvårdnad', 'Funktionsnedsättning, omsorgserfarenhet', 'Alternativ och kompletterande kommunikation/AKK', 'Social dokumentation', 'Habilitering', 'Allmän omvårdnadserfarenhet'],
    sfi: ['B', 'C'],
    weekend: true,
    tasks: {
      sv: 'Du hjälper en person med funktionsnedsättning i vardagen, hemma och ute.',
      en: 'You help a person with a disability in everyday life, at home and outside.',
      ar: 'تساعد شخصًا من ذوي الإعاقة في حياته اليومية، في البيت وخارجه.',
    },
  },
  {
    ssyk: '5311',
    noun: { sv: 'barnskötare', en: 'childcare worker', ar: 'مساعد رعاية أطفال' },
    names: ['Barnskötare'],
    skills: ['Barnskötarutbildning', 'Pedagogisk dokumentation', 'Utomhuspedagogik', 'Tecken som stöd/TSS', 'Mångkulturell förskola, erfarenhet/Mångkulturell skola, erfarenhet', 'Småbarnsgrupp, erfarenhet', 'Födoämnesallergi, kunskap om'],
    sfi: ['C', 'D'],
    tasks: {
      sv: 'Du leker med barnen, hjälper dem vid maten och är med ute på gården.',
      en: 'You play with the children, help them at meals and are with them outdoors.',
      ar: 'تلعب مع الأطفال وتساعدهم أثناء الطعام وتكون معهم في ساحة اللعب.',
    },
  },
  {
    ssyk: '5312',
    noun: { sv: 'elevassistent', en: 'teaching assistant', ar: 'مساعد تلاميذ' },
    names: ['Elevassistent', 'Lärarassistent'],
    skills: ['Studiehandledning på modersmål', 'Barn och ungdomar med behov av särskilt stöd', 'Tecken som stöd/TSS', 'Fritidshem', 'Pedagogiskt förhållningssätt/Tydliggörande pedagogik'],
    sfi: ['C', 'D'],
    tasks: {
      sv: 'Du hjälper elever i klassrummet och på rasterna. Ibland stöttar du elever på deras modersmål.',
      en: 'You help pupils in the classroom and during breaks. Sometimes you support pupils in their mother tongue.',
      ar: 'تساعد التلاميذ في الصف وفي أوقات الاستراحة. وأحيانًا تدعم التلاميذ بلغتهم الأم.',
    },
  },
  {
    ssyk: '8331',
    noun: { sv: 'bussförare', en: 'bus driver', ar: 'سائق حافلة' },
    names: ['Bussförare/Busschaufför'],
    skills: ['Yrkeskompetensbevis för förare (YKB)', 'Linjetrafik, körning', 'Kollektivtrafik, körning', 'Trafiksäkerhetsregler', 'Sparsam körning', 'Passagerarservice', 'Färdtjänstkörning'],
    sfi: ['C', 'D'],
    licences: ['D'],
    weekend: true,
    tasks: {
      sv: 'Du kör buss och hjälper resenärerna på ett vänligt och säkert sätt.',
      en: 'You drive a bus and help passengers in a friendly and safe way.',
      ar: 'تقود حافلة وتساعد الركاب بطريقة ودية وآمنة.',
    },
  },
  {
    ssyk: '8332',
    noun: { sv: 'lastbilsförare', en: 'truck driver', ar: 'سائق شاحنة' },
    names: ['Distributionsförare'],
    skills: ['Distributionskörning', 'Lastsäkring', 'Sparsam körning', 'Trafiksäkerhetsregler', 'Yrkeskompetensbevis för förare (YKB)', 'Bakgavellyft', 'Lossning'],
    sfi: ['B', 'C'],
    licences: ['C'],
    tasks: {
      sv: 'Du kör lastbil och lämnar varor till butiker och företag. Du lastar och lossar.',
      en: 'You drive a truck and deliver goods to shops and companies. You load and unload.',
      ar: 'تقود شاحنة وتوصل البضائع إلى المتاجر والشركات. وتقوم بالتحميل والتفريغ.',
    },
  },
  {
    ssyk: '9111',
    noun: { sv: 'lokalvårdare', en: 'cleaner', ar: 'عامل تنظيف' },
    names: ['Städare/Lokalvårdare', 'Kontorsstädare'],
    skills: ['Städtjänster', 'Kontorsstädning', 'Golvvård', 'Hygienstädning', 'Fönsterputsning', 'Städning av förskola/Städning av skola', 'Utbildning, INSTA 800 (SS627801)', 'Städmaterial'],
    sfi: [null, 'A', 'B'],
    tasks: {
      sv: 'Du städar kontor, skolor eller andra lokaler. Du använder maskiner och rätt medel för olika golv.',
      en: 'You clean offices, schools or other premises. You use machines and the right products for different floors.',
      ar: 'تنظف المكاتب أو المدارس أو أماكن أخرى. وتستخدم الآلات والمواد المناسبة لأنواع الأرضيات المختلفة.',
    },
  },
  {
    ssyk: '5120',
    noun: { sv: 'kock', en: 'cook', ar: 'طباخ' },
    names: ['Kock, storhushåll', 'Kock, à la carte'],
    skills: ['Storkök', 'Husmanskost', 'Livsmedelshygien', 'Specialkost', 'Varmkök', 'Kallkök', 'Vegetarisk kost', 'Hälsokrav vid livsmedelshantering'],
    sfi: ['B', 'C'],
    weekend: true,
    tasks: {
      sv: 'Du lagar mat till många gäster. Du följer recept och håller ordning i köket.',
      en: 'You cook for many guests. You follow recipes and keep the kitchen tidy.',
      ar: 'تطبخ لعدد كبير من الضيوف. تتبع الوصفات وتحافظ على ترتيب المطبخ.',
    },
  },
  {
    ssyk: '9412',
    noun: { sv: 'köksbiträde', en: 'kitchen assistant', ar: 'مساعد مطبخ' },
    names: ['Köksbiträde', 'Diskare'],
    skills: ['Städning och diskning, restaurangkök', 'Livsmedelshygien', 'Portionering', 'Enklare matlagningskunskaper', 'Salladsberedning', 'Storkök', 'Hälsokrav vid livsmedelshantering'],
    sfi: [null, 'A', 'B'],
    weekend: true,
    tasks: {
      sv: 'Du diskar, gör sallad och hjälper till att servera maten. Du håller köket rent.',
      en: 'You wash dishes, make salads and help serve the food. You keep the kitchen clean.',
      ar: 'تغسل الأطباق وتحضّر السلطة وتساعد في تقديم الطعام. وتحافظ على نظافة المطبخ.',
    },
  },
  {
    ssyk: '9413',
    noun: { sv: 'kafébiträde', en: 'café assistant', ar: 'مساعد في مقهى' },
    names: ['Konditoribiträde'],
    skills: ['Kafé', 'Kassavana', 'Smörgåsar', 'Bordsservering', 'Hälsokrav vid livsmedelshantering', 'Konditorivaror'],
    sfi: ['A', 'B'],
    weekend: true,
    tasks: {
      sv: 'Du gör smörgåsar, tar betalt i kassan och plockar undan i kaféet.',
      en: 'You make sandwiches, take payments at the till and clear the tables in the café.',
      ar: 'تحضّر السندويشات وتستلم النقود عند الصندوق وترتّب المقهى.',
    },
  },
  {
    ssyk: '9411',
    noun: { sv: 'pizzabagare', en: 'pizza baker', ar: 'خباز بيتزا' },
    names: ['Pizzabagare', 'Grillbiträde/Gatuköksbiträde'],
    skills: ['Pizzabakning', 'Pizzeria', 'Restaurangkök', 'Hälsokrav vid livsmedelshantering', 'Kassavana', 'Städning och diskning, restaurangkök'],
    sfi: [null, 'A', 'B'],
    weekend: true,
    tasks: {
      sv: 'Du bakar pizza, förbereder ingredienser och hjälper gästerna.',
      en: 'You bake pizzas, prepare ingredients and help the guests.',
      ar: 'تخبز البيتزا وتحضّر المكونات وتساعد الزبائن.',
    },
  },
  {
    ssyk: '5131',
    noun: { sv: 'servitör', en: 'waiter', ar: 'نادل' },
    names: ['Servitör/Servitris'],
    skills: ['Bordsservering', 'Kassavana', 'Mat- och menykunskap', 'Livsmedelshygien', 'Födoämnesallergi, kunskap om', 'Hälsokrav vid livsmedelshantering'],
    sfi: ['B', 'C'],
    weekend: true,
    tasks: {
      sv: 'Du dukar, tar emot beställningar och serverar mat och dryck till gästerna.',
      en: 'You lay the tables, take orders and serve food and drinks to the guests.',
      ar: 'تجهّز الطاولات وتستلم الطلبات وتقدّم الطعام والمشروبات للضيوف.',
    },
  },
  {
    ssyk: '4322',
    noun: { sv: 'lagerarbetare', en: 'warehouse worker', ar: 'عامل مستودع' },
    names: ['Lagerarbetare', 'Godsmottagare'],
    skills: ['Truckvana', 'Orderplockning', 'Varumottagning', 'Lagerinventering', 'Terminal- och lagerarbete', 'Utbildningsbevis enligt TLP 10 för truckförare', 'Lastsäkring', 'Varuplock'],
    sfi: ['A', 'B', 'C'],
    tasks: {
      sv: 'Du tar emot varor, plockar order och packar. Du kör truck när du har fått utbildning.',
      en: 'You receive goods, pick orders and pack. You drive a forklift once you are trained.',
      ar: 'تستلم البضائع وتجهّز الطلبات وتغلّفها. وتقود الرافعة الشوكية بعد التدريب.',
    },
  },
  {
    ssyk: '5222',
    noun: { sv: 'butiksmedarbetare', en: 'shop assistant', ar: 'موظف في متجر' },
    names: ['Butikssäljare/Medarbetare, dagligvaror'],
    skills: ['Butiksvana, dagligvaror', 'Kassavana', 'Frukt och grönt, produktkunskap', 'Färskvaror, produktkunskap', 'Varuplock', 'Livsmedelshygien', 'Varumärkning'],
    sfi: ['B', 'C'],
    weekend: true,
    tasks: {
      sv: 'Du fyller på varor i hyllorna, hjälper kunder och sitter i kassan.',
      en: 'You stock the shelves, help customers and work at the till.',
      ar: 'ترتّب البضائع على الرفوف وتساعد الزبائن وتعمل على الصندوق.',
    },
  },
  {
    ssyk: '5223',
    noun: { sv: 'butiksmedarbetare', en: 'shop assistant', ar: 'بائع في متجر' },
    names: ['Butikssäljare, fackhandel'],
    skills: ['Second hand-butik', 'Arbete inom återbrukshantering', 'Kassavana', 'Varumärkning', 'Butiksvana, fackhandel'],
    sfi: ['A', 'B'],
    tasks: {
      sv: 'Du sorterar skänkta kläder och saker, sätter priser och hjälper kunderna i butiken.',
      en: 'You sort donated clothes and items, put prices on them and help customers in the shop.',
      ar: 'تفرز الملابس والأغراض المتبرَّع بها وتضع الأسعار عليها وتساعد الزبائن في المتجر.',
    },
  },
  {
    ssyk: '7111',
    noun: { sv: 'snickare', en: 'carpenter', ar: 'نجار' },
    names: ['Träarbetare/Snickare, utan yrkesbevis', 'Lärling, träarbetare'],
    skills: ['Säkert arbetssätt', 'Maskinkunskap, handmaskiner', 'Träarbete, husbyggnad', 'Ritningsläsning', 'Sortering av byggavfall', 'Köksmontering', 'Materialkunskap, bygg'],
    sfi: ['B', 'C'],
    tasks: {
      sv: 'Du bygger och reparerar hus tillsammans med en snickare. Du mäter, sågar och monterar.',
      en: 'You build and repair houses together with a carpenter. You measure, saw and assemble.',
      ar: 'تبني البيوت وتصلحها مع نجار. تقيس وتنشر الخشب وتركّب.',
    },
  },
  {
    ssyk: '7131',
    noun: { sv: 'målare', en: 'painter', ar: 'دهّان' },
    names: ['Lärling, målare', 'Målare'],
    skills: ['Måleriarbete, bygg', 'Tapetsering, väggar', 'Säkert arbetssätt', 'Snickerimålning och ytbehandling', 'Lägenhetsreparationer', 'Materialkunskap, bygg'],
    sfi: ['B', 'C'],
    tasks: {
      sv: 'Du spacklar, slipar och målar väggar och tak, inomhus och utomhus.',
      en: 'You fill, sand and paint walls and ceilings, indoors and outdoors.',
      ar: 'تضع المعجون وتصنفر وتدهن الجدران والأسقف، في الداخل والخارج.',
    },
  },
  {
    ssyk: '5152',
    noun: { sv: 'fastighetsskötare', en: 'caretaker', ar: 'عامل صيانة مبانٍ' },
    names: ['Fastighetsskötare/Fastighetsarbetare'],
    skills: ['Fastighetsskötsel', 'Fastighetsunderhåll', 'Skötsel och underhåll av utemiljöer', 'Snöskottning', 'Källsortering', 'Säkert arbetssätt', 'Trädgårdsskötsel'],
    sfi: ['B', 'C'],
    tasks: {
      sv: 'Du sköter byggnader och gårdar. Du byter lampor, klipper gräs och skottar snö.',
      en: 'You look after buildings and grounds. You change light bulbs, cut the grass and clear snow.',
      ar: 'تعتني بالمباني والساحات. تغيّر المصابيح وتقص العشب وتزيل الثلج.',
    },
  },
  {
    ssyk: '6113',
    noun: { sv: 'parkarbetare', en: 'groundskeeper', ar: 'عامل حدائق' },
    names: ['Parkarbetare/Utemiljöarbetare/Miljövärd'],
    skills: ['Skötsel och underhåll av utemiljöer', 'Trädgårdsskötsel', 'Gröna ytor', 'Parker, skötselvana', 'Grönytemaskiner, körvana', 'Växter, skötselvana'],
    sfi: ['A', 'B'],
    tasks: {
      sv: 'Du tar hand om parker och grönytor. Du planterar, rensar ogräs och klipper gräs.',
      en: 'You look after parks and green areas. You plant, weed and cut the grass.',
      ar: 'تعتني بالحدائق والمساحات الخضراء. تزرع وتزيل الأعشاب الضارة وتقص العشب.',
    },
  },
  {
    ssyk: '6112',
    noun: { sv: 'trädgårdsarbetare', en: 'gardener', ar: 'عامل في مشتل' },
    names: ['Trädgårdsarbetare/Plantskolearbetare, trädgård'],
    skills: ['Växthusarbete', 'Växthusodling', 'Växter, skötselvana', 'Trädgårdsskötsel', 'Plantskoleodling', 'Krukväxtodling', 'Frilandsodling'],
    sfi: [null, 'A', 'B'],
    tasks: {
      sv: 'Du arbetar i växthus och på odlingar. Du sår, planterar om och vattnar växter.',
      en: 'You work in greenhouses and fields. You sow, repot and water plants.',
      ar: 'تعمل في البيوت الزجاجية والحقول. تزرع البذور وتنقل النباتات إلى أصص جديدة وتسقيها.',
    },
  },
  {
    ssyk: '7231',
    noun: { sv: 'fordonsmekaniker', en: 'vehicle mechanic', ar: 'ميكانيكي مركبات' },
    names: ['Fordonstekniker/Bilmekaniker/Personbilsmekaniker'],
    skills: ['Fordonsservice, personbilar', 'Däckbyten', 'Felsökning, fordonsmekanik', 'Bromssystem, installation och underhåll', 'Verktygskunskap, fordon', 'Säkert arbetssätt', 'Hjulinställning'],
    sfi: ['B', 'C'],
    tasks: {
      sv: 'Du servar och reparerar fordon. Du byter däck, olja och bromsar.',
      en: 'You service and repair vehicles. You change tyres, oil and brakes.',
      ar: 'تصون المركبات وتصلحها. تغيّر الإطارات والزيت والمكابح.',
    },
  },
  {
    ssyk: '3423',
    noun: { sv: 'fritidsledare', en: 'youth leader', ar: 'مشرف أنشطة شبابية' },
    names: ['Fritidsledare'],
    skills: ['Ungdomsverksamhet', 'Barn- och ungdomsidrott, ledarerfarenhet', 'Fritidsgård', 'Hjärt- och lungräddning', 'Barn och ungdomar med funktionsnedsättning, erfarenhet'],
    sfi: ['C', 'D'],
    tasks: {
      sv: 'Du ordnar aktiviteter för barn och unga, till exempel spel, idrott och läxhjälp.',
      en: 'You organise activities for children and young people, such as games, sports and homework help.',
      ar: 'تنظم أنشطة للأطفال والشباب، مثل الألعاب والرياضة والمساعدة في الواجبات المدرسية.',
    },
  },
  {
    ssyk: '9622',
    noun: { sv: 'vaktmästare', en: 'janitor', ar: 'عامل خدمات' },
    names: ['Kontorsvaktmästare'],
    skills: ['Postservice', 'Kundbemötande och service', 'Källsortering', 'Kontorsservice', 'Säkert arbetssätt', 'Konferensservice'],
    sfi: ['B', 'C'],
    tasks: {
      sv: 'Du tar emot post och leveranser, bär saker och hjälper till med enkla reparationer.',
      en: 'You receive mail and deliveries, carry things and help with simple repairs.',
      ar: 'تستلم البريد والشحنات وتحمل الأغراض وتساعد في الإصلاحات البسيطة.',
    },
  },
];

type OrgForm = 'company' | 'association' | 'parish';

/** A kind of local employer. Name and site patterns take {place}, {region}, {municipality}, {short}, {name} and {pick:a|b}. */
interface EmployerKind {
  sector: Sector;
  municipalOwn: boolean;
  /** null: a unit of a larger public body (a municipal department), which has no number of its own. */
  orgForm: OrgForm | null;
  names: string[];
  /** One pattern per site, in order. */
  sites: string[];
  /** Whether site names are workplaces a title can name ("på Rimbo äldreboende"); otherwise titles say "i Rimbo" or "hos <employer>". */
  namedSites: boolean;
  /** Per site (by position): the occupations placed there; sites without a list take any. */
  siteOccupations?: string[][];
  /** The occupation-name label to use here, by SSYK code ("Skolvaktmästare" at a school), instead of the occupation's own. */
  occupationNames?: Record<string, string>;
  siteCount: [number, number];
  supervisorCount: [number, number];
  occupations: string[];
  description: string;
}

const KINDS = {
  municipal_care: {
    sector: 'public', municipalOwn: true, orgForm: null, names: ['{municipality}, vård och omsorg'],
    sites: ['{place} äldreboende', '{place} hemtjänst'], namedSites: true, siteCount: [2, 2], supervisorCount: [2, 3],
    occupations: ['5321', '5330', '5343'], description: 'Kommunens äldreboenden, hemtjänst och stöd till personer med funktionsnedsättning.',
  },
  municipal_preschool: {
    sector: 'public', municipalOwn: true, orgForm: null, names: ['{municipality}, förskola'],
    sites: ['Förskolan {pick:Solrosen|Ekorren|Tallbacken|Snäckan|Fyren|Lärkan}', 'Förskolan {pick:Blåbäret|Myran|Kotten|Vitsippan}'],
    namedSites: true, siteCount: [2, 2], supervisorCount: [2, 3], occupations: ['5311', '9412'], description: 'Kommunens förskolor.',
  },
  municipal_school: {
    sector: 'public', municipalOwn: true, orgForm: null, names: ['{municipality}, grundskola'],
    sites: ['{pick:Solbacka|Kvarnbacka|Ekbacka|Björkhaga}skolan', '{place} skola'], namedSites: true, siteCount: [1, 2], supervisorCount: [2, 3],
    occupations: ['5312', '9412', '5152'], description: 'Kommunens grundskolor och fritidshem.',
    occupationNames: { '5152': 'Skolvaktmästare', '9412': 'Bespisningsbiträde/Skolmåltidsbiträde' },
  },
  municipal_meals: {
    sector: 'public', municipalOwn: true, orgForm: null, names: ['{municipality}, kost och måltid'],
    sites: ['{place} tillagningskök', '{place} skolrestaurang'], namedSites: true, siteCount: [1, 2], supervisorCount: [1, 2],
    occupations: ['5120', '9412'], description: 'Lagar mat till kommunens skolor, förskolor och äldreboenden.',
    occupationNames: { '5120': 'Kock, storhushåll', '9412': 'Bespisningsbiträde/Skolmåltidsbiträde' },
  },
  municipal_cleaning: {
    sector: 'public', municipalOwn: true, orgForm: null, names: ['{municipality}, lokalvård'],
    sites: ['Lokalvården i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['9111'], description: 'Städar kommunens skolor, förskolor och kontor.',
  },
  municipal_parks: {
    sector: 'public', municipalOwn: true, orgForm: null, names: ['{municipality}, park och natur'],
    sites: ['Parkförrådet i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['6113', '5152'], description: 'Sköter kommunens parker, lekplatser och grönytor.',
  },
  municipal_labour: {
    sector: 'public', municipalOwn: true, orgForm: null, names: ['{municipality}, arbetsmarknad och vuxenutbildning'],
    sites: ['Vuxenutbildningen i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['9622'], description: 'Kommunens SFI, vuxenutbildning och arbetsmarknadsinsatser. Ansvarar för jobbspåren.',
  },
  municipal_housing: {
    sector: 'public', municipalOwn: true, orgForm: 'company', names: ['Bostadsbolaget i {short} AB'],
    sites: ['Bostadsbolagets kontor i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['5152', '9111', '7131'], description: 'Kommunens bostadsbolag med hyreslägenheter i flera orter.',
  },
  health_centre: {
    sector: 'public', municipalOwn: false, orgForm: null, names: ['{region} hälsocentral', '{place} vårdcentral'],
    sites: ['{place} vårdcentral'], namedSites: true, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['5323', '9111'], description: 'Vårdcentral som drivs av regionen.',
  },
  parish: {
    sector: 'non_profit', municipalOwn: false, orgForm: 'parish', names: ['{place} församling'],
    sites: ['Församlingshemmet i {place}', '{place} kyrkogård'], namedSites: true, siteCount: [2, 2], supervisorCount: [1, 2],
    siteOccupations: [['3423', '5152'], ['6113', '5152']], occupations: ['6113', '5152', '3423'],
    occupationNames: { '5152': 'Kyrkvaktmästare', '6113': 'Griftegårdsarbetare/Kyrkogårdsarbetare', '3423': 'Fritidsledare/Ungdomsledare, församling' }, description: 'Församling med kyrkor, kyrkogårdar och verksamhet för barn och unga.',
  },
  sports_club: {
    sector: 'non_profit', municipalOwn: false, orgForm: 'association', names: ['{place} IF', 'IK {place}'],
    sites: ['{place} idrottsplats'], namedSites: true, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['3423', '5152', '9413'], description: 'Idrottsförening med fotboll, innebandy och verksamhet för barn och unga.',
    occupationNames: { '5152': 'Idrottsplatsvaktmästare/Idrottsplatsarbetare' },
  },
  second_hand: {
    sector: 'non_profit', municipalOwn: false, orgForm: 'association', names: ['{region} Second hand', 'Second hand i {place}'],
    sites: ['Butiken i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['5223', '4322'], description: 'Ideell förening som säljer skänkta kläder och möbler. Överskottet går till hjälparbete.',
  },
  care_company: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{place} Omsorg AB', '{region} Hemtjänst AB', '{place} Vård & Omsorg AB'],
    sites: ['Äldreboendet {pick:Solgården|Lindgården|Havsbrisen|Tallgården|Vallmon}', 'Hemtjänsten i {place}'], namedSites: true,
    siteCount: [1, 2], supervisorCount: [2, 3], occupations: ['5321', '5330'], description: 'Hemtjänst och äldreboende.',
  },
  assistance_company: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{region} Assistans AB', '{place} Assistans AB'],
    sites: ['Kontoret i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['5343'], description: 'Personlig assistans för barn och vuxna med funktionsnedsättning.',
  },
  bus_company: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{region} Buss AB', '{place} Trafik AB'],
    sites: ['Bussdepån i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 3],
    occupations: ['8331', '7231'], description: 'Kör linjetrafik, skolskjuts och beställningstrafik.',
    occupationNames: { '7231': 'Bussmekaniker' },
  },
  paratransit: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{place} Färdtjänst & Taxi AB'],
    sites: ['Kontoret i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['8331'], description: 'Färdtjänst, skolskjuts och taxi.',
    occupationNames: { '8331': 'Färdtjänstbussförare' },
  },
  cleaning: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{place} Städservice AB', '{region} Lokalvård AB', '{place} Städ & Fönsterputs AB'],
    sites: ['Kontoret i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['9111'], description: 'Städar kontor, skolor, trapphus och hem.',
  },
  building: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{place} Bygg AB', '{region} Bygg & Renovering AB'],
    sites: ['Snickeriet i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['7111', '7131'], description: 'Bygger och renoverar hus och lägenheter.',
  },
  building_property: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{place} Bygg & Fastighet AB'],
    sites: ['Kontoret i {place}', 'Snickeriet i {place}'], namedSites: false, siteCount: [1, 2], supervisorCount: [1, 3],
    occupations: ['7111', '7131', '5152'], description: 'Bygger, renoverar och sköter fastigheter.',
  },
  restaurant: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{place} Restaurang & Pizzeria AB', 'Restaurang {pick:Hamnkrogen|Lotsen|Gästgiveriet} i {place}'],
    sites: ['Restaurangen i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['5120', '9412', '9411', '5131'], description: 'Restaurang med lunch, pizza och à la carte.',
    occupationNames: { '5120': 'Kock, à la carte' },
  },
  cafe: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['Kafé {place}'],
    sites: ['{name}'], namedSites: true, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['9413', '5120', '9412'], description: 'Kafé med frukost, lunch och eget bageri.',
  },
  bakery: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{place} Bageri & Konditori AB'],
    sites: ['Bageriet i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['9413', '9412'], description: 'Bageri och kafé som bakar bröd och bullar varje dag.',
  },
  logistics: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{region} Logistik AB', '{place} Lager & Transport AB'],
    sites: ['Lagret i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 3],
    occupations: ['4322', '8332'], description: 'Lager och transporter åt butiker och företag.',
  },
  grocery: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{place} Livs AB'],
    sites: ['Butiken i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['5222'], description: 'Livsmedelsbutik med bageri och delikatessdisk.',
  },
  hotel: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{place} Hotell & Konferens AB', '{region} Havshotell AB'],
    sites: ['Hotellet i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 3],
    occupations: ['9111', '9412', '5120', '5131'], description: 'Hotell med restaurang och konferens.',
    occupationNames: { '9111': 'Hotellstädare', '5120': 'Kock, à la carte' },
  },
  garage: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{place} Bil & Däck AB'],
    sites: ['Verkstaden i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['7231'], description: 'Bilverkstad med service, reparationer och däckbyte.',
  },
  nursery: {
    sector: 'private', municipalOwn: false, orgForm: 'company', names: ['{region} Trädgård & Plantskola AB', '{place} Plantskola AB'],
    sites: ['Plantskolan i {place}'], namedSites: false, siteCount: [1, 1], supervisorCount: [1, 2],
    occupations: ['6112'], description: 'Odlar och säljer växter, blommor och grönsaker.',
  },
} satisfies Record<string, EmployerKind>;
type KindKey = keyof typeof KINDS;

interface TenantProfile {
  /** Regional name for company names ("Roslagens Buss AB"); null where there is none. */
  region: string | null;
  /** Places a little likelier than villages (the main place, named like the municipality, is likeliest). */
  largerPlaces: string[];
  /** Kinds of the Step-1 employers, by id number. */
  existing: Record<number, KindKey>;
  newEmployers: KindKey[];
  placements: number;
  minPlacements: number;
  /** Occupations that must appear, one placement each. */
  forcedOccupations: string[];
  /** Use every currently valid placement type at least twice. */
  coverAllTypes: boolean;
  typeWeights: Record<string, number>;
  /** Otherwise every placement is open. */
  mixedStatuses: boolean;
  jobTracks: boolean;
}

const TENANT_PROFILES: Record<string, TenantProfile> = {
  '0188': {
    region: 'Roslagens',
    largerPlaces: ['Rimbo', 'Hallstavik', 'Älmsta'],
    existing: { 101: 'care_company', 102: 'building_property', 103: 'cafe' },
    newEmployers: [
      'municipal_care', 'municipal_preschool', 'municipal_school', 'municipal_meals', 'municipal_cleaning', 'municipal_parks', 'municipal_labour',
      'municipal_housing', 'health_centre', 'parish', 'sports_club', 'second_hand', 'care_company', 'care_company', 'assistance_company',
      'bus_company', 'bus_company', 'paratransit', 'cleaning', 'building', 'restaurant', 'bakery', 'logistics', 'grocery', 'hotel', 'garage', 'nursery',
    ],
    placements: 80,
    minPlacements: 70,
    forcedOccupations: ['5321', '5321', '5321', '5321', '5323', '5311', '5311', '8331', '8331', '9111', '9111', '5120', '5120', '4322', '4322', '9412', '9412', '5312', '5330', '9413', '6113', '7111'],
    coverAllTypes: true,
    typeWeights: { praktik: 30, yrkes_sfi: 10, introduktionsjobb: 10, anstallning: 10, nystartsjobb: 8, extratjanst_lokal: 6, sommarjobb: 4, beredskapsjobb: 4, foretagsfadderskap: 4, lonebidrag: 3 },
    mixedStatuses: true,
    jobTracks: true,
  },
  '0163': {
    region: null,
    largerPlaces: [],
    existing: { 101: 'care_company', 102: 'cleaning' },
    newEmployers: ['municipal_preschool', 'logistics', 'restaurant'],
    placements: 10,
    minPlacements: 8,
    forcedOccupations: ['5321', '5321', '9111', '5311'],
    coverAllTypes: false,
    typeWeights: { praktik: 5, yrkes_sfi: 2, introduktionsjobb: 2, anstallning: 1, nystartsjobb: 1 },
    mixedStatuses: false,
    jobTracks: false,
  },
};

/** Weight of a national type no profile names (a type added later): rare, but used. */
const DEFAULT_TYPE_WEIGHT = 2;

/** Typical length in weeks per type; clamped to the type's own rules. null: open-ended is likely. */
const TYPE_WEEKS: Record<string, [number, number] | null> = {
  praktik: [4, 12],
  yrkes_sfi: [12, 30],
  introduktionsjobb: [26, 52],
  nystartsjobb: [26, 52],
  extratjanst_lokal: [26, 52],
  beredskapsjobb: [12, 52],
  foretagsfadderskap: [8, 20],
  sommarjobb: [4, 10],
  lonebidrag: null,
  anstallning: null,
};

/** Typical hours a week per type, in steps of 5 (clamped to the type's maximum). */
const TYPE_HOURS: Record<string, [number, number]> = {
  praktik: [20, 40],
  yrkes_sfi: [15, 25],
  introduktionsjobb: [30, 40],
  nystartsjobb: [30, 40],
  anstallning: [25, 40],
  extratjanst_lokal: [25, 40],
  beredskapsjobb: [30, 40],
  lonebidrag: [20, 40],
  foretagsfadderskap: [2, 8],
  sommarjobb: [30, 40],
};

/** Title openings per type; {o} is the occupation noun, {a} the same with "a"/"an". */
const TYPE_TITLES: Record<string, Text> = {
  praktik: { sv: 'Praktik som {o}', en: 'Work practice as {a}', ar: 'تدريب عملي ك{o}' },
  yrkes_sfi: { sv: 'Yrkes-SFI och praktik som {o}', en: 'Vocational SFI and work practice as {a}', ar: 'SFI المهنية وتدريب عملي ك{o}' },
  introduktionsjobb: { sv: 'Introduktionsjobb som {o}', en: 'Introduction job as {a}', ar: 'وظيفة تمهيدية ك{o}' },
  nystartsjobb: { sv: 'Nystartsjobb som {o}', en: 'New start job as {a}', ar: 'وظيفة البداية الجديدة ك{o}' },
  anstallning: { sv: 'Jobb som {o}', en: 'Job as {a}', ar: 'وظيفة ك{o}' },
  extratjanst_lokal: { sv: 'Kommunal extratjänst som {o}', en: 'Municipal extra job as {a}', ar: 'وظيفة إضافية بلدية ك{o}' },
  beredskapsjobb: { sv: 'Beredskapsjobb som {o}', en: 'Municipal standby job as {a}', ar: 'وظيفة احتياطية بلدية ك{o}' },
  lonebidrag: { sv: 'Jobb med lönebidrag som {o}', en: 'Job with wage subsidy as {a}', ar: 'وظيفة بإعانة الأجر ك{o}' },
  foretagsfadderskap: { sv: 'Företagsfadder – lär känna yrket {o}', en: 'Company sponsor – get to know the work of {a}', ar: 'رعاية من شركة – تعرّف على عمل {o}' },
  sommarjobb: { sv: 'Sommarjobb som {o}', en: 'Summer job as {a}', ar: 'وظيفة صيفية ك{o}' },
};
const DEFAULT_TITLE: Text = { sv: 'Jobb som {o}', en: 'Job as {a}', ar: 'وظيفة ك{o}' };

/** Languages by their ref_language label, with names for running text. */
const LANGUAGE_NAMES: Record<string, Text> = {
  Svenska: { sv: 'svenska', en: 'Swedish', ar: 'السويدية' },
  Engelska: { sv: 'engelska', en: 'English', ar: 'الإنجليزية' },
  Arabiska: { sv: 'arabiska', en: 'Arabic', ar: 'العربية' },
  'Tigrinja/Tigrinska': { sv: 'tigrinja', en: 'Tigrinya', ar: 'التغرينية' },
  Somaliska: { sv: 'somaliska', en: 'Somali', ar: 'الصومالية' },
  Dari: { sv: 'dari', en: 'Dari', ar: 'الدارية' },
  Ukrainska: { sv: 'ukrainska', en: 'Ukrainian', ar: 'الأوكرانية' },
  'Persiska (Farsi)': { sv: 'persiska', en: 'Persian', ar: 'الفارسية' },
};
const HELPFUL_LANGUAGES = ['Arabiska', 'Tigrinja/Tigrinska', 'Somaliska', 'Dari', 'Ukrainska', 'Persiska (Farsi)', 'Engelska'];

/** Supervisors' first names, each with the language it suggests (besides Swedish). */
const FIRST_NAMES: [string, string | null][] = [
  ['Anna', null], ['Maria', null], ['Erik', null], ['Karin', null], ['Johan', null], ['Lena', null], ['Per', null], ['Sofia', null],
  ['Mikael', null], ['Ingrid', null], ['Anders', null], ['Emma', null], ['Ahmad', 'Arabiska'], ['Rania', 'Arabiska'], ['Khaled', 'Arabiska'],
  ['Hodan', 'Somaliska'], ['Abdirahman', 'Somaliska'], ['Yohannes', 'Tigrinja/Tigrinska'], ['Selam', 'Tigrinja/Tigrinska'],
  ['Oksana', 'Ukrainska'], ['Andrij', 'Ukrainska'], ['Zahra', 'Dari'], ['Parisa', 'Persiska (Farsi)'],
];
const LAST_NAMES: Record<string, string[]> = {
  '': ['Andersson', 'Johansson', 'Karlsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindberg', 'Jansson', 'Sandberg', 'Bergström', 'Lundgren'],
  Arabiska: ['Haddad', 'Khalil', 'Saleh'],
  Somaliska: ['Warsame', 'Farah', 'Abdi'],
  'Tigrinja/Tigrinska': ['Tesfay', 'Haile', 'Gebremedhin'],
  Ukrainska: ['Melnyk', 'Bondarenko', 'Tkachenko'],
  Dari: ['Ahmadi', 'Hosseini', 'Karimi'],
  'Persiska (Farsi)': ['Moradi', 'Jafari'],
};

const STREETS = ['Storgatan', 'Hamngatan', 'Stationsvägen', 'Kyrkvägen', 'Skolgatan', 'Industrivägen', 'Björkvägen', 'Ekvägen', 'Verkstadsgatan', 'Torggatan', 'Parkvägen', 'Sjövägen'];
/** Postal-code areas of the larger places; other places get no postal code. */
const POSTAL_PREFIXES: Record<string, string> = { Norrtälje: '761', Rimbo: '762', Hallstavik: '763', Sollentuna: '191' };

interface JobTrackSpec {
  ssyk: string;
  /** Partners are employers offering one of these. */
  partnerOccupations: string[];
  title: Text;
  description: Text;
  licences: string[];
  minSfi: SfiCourse;
  steps: { kind: JobTrackStepKind; title: string; weeks: number | null }[];
}

const JOB_TRACKS: JobTrackSpec[] = [
  {
    ssyk: '5321',
    partnerOccupations: ['5321', '5323', '5330'],
    title: { sv: 'Jobbspår undersköterska', en: 'Job track: assistant nurse', ar: 'مسار عمل: مساعد تمريض' },
    description: {
      sv: 'Ett jobbspår för dig som vill bli undersköterska. Du läser yrkes-SFI och vård- och omsorgsutbildning. Du gör praktik på ett äldreboende eller i hemtjänsten. Sedan får du en garanterad anställningsintervju. Kommunen gör jobbspåret tillsammans med Arbetsförmedlingen och arbetsgivare i kommunen.',
      en: 'A job track for you who want to become an assistant nurse. You study vocational SFI and a health and social care programme. You do work practice at a care home or in home care. Then you get a guaranteed job interview. The municipality runs the track together with the Swedish Public Employment Service and local employers.',
      ar: 'مسار عمل لمن يريد أن يصبح مساعد تمريض. تدرس SFI المهنية وبرنامج الرعاية الصحية والاجتماعية. وتقوم بتدريب عملي في دار لرعاية المسنين أو في الرعاية المنزلية. ثم تحصل على مقابلة عمل مضمونة. تنظّم البلدية هذا المسار مع مصلحة التوظيف وأصحاب العمل في البلدية.',
    },
    licences: [],
    minSfi: 'B',
    steps: [
      { kind: 'yrkes_sfi', title: 'Yrkes-SFI med svenska för vården', weeks: 12 },
      { kind: 'course', title: 'Vård- och omsorgsutbildning', weeks: 40 },
      { kind: 'praktik', title: 'Praktik på ett äldreboende eller i hemtjänsten', weeks: 8 },
      { kind: 'interview', title: 'Garanterad anställningsintervju', weeks: 1 },
      { kind: 'job', title: 'Jobb som undersköterska', weeks: null },
    ],
  },
  {
    ssyk: '8331',
    partnerOccupations: ['8331'],
    title: { sv: 'Jobbspår bussförare', en: 'Job track: bus driver', ar: 'مسار عمل: سائق حافلة' },
    description: {
      sv: 'Ett jobbspår för dig som vill bli bussförare. Du läser yrkes-SFI och tar körkort för buss (D) och yrkeskompetensbevis (YKB). Du gör praktik på ett bussbolag. Sedan får du en garanterad anställningsintervju. Du behöver ha körkort B.',
      en: 'A job track for you who want to become a bus driver. You study vocational SFI and take a bus driving licence (D) and the driver certificate of professional competence (YKB). You do work practice at a bus company. Then you get a guaranteed job interview. You need a B driving licence.',
      ar: 'مسار عمل لمن يريد أن يصبح سائق حافلة. تدرس SFI المهنية وتحصل على رخصة قيادة الحافلات (D) وشهادة الكفاءة المهنية للسائقين (YKB). وتقوم بتدريب عملي في شركة حافلات. ثم تحصل على مقابلة عمل مضمونة. يجب أن تكون لديك رخصة قيادة من فئة B.',
    },
    licences: ['B'],
    minSfi: 'B',
    steps: [
      { kind: 'yrkes_sfi', title: 'Yrkes-SFI med svenska för trafik och service', weeks: 10 },
      { kind: 'course', title: 'Körkort för buss (D) och yrkeskompetensbevis (YKB)', weeks: 16 },
      { kind: 'praktik', title: 'Praktik på ett bussbolag', weeks: 6 },
      { kind: 'interview', title: 'Garanterad anställningsintervju', weeks: 1 },
      { kind: 'job', title: 'Jobb som bussförare', weeks: null },
    ],
  },
];

/** The owner of the job tracks: the municipality's labour-market and adult-education department. */
const JOB_TRACK_OWNER: KindKey = 'municipal_labour';

// ---------------------------------------------------------------------------------------------
// Ids, dates, text helpers
// ---------------------------------------------------------------------------------------------

/** The Step-1 fixed-id scheme. */
export function demoId(tenantCode: string, n: number): string {
  return `0000${tenantCode}-0000-4000-8000-${n.toString().padStart(12, '0')}`;
}

export const DEMO_ID_RANGES = { employers: 201, sites: 1001, supervisors: 2001, placements: 3001, jobTracks: 3901 } as const;
/** Fixed blocks per employer, so an employer's site and supervisor ids never depend on the others. */
const SITES_PER_EMPLOYER = 2;
const SUPERVISORS_PER_EMPLOYER = 3;
/** Step-1 employers are numbered from 101. */
const EXISTING_FIRST = 101;

const DAY_MS = 86_400_000;
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}
/** The same day if it is a Monday, otherwise the next Monday. */
function mondayOnOrAfter(iso: string): string {
  const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, (8 - dow) % 7);
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const cmp = <T>(key: (t: T) => string) => (a: T, b: T) => byCodePoint(key(a), key(b));

function fill(pattern: string, vars: Record<string, string>, rng: Prng): string {
  return pattern
    .replace(/\{pick:([^}]+)\}/g, (_, options: string) => rng.pick(options.split('|')))
    .replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

function titleOpening(code: string, occ: OccupationSpec): Text {
  const t = TYPE_TITLES[code] ?? DEFAULT_TITLE;
  return {
    sv: t.sv.replace('{o}', occ.noun.sv),
    en: t.en.replace('{a}', withArticle(occ.noun.en)),
    ar: t.ar.replace('{o}', occ.noun.ar),
  };
}

function arabicHours(n: number): string {
  if (n === 1) return 'ساعة واحدة';
  if (n === 2) return 'ساعتين';
  return n <= 10 ? `${n} ساعات` : `${n} ساعة`;
}

function joinList(items: string[], word: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** Nine digits → ten with a Luhn check digit, as NNNNNN-NNNN. */
function withCheckDigit(nine: string): string {
  for (let d = 0; d <= 9; d++) {
    if (luhnValid(`${nine}${d}`)) return `${nine.slice(0, 6)}-${nine.slice(6)}${d}`;
  }
  throw new Error('unreachable');
}

function organisationNumber(form: OrgForm, rng: Prng): string {
  const digits = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
  // 55x: limited companies; 802: non-profit associations; 252: parishes of the Church of Sweden.
  const prefix = form === 'company' ? `55${rng.int(6, 9)}` : form === 'association' ? '802' : '252';
  return withCheckDigit(`${prefix}${digits(6)}`);
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

interface Lookup {
  occupations: Map<string, OccupationSpec>;
  groups: Map<string, DemoReference['ssykGroups'][number]>;
  namesBySsyk: Map<string, DemoReference['occupationNames']>;
  skillsBySsyk: Map<string, DemoReference['ssykSkills']>;
  languageIds: Map<string, string>;
  languageLabels: Map<string, string>;
  licences: Set<string>;
}

function buildLookup(ref: DemoReference): Lookup {
  const groups = new Map([...ref.ssykGroups].sort(cmp((g) => g.code)).map((g) => [g.code, g]));
  // Only occupations whose SSYK group exists in this reference data.
  const occupations = new Map(OCCUPATIONS.filter((o) => groups.has(o.ssyk)).map((o) => [o.ssyk, o]));
  const namesBySsyk = new Map<string, DemoReference['occupationNames']>();
  for (const n of [...ref.occupationNames].sort(cmp((r) => r.concept_id))) {
    if (!occupations.has(n.ssyk_code)) continue;
    namesBySsyk.set(n.ssyk_code, [...(namesBySsyk.get(n.ssyk_code) ?? []), n]);
  }
  const skillsBySsyk = new Map<string, DemoReference['ssykSkills']>();
  for (const s of [...ref.ssykSkills].sort(cmp((r) => r.skill_concept_id))) {
    if (!occupations.has(s.ssyk_code)) continue;
    skillsBySsyk.set(s.ssyk_code, [...(skillsBySsyk.get(s.ssyk_code) ?? []), s]);
  }
  const languageIds = new Map<string, string>();
  const languageLabels = new Map<string, string>();
  for (const l of [...ref.languages].sort(cmp((r) => r.concept_id))) {
    if (!(l.label_sv in LANGUAGE_NAMES)) continue;
    languageIds.set(l.label_sv, l.concept_id);
    languageLabels.set(l.concept_id, l.label_sv);
  }
  return { occupations, groups, namesBySsyk, skillsBySsyk, languageIds, languageLabels, licences: new Set(ref.drivingLicences.map((l) => l.label)) };
}

/** A generated employer with what the placement generator needs to know about it. */
interface EmployerDraft {
  row: PlanEmployer;
  kind: EmployerKind;
  kindKey: KindKey;
  occupations: string[];
  sites: PlanSite[];
  supervisors: PlanSupervisor[];
  siteNamed: boolean;
  placements: number;
}

interface PlaceRow {
  id: string;
  label: string;
  municipality_code: string;
  lat: number | null;
  lon: number | null;
}

/** Places of one municipality for sites: with coordinates and a one-word label when there are such. */
function tenantPlaces(ref: DemoReference, code: string): PlaceRow[] {
  const all = ref.places.filter((p) => p.municipality_code === code).sort(cmp((p) => p.id));
  const located = all.filter((p) => p.lat !== null && p.lon !== null);
  const simple = located.filter((p) => !/\s/.test(p.label));
  return simple.length ? simple : located.length ? located : all;
}

function generateEmployers(tenant: DemoTenantInput, profile: TenantProfile, ref: DemoReference, lookup: Lookup, today: string): EmployerDraft[] {
  const rng = new Prng(`jobbrygga-demo|${tenant.code}|employers`);
  const places = tenantPlaces(ref, tenant.code);
  if (places.length === 0) throw new Error(`demo placements: no places for municipality ${tenant.code} in the reference data`);
  const main = places.find((p) => p.label === tenant.municipalityShortName) ?? places[0];
  const placeWeight = (p: PlaceRow) => (p === main ? 6 : profile.largerPlaces.includes(p.label) ? 3 : 1);
  const usedNames = new Set(tenant.existingEmployers.map((e) => e.name.toLowerCase()));
  const usedOrgNumbers = new Set(tenant.existingEmployers.map((e) => e.organisationNumber).filter((n): n is string => n !== null));
  const usedSupervisorNames = new Set<string>();
  const existingByNumber = new Map(tenant.existingEmployers.map((e) => [Number(e.id.slice(-12)), e]));

  const specs: { n: number; block: number; kindKey: KindKey; existing?: DemoTenantInput['existingEmployers'][number] }[] = [];
  const existingNumbers = Object.keys(profile.existing).map(Number).sort((a, b) => a - b);
  for (const n of existingNumbers) {
    const existing = existingByNumber.get(n);
    if (existing) specs.push({ n, block: n - EXISTING_FIRST, kindKey: profile.existing[n], existing });
  }
  profile.newEmployers.forEach((kindKey, i) => specs.push({ n: DEMO_ID_RANGES.employers + i, block: existingNumbers.length + i, kindKey }));

  const drafts: EmployerDraft[] = [];
  for (const spec of specs) {
    const kind: EmployerKind = KINDS[spec.kindKey];
    const id = demoId(tenant.code, spec.n);
    const vars = (place: PlaceRow, name = ''): Record<string, string> => ({
      place: place.label,
      region: profile.region ?? place.label,
      municipality: tenant.municipalityName,
      short: tenant.municipalityShortName,
      name,
    });

    // Name and its place: the first site is there.
    let namePlace = spec.existing ? main : rng.weighted(places, placeWeight);
    let name = spec.existing?.name ?? '';
    if (!spec.existing) {
      const patterns = profile.region ? kind.names : kind.names.filter((p) => !p.includes('{region}'));
      for (let attempt = 0; attempt < 40; attempt++) {
        name = fill(rng.pick(patterns.length ? patterns : kind.names), vars(namePlace), rng);
        if (!usedNames.has(name.toLowerCase())) break;
        namePlace = rng.weighted(places, placeWeight);
      }
      if (usedNames.has(name.toLowerCase())) name = `${name} ${spec.n}`;
      usedNames.add(name.toLowerCase());
    }

    let orgNr: string | null = spec.existing?.organisationNumber ?? null;
    if (!spec.existing && kind.orgForm) {
      do orgNr = organisationNumber(kind.orgForm, rng);
      while (usedOrgNumbers.has(orgNr));
      usedOrgNumbers.add(orgNr);
    }

    const occupations = kind.occupations.filter((c) => lookup.occupations.has(c));
    const fields = [...new Set(occupations.map((c) => lookup.groups.get(c)!.field_concept_id))].sort(byCodePoint);
    const createdDaysAgo = rng.int(20, 400);
    const createdAt = `${addDays(today, -createdDaysAgo)}T08:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
    const decidedAt = `${addDays(today, -createdDaysAgo + rng.int(1, 5))}T13:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;

    const row: PlanEmployer = {
      id,
      tenantCode: tenant.code,
      existing: !!spec.existing,
      name,
      organisationNumber: orgNr,
      sector: kind.sector,
      municipalOwn: kind.municipalOwn,
      occupationFields: fields,
      description: fill(kind.description, vars(namePlace, name), rng),
      createdAt,
      decidedAt,
      decidedBy: tenant.adminUserId,
      contactUserIds: [...(spec.existing?.contactUserIds ?? [])].sort(byCodePoint),
    };

    // Sites: the first where the name says, the others elsewhere.
    const siteCount = Math.min(rng.int(kind.siteCount[0], kind.siteCount[1]), SITES_PER_EMPLOYER, kind.sites.length);
    const sites: PlanSite[] = [];
    const sitePlaces: PlaceRow[] = [namePlace];
    for (let s = 0; s < siteCount; s++) {
      if (s > 0) {
        const others = places.filter((p) => !sitePlaces.includes(p));
        sitePlaces.push(others.length ? rng.weighted(others, placeWeight) : namePlace);
      }
      const place = sitePlaces[s];
      const prefix = POSTAL_PREFIXES[place.label];
      sites.push({
        id: demoId(tenant.code, DEMO_ID_RANGES.sites + spec.block * SITES_PER_EMPLOYER + s),
        tenantCode: tenant.code,
        employerId: id,
        name: fill(kind.sites[s], vars(place, name), rng),
        streetAddress: `${rng.pick(STREETS)} ${rng.int(1, 60)}`,
        postalCode: prefix ? `${prefix} ${rng.int(30, 49)}` : null,
        placeId: place.id,
        placeLabel: place.label,
        municipalityCode: tenant.code,
        lat: place.lat,
        lon: place.lon,
      });
    }

    // Supervisors: unique names within the tenant; Swedish, maybe their own language, maybe English.
    const supervisorCount = Math.min(rng.int(kind.supervisorCount[0], kind.supervisorCount[1]), SUPERVISORS_PER_EMPLOYER);
    const supervisors: PlanSupervisor[] = [];
    for (let s = 0; s < supervisorCount; s++) {
      let fullName = '';
      let language: string | null = null;
      for (let attempt = 0; attempt < 40; attempt++) {
        const [first, lang] = rng.pick(FIRST_NAMES);
        language = lang;
        fullName = `${first} ${rng.pick(LAST_NAMES[lang ?? ''])}`;
        if (!usedSupervisorNames.has(fullName)) break;
      }
      usedSupervisorNames.add(fullName);
      const labels = ['Svenska', ...(language ? [language] : []), ...(rng.chance(0.4) ? ['Engelska'] : [])];
      supervisors.push({
        id: demoId(tenant.code, DEMO_ID_RANGES.supervisors + spec.block * SUPERVISORS_PER_EMPLOYER + s),
        tenantCode: tenant.code,
        employerId: id,
        name: fullName,
        languages: [...new Set(labels)].map((l) => lookup.languageIds.get(l)).filter((l): l is string => !!l),
        capacity: rng.int(1, 4),
        trained: rng.chance(0.7),
      });
    }

    drafts.push({ row, kind, kindKey: spec.kindKey, occupations, sites, supervisors, siteNamed: kind.namedSites, placements: 0 });
  }
  return drafts;
}

interface PlacementChoice {
  type: DemoPlacementType;
  employer: EmployerDraft;
  occ: OccupationSpec;
}

function choosePlacement(
  slot: { type?: string; ssyk?: string },
  types: DemoPlacementType[],
  weights: (t: DemoPlacementType) => number,
  employers: EmployerDraft[],
  lookup: Lookup,
  rng: Prng,
): PlacementChoice | null {
  const offers = (e: EmployerDraft, t: DemoPlacementType) =>
    e.occupations.length > 0 && e.sites.length > 0 && t.allowedSectors.includes(e.row.sector) && (!slot.ssyk || e.occupations.includes(slot.ssyk)) &&
    (!t.supervisorRequired || e.supervisors.length > 0);
  const typeOptions = slot.type
    ? types.filter((t) => t.code === slot.type)
    : types.filter((t) => weights(t) > 0 && employers.some((e) => offers(e, t)));
  if (typeOptions.length === 0) return null;
  const type = slot.type ? typeOptions[0] : rng.weighted(typeOptions, weights);
  const candidates = employers.filter((e) => offers(e, type));
  if (candidates.length === 0) return null;
  // Spread placements: an employer with many already is less likely to get another.
  const employer = rng.weighted(candidates, (e) => 1 / (1 + e.placements) ** 2);
  const ssyk = slot.ssyk ?? rng.pick(employer.occupations);
  return { type, employer, occ: lookup.occupations.get(ssyk)! };
}

function pickSkills(occ: OccupationSpec, lookup: Lookup, rng: Prng): { required: string[]; nice: string[] } {
  const rows = lookup.skillsBySsyk.get(occ.ssyk) ?? [];
  const preferred = occ.skills.map((label) => rows.find((r) => r.label_sv === label)).filter((r): r is NonNullable<typeof r> => !!r);
  const pool = rng.shuffle(preferred.map((r) => r.skill_concept_id));
  const wanted = rng.int(2, 4);
  const required = pool.slice(0, wanted);
  // Too few preferred skills in this data: fill up from the group's other skills.
  if (required.length < 2) {
    const others = rng.shuffle(rows.map((r) => r.skill_concept_id).filter((id) => !required.includes(id)));
    required.push(...others.slice(0, wanted - required.length));
  }
  const nice = pool.slice(required.length).slice(0, rng.int(0, 3));
  return { required, nice };
}

/** The employer kind's name for the occupation, else one of the occupation's preferred names (the first when `first`), else any of the group. */
function pickOccupationName(occ: OccupationSpec, lookup: Lookup, rng: Prng, kind?: EmployerKind, first = false): string | null {
  const names = lookup.namesBySsyk.get(occ.ssyk) ?? [];
  const own = kind?.occupationNames?.[occ.ssyk];
  const ownName = own ? names.find((n) => n.name_sv === own) : undefined;
  if (ownName) return ownName.concept_id;
  const preferred = occ.names.map((label) => names.find((n) => n.name_sv === label)).filter((n): n is NonNullable<typeof n> => !!n);
  if (first && preferred.length) return preferred[0].concept_id;
  const from = preferred.length ? preferred : names;
  return from.length ? rng.pick(from).concept_id : null;
}

const LOWER_SFI: Record<SfiCourse, SfiCourse | null> = { A: null, B: 'A', C: 'B', D: 'C' };

function generatePlacement(
  id: string,
  choice: PlacementChoice,
  tenant: DemoTenantInput,
  profile: TenantProfile,
  lookup: Lookup,
  today: string,
  rng: Prng,
): PlanPlacement {
  const { type, employer, occ } = choice;
  const code = type.code;
  const siteOccupations = employer.kind.siteOccupations;
  const fitting = employer.sites.filter((_, i) => !siteOccupations?.[i] || siteOccupations[i].includes(occ.ssyk));
  const site = rng.pick(fitting.length ? fitting : employer.sites);
  const place = site.placeLabel;

  // Dates: starts on a Monday 1–6 months ahead; summer jobs in June; ends on a Friday.
  let start = mondayOnOrAfter(addDays(today, rng.int(30, 180)));
  if (code === 'sommarjobb') {
    let year = Number(today.slice(0, 4));
    if (`${year}-06-08` < addDays(today, 30)) year += 1;
    start = mondayOnOrAfter(`${year}-06-08`);
  }
  const typical = TYPE_WEEKS[code] === undefined ? [4, 26] : TYPE_WEEKS[code];
  let end: string | null = null;
  if (typical !== null || type.maxWeeks !== null || rng.chance(0.3)) {
    const [lo, hi] = typical ?? [26, 52];
    // A Monday-to-Friday run of w weeks is w − 2/7 weeks long, so stay one week above the minimum.
    const min = Math.max(lo, (type.minWeeks ?? 0) + 1);
    const max = Math.max(min, Math.min(hi, type.maxWeeks ?? hi));
    end = addDays(start, (rng.int(min, max) - 1) * 7 + 4);
  }

  // SFI: required by some types, common otherwise for part-time placements.
  let fitsSfiMorning = false;
  let fitsSfiAfternoon = false;
  const [hLo, hHi] = TYPE_HOURS[code] ?? [20, 40];
  let hours = hLo <= 5 ? rng.int(hLo, hHi) : 5 * rng.int(Math.ceil(hLo / 5), Math.floor(hHi / 5));
  if (type.sfiCombinationRequired || (hours <= 30 && code !== 'foretagsfadderskap' && rng.chance(0.4))) {
    if (rng.chance(0.5)) fitsSfiMorning = true;
    else fitsSfiAfternoon = true;
    hours = Math.min(hours, 25);
  }
  if (type.maxHoursPerWeek !== null) hours = Math.min(hours, type.maxHoursPerWeek);
  const fitsSfi = fitsSfiMorning || fitsSfiAfternoon;

  const dayCount = fitsSfi ? 5 : hours <= 8 ? 1 : hours <= 16 ? 2 : hours <= 24 ? 3 : hours <= 32 ? 4 : 5;
  const pool: Weekday[] = !fitsSfi && occ.weekend && rng.chance(0.3) ? [...WEEKDAYS] : ['mon', 'tue', 'wed', 'thu', 'fri'];
  const days = (dayCount >= pool.length ? pool : rng.sample(pool, dayCount)).sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));

  const supervisor =
    type.supervisorRequired || rng.chance(0.5) ? (employer.supervisors.length ? rng.weighted(employer.supervisors, (s) => (s.trained ? 3 : 1)) : null) : null;

  let minSfi: SfiCourse | null = rng.pick(occ.sfi);
  if (code === 'foretagsfadderskap') minSfi = rng.pick([null, 'A'] as const);
  else if (minSfi && (code === 'yrkes_sfi' || code === 'praktik') && rng.chance(0.4)) minSfi = LOWER_SFI[minSfi];

  // Languages: the supervisor's own language helps; sometimes another.
  const helpful = new Set<string>();
  const supervisorLanguages = (supervisor?.languages ?? []).map((l) => lookup.languageLabels.get(l)).filter((l): l is string => !!l && HELPFUL_LANGUAGES.includes(l) && l !== 'Engelska');
  if (supervisorLanguages.length && rng.chance(0.6)) helpful.add(rng.pick(supervisorLanguages));
  if (rng.chance(0.35)) helpful.add(rng.pick(HELPFUL_LANGUAGES));
  const helpfulLabels = [...helpful].filter((l) => lookup.languageIds.has(l));

  // Licences: as the job needs; home care outside the main town needs a car.
  const licenceLabels = new Set(occ.licences ?? []);
  const rural = place !== tenant.municipalityShortName;
  if ((occ.ssyk === '5321' || occ.ssyk === '5330') && rural && rng.chance(0.6)) licenceLabels.add('B');
  else if (rng.chance(0.08)) licenceLabels.add('B');
  const licences = [...licenceLabels].filter((l) => lookup.licences.has(l)).sort(byCodePoint);

  const { required, nice } = pickSkills(occ, lookup, rng);
  const paid = type.paid;
  const seats = paid ? rng.int(1, 2) : rng.int(1, 4);

  let status: PlacementStatus = 'open';
  if (profile.mixedStatuses) {
    const r = rng.float();
    status = r < 0.06 ? 'draft' : r < 0.13 ? 'filled' : r < 0.19 ? 'closed' : 'open';
  }

  // Texts.
  const opening = titleOpening(code, occ);
  // "på Rimbo äldreboende", "hos Rimbo Bygg AB" or "i Rimbo" (a department's name, "X kommun, förskola", reads badly after "hos").
  const way = employer.siteNamed && rng.chance(0.6) ? 'site' : !employer.row.name.includes(',') && rng.chance(0.5) ? 'employer' : 'place';
  const at: Text =
    way === 'site'
      ? { sv: `på ${site.name}`, en: `at ${site.name}`, ar: `في ${site.name}` }
      : way === 'employer'
        ? { sv: `hos ${employer.row.name}`, en: `at ${employer.row.name}`, ar: `لدى ${employer.row.name}` }
        : { sv: `i ${place}`, en: `in ${place}`, ar: `في ${place}` };
  const titles: Text =
    code === 'foretagsfadderskap'
      ? { sv: `${opening.sv} hos ${employer.row.name}`, en: `${opening.en} at ${employer.row.name}`, ar: `${opening.ar} لدى ${employer.row.name}` }
      : { sv: `${opening.sv} ${at.sv}`, en: `${opening.en} ${at.en}`, ar: `${opening.ar} ${at.ar}` };

  const sentences: Text[] = [];
  if (code === 'foretagsfadderskap') {
    sentences.push({
      sv: `Du får en fadder på ${employer.row.name} som berättar om yrket och visar arbetsplatsen i ${place}.`,
      en: `You get a sponsor at ${employer.row.name} who tells you about the job and shows you the workplace in ${place}.`,
      ar: `تحصل على راعٍ في ${employer.row.name} يحدّثك عن المهنة ويعرّفك على مكان العمل في ${place}.`,
    });
    sentences.push({ sv: `Ni ses ungefär ${hours} timmar i veckan.`, en: `You meet about ${hours} hours a week.`, ar: `تلتقيان نحو ${arabicHours(hours)} في الأسبوع.` });
  } else {
    if (employer.siteNamed) {
      const inPlace = site.name.includes(place);
      sentences.push({
        sv: inPlace ? `Du arbetar på ${site.name}.` : `Du arbetar på ${site.name} i ${place}.`,
        en: inPlace ? `You work at ${site.name}.` : `You work at ${site.name} in ${place}.`,
        ar: inPlace ? `تعمل في ${site.name}.` : `تعمل في ${site.name} في ${place}.`,
      });
    } else {
      sentences.push({
        sv: `Du arbetar i ${place}. Arbetsgivaren är ${employer.row.name}.`,
        en: `You work in ${place}. The employer is ${employer.row.name}.`,
        ar: `تعمل في ${place}. جهة العمل هي ${employer.row.name}.`,
      });
    }
    sentences.push(occ.tasks);
    sentences.push({ sv: `Du arbetar ${hours} timmar i veckan.`, en: `You work ${hours} hours a week.`, ar: `تعمل ${arabicHours(hours)} في الأسبوع.` });
  }
  if (code === 'yrkes_sfi' && fitsSfi) {
    sentences.push(
      fitsSfiMorning
        ? { sv: 'Du läser SFI med yrkessvenska på förmiddagarna och är på arbetsplatsen på eftermiddagarna.', en: 'You study SFI with Swedish for the job in the mornings and are at the workplace in the afternoons.', ar: 'تدرس SFI مع اللغة السويدية الخاصة بالمهنة في الصباح، وتكون في مكان العمل بعد الظهر.' }
        : { sv: 'Du är på arbetsplatsen på förmiddagarna och läser SFI med yrkessvenska på eftermiddagarna.', en: 'You are at the workplace in the mornings and study SFI with Swedish for the job in the afternoons.', ar: 'تكون في مكان العمل في الصباح، وتدرس SFI مع اللغة السويدية الخاصة بالمهنة بعد الظهر.' },
    );
  } else if (fitsSfiMorning) {
    sentences.push({ sv: 'Du kan läsa SFI på förmiddagarna.', en: 'You can study SFI in the mornings.', ar: 'يمكنك دراسة SFI في الصباح.' });
  } else if (fitsSfiAfternoon) {
    sentences.push({ sv: 'Du kan läsa SFI på eftermiddagarna.', en: 'You can study SFI in the afternoons.', ar: 'يمكنك دراسة SFI بعد الظهر.' });
  }
  if (supervisor && code !== 'foretagsfadderskap') {
    sentences.push({ sv: 'En handledare hjälper dig och visar hur arbetet går till.', en: 'A supervisor helps you and shows you how the work is done.', ar: 'يساعدك مشرف ويريك كيف يتم العمل.' });
  }
  sentences.push(
    minSfi
      ? { sv: `Du behöver kunna svenska på nivå SFI ${minSfi} eller högre.`, en: `You need Swedish at SFI level ${minSfi} or higher.`, ar: `تحتاج إلى مستوى SFI ${minSfi} أو أعلى في اللغة السويدية.` }
      : { sv: 'Du behöver inte kunna mycket svenska när du börjar.', en: 'You do not need much Swedish when you start.', ar: 'لا تحتاج إلى معرفة الكثير من السويدية عند البدء.' },
  );
  if (licences.length) {
    sentences.push({
      sv: `Du behöver körkort ${joinList(licences, 'och')}.`,
      en: `You need a driving licence in category ${joinList(licences, 'and')}.`,
      ar: `تحتاج إلى رخصة قيادة من فئة ${licences.join(' و')}.`,
    });
  }
  if (helpfulLabels.length) {
    const names = helpfulLabels.map((l) => LANGUAGE_NAMES[l]);
    sentences.push({
      sv: `Det är bra om du talar ${joinList(names.map((n) => n.sv), 'eller')}.`,
      en: `It helps if you speak ${joinList(names.map((n) => n.en), 'or')}.`,
      ar: `من المفيد أن تتحدث ${names.map((n) => n.ar).join(' أو ')}.`,
    });
  }
  sentences.push(paid ? { sv: 'Du får lön.', en: 'The job is paid.', ar: 'العمل مدفوع الأجر.' } : { sv: 'Du får ingen lön.', en: 'It is unpaid.', ar: 'بدون راتب.' });
  const text = (lang: keyof Text) => sentences.map((s) => s[lang]).join(' ');

  const translations: Record<string, PlacementText> = rng.chance(0.35)
    ? { en: { title: titles.en, description: text('en') }, ar: { title: titles.ar, description: text('ar') } }
    : {};

  return {
    id,
    tenantCode: tenant.code,
    employerId: employer.row.id,
    typeId: type.id,
    typeCode: code,
    kind: 'placement',
    title: titles.sv,
    description: text('sv'),
    translations,
    ssykCode: occ.ssyk,
    occupationNameId: pickOccupationName(occ, lookup, rng, employer.kind),
    requiredSkills: required,
    niceSkills: nice,
    minSfiCourse: minSfi,
    helpfulLanguages: helpfulLabels.map((l) => lookup.languageIds.get(l)!),
    licences,
    siteId: site.id,
    days,
    hoursPerWeek: hours,
    startDate: start,
    endDate: end,
    fitsSfiMorning,
    fitsSfiAfternoon,
    seats,
    supervisorId: supervisor?.id ?? null,
    status,
    contactUserId: employer.row.contactUserIds.length ? rng.pick(employer.row.contactUserIds) : null,
  };
}

function placementFacts(p: PlanPlacement, sector: Sector) {
  return {
    kind: p.kind,
    startDate: p.startDate,
    endDate: p.endDate,
    hoursPerWeek: p.hoursPerWeek,
    fitsSfiMorning: p.fitsSfiMorning,
    fitsSfiAfternoon: p.fitsSfiAfternoon,
    hasSupervisor: p.supervisorId !== null,
    employerSector: sector,
  };
}

function generateJobTracks(
  tenant: DemoTenantInput,
  employers: EmployerDraft[],
  type: DemoPlacementType,
  lookup: Lookup,
  today: string,
): { placements: PlanPlacement[]; steps: PlanJobTrackStep[]; partners: { placementId: string; employerId: string }[] } {
  const rng = new Prng(`jobbrygga-demo|${tenant.code}|job-tracks`);
  const out = { placements: [] as PlanPlacement[], steps: [] as PlanJobTrackStep[], partners: [] as { placementId: string; employerId: string }[] };
  const owner = employers.find((e) => e.kindKey === JOB_TRACK_OWNER && e.sites.length) ?? employers.find((e) => e.row.municipalOwn && e.sites.length);
  if (!owner) return out;
  JOB_TRACKS.forEach((spec, i) => {
    const n = DEMO_ID_RANGES.jobTracks + i;
    const occ = lookup.occupations.get(spec.ssyk);
    if (!occ) return;
    const id = demoId(tenant.code, n);
    const partners = employers.filter((e) => e !== owner && e.occupations.some((c) => spec.partnerOccupations.includes(c)));
    if (partners.length === 0) return;
    const chosen = rng.sample(partners, Math.min(partners.length, rng.int(3, 4))).sort(cmp((e) => e.row.id));
    const start = mondayOnOrAfter(addDays(today, rng.int(45, 90)));
    const weeks = spec.steps.reduce((sum, s) => sum + (s.weeks ?? 0), 0);
    const skills = pickSkills(occ, lookup, rng);
    const track: PlanPlacement = {
      id,
      tenantCode: tenant.code,
      employerId: owner.row.id,
      typeId: type.id,
      typeCode: type.code,
      kind: 'jobTrack',
      title: spec.title.sv,
      description: spec.description.sv,
      translations: { en: { title: spec.title.en, description: spec.description.en }, ar: { title: spec.title.ar, description: spec.description.ar } },
      ssykCode: occ.ssyk,
      occupationNameId: pickOccupationName(occ, lookup, rng, undefined, true),
      // The track teaches the occupation's skills: none are required to start.
      requiredSkills: [],
      niceSkills: skills.required.slice(0, 2),
      minSfiCourse: spec.minSfi,
      helpfulLanguages: [],
      licences: spec.licences.filter((l) => lookup.licences.has(l)),
      siteId: owner.sites[0].id,
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      hoursPerWeek: Math.min(40, type.maxHoursPerWeek ?? 40),
      startDate: start,
      endDate: addDays(start, (weeks - 1) * 7 + 4),
      fitsSfiMorning: false,
      fitsSfiAfternoon: false,
      seats: rng.int(8, 12),
      supervisorId: null,
      status: 'open',
      contactUserId: null,
    };
    if (checkPlacementRules(type, placementFacts(track, owner.row.sector)).length) return;
    out.placements.push(track);
    spec.steps.forEach((s, k) =>
      out.steps.push({ id: demoId(tenant.code, n * 10 + k + 1), placementId: id, position: k + 1, stepKind: s.kind, title: s.title, weeks: s.weeks }),
    );
    for (const e of chosen) out.partners.push({ placementId: id, employerId: e.row.id });
  });
  return out;
}

/**
 * The demo rows for every tenant that has a profile, from plain reference rows. Pure and
 * deterministic: the same input gives the same output. Every placement passes its type's rules;
 * throws when a tenant ends up with fewer placements than its profile's minimum.
 */
export function generateDemoPlan(input: DemoPlanInput, today: string): DemoPlan {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new Error(`demo placements: bad date "${today}"`);
  const ref = input.reference;
  const lookup = buildLookup(ref);
  const national = [...ref.placementTypes].sort(cmp((t) => t.code));
  const validTypes = national.filter((t) => typeValidOn(t, today));
  const placementTypes = validTypes.filter((t) => t.kind === 'placement');
  const plan: DemoPlan = { employers: [], sites: [], supervisors: [], placements: [], jobTrackSteps: [], jobTrackPartners: [], dropped: {} };

  for (const tenant of [...input.tenants].sort(cmp((t) => t.code))) {
    const profile = TENANT_PROFILES[tenant.code];
    if (!profile) continue;
    const employers = generateEmployers(tenant, profile, ref, lookup, today);
    const rng = new Prng(`jobbrygga-demo|${tenant.code}|placements`);
    const weights = (t: DemoPlacementType) => profile.typeWeights[t.code] ?? (profile.coverAllTypes ? DEFAULT_TYPE_WEIGHT : 0);

    const slots: { type?: string; ssyk?: string }[] = profile.forcedOccupations.filter((c) => lookup.occupations.has(c)).map((ssyk) => ({ ssyk }));
    if (profile.coverAllTypes) for (const t of placementTypes) slots.push({ type: t.code }, { type: t.code });
    while (slots.length < profile.placements) slots.push({});
    const ordered = rng.shuffle(slots);

    const placements: PlanPlacement[] = [];
    let dropped = 0;
    ordered.forEach((slot, i) => {
      const id = demoId(tenant.code, DEMO_ID_RANGES.placements + i);
      for (let attempt = 0; attempt < 3; attempt++) {
        const choice = choosePlacement(slot, placementTypes, weights, employers, lookup, rng);
        if (!choice) break;
        const p = generatePlacement(id, choice, tenant, profile, lookup, today, rng);
        if (checkPlacementRules(choice.type, placementFacts(p, choice.employer.row.sector)).length === 0) {
          choice.employer.placements += 1;
          placements.push(p);
          return;
        }
      }
      dropped += 1;
    });
    if (placements.length < profile.minPlacements) {
      throw new Error(`demo placements: only ${placements.length} placements for ${tenant.code} (at least ${profile.minPlacements} expected); is the reference data loaded?`);
    }

    const jobTrackType = validTypes.find((t) => t.kind === 'jobTrack' && t.code === 'jobbspar') ?? validTypes.find((t) => t.kind === 'jobTrack');
    const tracks = profile.jobTracks && jobTrackType ? generateJobTracks(tenant, employers, jobTrackType, lookup, today) : { placements: [], steps: [], partners: [] };

    plan.employers.push(...employers.map((e) => e.row));
    plan.sites.push(...employers.flatMap((e) => e.sites));
    plan.supervisors.push(...employers.flatMap((e) => e.supervisors));
    plan.placements.push(...placements, ...tracks.placements);
    plan.jobTrackSteps.push(...tracks.steps);
    plan.jobTrackPartners.push(...tracks.partners);
    plan.dropped[tenant.code] = dropped;
  }
  return plan;
}

// ---------------------------------------------------------------------------------------------
// The database side
// ---------------------------------------------------------------------------------------------

type Log = (msg: string, fields?: Record<string, unknown>) => void;

async function readReference(m: EntityManager): Promise<DemoReference> {
  const codes = OCCUPATIONS.map((o) => o.ssyk);
  const tenantCodes = Object.keys(TENANT_PROFILES);
  // One after another: a transaction has one connection.
  const places = await m.query(`SELECT id, label, municipality_code, lat, lon FROM ref_place WHERE municipality_code = ANY($1::text[])`, [tenantCodes]);
  const ssykGroups = await m.query(`SELECT code, name_sv, field_concept_id FROM ref_ssyk_group WHERE code = ANY($1::text[])`, [codes]);
  const occupationNames = await m.query(`SELECT concept_id, name_sv, ssyk_code FROM ref_occupation_name WHERE ssyk_code = ANY($1::text[])`, [codes]);
  const ssykSkills = await m.query(
    `SELECT ss.ssyk_code, ss.skill_concept_id, s.label_sv FROM ref_ssyk_skill ss JOIN ref_skill s ON s.concept_id = ss.skill_concept_id
     WHERE ss.ssyk_code = ANY($1::text[])`,
    [codes],
  );
  const languages = await m.query(`SELECT concept_id, label_sv FROM ref_language WHERE label_sv = ANY($1::text[])`, [Object.keys(LANGUAGE_NAMES)]);
  const drivingLicences = await m.query(`SELECT concept_id, label FROM ref_driving_licence`);
  const types = await m.query(
    `SELECT id, code, kind, paid, allowed_sectors, min_weeks, max_weeks, sfi_combination_required, max_hours_per_week, supervisor_required,
            valid_from::text AS valid_from, valid_to::text AS valid_to
     FROM placement_type WHERE tenant_code IS NULL`,
  );
  return {
    // char(n) columns come back padded only when shorter; codes are exact, but trim to be safe.
    places: places.map((p: PlaceRow) => ({ ...p, municipality_code: p.municipality_code.trim() })),
    ssykGroups: ssykGroups.map((g: DemoReference['ssykGroups'][number]) => ({ ...g, code: g.code.trim() })),
    occupationNames: occupationNames.map((n: DemoReference['occupationNames'][number]) => ({ ...n, ssyk_code: n.ssyk_code.trim() })),
    ssykSkills: ssykSkills.map((s: DemoReference['ssykSkills'][number]) => ({ ...s, ssyk_code: s.ssyk_code.trim() })),
    languages,
    drivingLicences,
    placementTypes: types.map(
      (t: {
        id: string; code: string; kind: PlacementKind; paid: boolean; allowed_sectors: Sector[]; min_weeks: number | null; max_weeks: number | null;
        sfi_combination_required: boolean; max_hours_per_week: number | null; supervisor_required: boolean; valid_from: string; valid_to: string | null;
      }): DemoPlacementType => ({
        id: t.id,
        code: t.code,
        kind: t.kind,
        paid: t.paid,
        allowedSectors: t.allowed_sectors,
        minWeeks: t.min_weeks,
        maxWeeks: t.max_weeks,
        sfiCombinationRequired: t.sfi_combination_required,
        maxHoursPerWeek: t.max_hours_per_week,
        supervisorRequired: t.supervisor_required,
        validFrom: t.valid_from,
        validTo: t.valid_to,
      }),
    ),
  };
}

async function readTenants(m: EntityManager): Promise<DemoTenantInput[]> {
  const out: DemoTenantInput[] = [];
  for (const [code, profile] of Object.entries(TENANT_PROFILES)) {
    const [tenant] = await m.query(
      `SELECT t.code, t.name, coalesce(rm.name, t.name) AS municipality_name, coalesce(rm.short_name, t.name) AS short_name
       FROM tenant t LEFT JOIN ref_municipality rm ON rm.code = t.code WHERE t.code = $1`,
      [code],
    );
    if (!tenant) continue;
    const ids = Object.keys(profile.existing).map((n) => demoId(code, Number(n)));
    const employers: { id: string; name: string; organisation_number: string | null }[] = await m.query(
      `SELECT id, name, organisation_number FROM employer WHERE tenant_code = $1 AND id = ANY($2::uuid[])`,
      [code, ids],
    );
    const contacts: { id: string; employer_id: string }[] = await m.query(
      `SELECT id, employer_id FROM app_user WHERE role = 'employer' AND active AND employer_id = ANY($1::uuid[])`,
      [ids],
    );
    const [admin] = await m.query(`SELECT id FROM app_user WHERE tenant_code = $1 AND role = 'admin' AND active ORDER BY id LIMIT 1`, [code]);
    out.push({
      code,
      municipalityName: tenant.municipality_name,
      municipalityShortName: tenant.short_name,
      adminUserId: admin?.id ?? null,
      existingEmployers: employers.map((e) => ({
        id: e.id,
        name: e.name,
        organisationNumber: e.organisation_number,
        contactUserIds: contacts.filter((c) => c.employer_id === e.id).map((c) => c.id),
      })),
    });
  }
  return out;
}

/** Runs one statement per row and returns how many rows it wrote (the statement must return one row per written row). */
async function insert(m: EntityManager, sql: string, rows: unknown[][]): Promise<number> {
  let written = 0;
  for (const params of rows) written += (await m.query(sql, params)).length;
  return written;
}

/**
 * Loads the Step-2 demo rows (see the top of this file). Needs the reference data, the national
 * placement types and the Step-1 demo tenants. `today` (YYYY-MM-DD) anchors the start dates.
 */
export async function seedDemoPlacements(ds: DataSource, today: string, log: Log): Promise<void> {
  const started = Date.now();
  await ds.transaction(async (m) => {
    const reference = await readReference(m);
    if (reference.placementTypes.length === 0) throw new Error('demo placements: no national placement types; seed them first');
    const tenants = await readTenants(m);
    const plan = generateDemoPlan({ reference, tenants }, today);

    for (const tenant of tenants) {
      const code = tenant.code;
      const of = <T extends { tenantCode: string }>(rows: T[]) => rows.filter((r) => r.tenantCode === code);
      const placements = of(plan.placements);
      const seeded: unknown[] = await m.query(`SELECT 1 FROM placement WHERE id = ANY($1::uuid[]) LIMIT 1`, [placements.map((p) => p.id)]);
      if (seeded.length) {
        log('demo placements already loaded', { tenant: code });
        continue;
      }
      const employers = of(plan.employers);
      const newEmployers = employers.filter((e) => !e.existing);

      // An organisation number a real registration took meanwhile: the demo employer goes without.
      const taken = new Map<string, string>(
        (
          await m.query(`SELECT id, organisation_number FROM employer WHERE tenant_code = $1 AND organisation_number = ANY($2::text[])`, [
            code,
            newEmployers.map((e) => e.organisationNumber).filter((n) => n !== null),
          ])
        ).map((r: { id: string; organisation_number: string }) => [r.organisation_number, r.id]),
      );
      const counts: Record<string, number> = {};
      counts.employers = await insert(
        m,
        `INSERT INTO employer (id, tenant_code, name, organisation_number, sector, municipal_own, occupation_fields, description, status, decided_by, decided_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8, 'approved', $9, $10, $11, $10) ON CONFLICT (id) DO NOTHING RETURNING 1`,
        newEmployers.map((e) => {
          const orgNr = e.organisationNumber && taken.has(e.organisationNumber) && taken.get(e.organisationNumber) !== e.id ? null : e.organisationNumber;
          return [e.id, code, e.name, orgNr, e.sector, e.municipalOwn, e.occupationFields, e.description, e.decidedBy, e.decidedAt, e.createdAt];
        }),
      );
      // Step-1 employers: fill in what is still at the defaults, never overwrite.
      counts.employersCompleted = await insert(
        m,
        `WITH changed AS (
           UPDATE employer SET sector = $2, municipal_own = $3, occupation_fields = $4::text[], description = coalesce(description, $5), updated_at = now()
           WHERE id = $1 AND sector = 'private' AND NOT municipal_own AND occupation_fields = '{}'
           RETURNING 1)
         SELECT * FROM changed`,
        employers.filter((e) => e.existing).map((e) => [e.id, e.sector, e.municipalOwn, e.occupationFields, e.description]),
      );
      counts.sites = await insert(
        m,
        `INSERT INTO employer_site (id, tenant_code, employer_id, name, street_address, postal_code, place_id, place_label, municipality_code, lat, lon)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING RETURNING 1`,
        of(plan.sites).map((s) => [s.id, code, s.employerId, s.name, s.streetAddress, s.postalCode, s.placeId, s.placeLabel, s.municipalityCode, s.lat, s.lon]),
      );
      counts.supervisors = await insert(
        m,
        `INSERT INTO supervisor (id, tenant_code, employer_id, name, languages, capacity, trained)
         VALUES ($1, $2, $3, $4, $5::text[], $6, $7) ON CONFLICT (id) DO NOTHING RETURNING 1`,
        of(plan.supervisors).map((s) => [s.id, code, s.employerId, s.name, s.languages, s.capacity, s.trained]),
      );
      counts.placements = await insert(
        m,
        `INSERT INTO placement (id, tenant_code, employer_id, type_id, kind, title, description, translations, ssyk_code, occupation_name_id,
           required_skills, nice_skills, min_sfi_course, helpful_languages, licences, site_id, days, hours_per_week, start_date, end_date,
           fits_sfi_morning, fits_sfi_afternoon, seats, supervisor_id, status, contact_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11::text[], $12::text[], $13, $14::text[], $15::text[], $16, $17::text[], $18,
           $19::date, $20::date, $21, $22, $23, $24, $25, $26) ON CONFLICT (id) DO NOTHING RETURNING 1`,
        placements.map((p) => [
          p.id, code, p.employerId, p.typeId, p.kind, p.title, p.description, JSON.stringify(p.translations), p.ssykCode, p.occupationNameId,
          p.requiredSkills, p.niceSkills, p.minSfiCourse, p.helpfulLanguages, p.licences, p.siteId, p.days, p.hoursPerWeek,
          p.startDate, p.endDate, p.fitsSfiMorning, p.fitsSfiAfternoon, p.seats, p.supervisorId, p.status, p.contactUserId,
        ]),
      );
      const trackIds = new Set(placements.filter((p) => p.kind === 'jobTrack').map((p) => p.id));
      counts.jobTrackSteps = await insert(
        m,
        `INSERT INTO job_track_step (id, placement_id, position, step_kind, title, weeks) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING 1`,
        plan.jobTrackSteps.filter((s) => trackIds.has(s.placementId)).map((s) => [s.id, s.placementId, s.position, s.stepKind, s.title, s.weeks]),
      );
      counts.jobTrackPartners = await insert(
        m,
        `INSERT INTO job_track_partner (placement_id, employer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        plan.jobTrackPartners.filter((p) => trackIds.has(p.placementId)).map((p) => [p.placementId, p.employerId]),
      );
      log('demo placements loaded', { tenant: code, ...counts, dropped: plan.dropped[code] ?? 0 });
    }
  });
  log('demo placements ready', { ms: Date.now() - started });
}
