import type { Locale } from './locales';

/**
 * The JobTech occupation fields (yrkesområden) in the product's languages, by concept id. Swedish
 * is JobTech's own label; English and Arabic are the product's translations (machine-written,
 * for native review like apps/api/data/occupation-translations.json). A field the taxonomy adds
 * later has no entry and shows its Swedish label.
 */
export const OCCUPATION_FIELD_LABELS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  X82t_awd_Qyc: { sv: 'Administration, ekonomi, juridik', en: 'Administration, finance and law', ar: 'الإدارة والاقتصاد والقانون' },
  j7Cq_ZJe_GkT: { sv: 'Bygg och anläggning', en: 'Building and construction', ar: 'البناء والإنشاءات' },
  apaJ_2ja_LuF: { sv: 'Data/IT', en: 'IT and computing', ar: 'تقنية المعلومات والحاسوب' },
  Uuf1_GMh_Uvw: { sv: 'Kropps- och skönhetsvård', en: 'Body care and beauty', ar: 'العناية بالجسم والتجميل' },
  RPTn_bxG_ExZ: { sv: 'Försäljning, inköp, marknadsföring', en: 'Sales, purchasing and marketing', ar: 'المبيعات والمشتريات والتسويق' },
  PaxQ_o1G_wWH: { sv: 'Hantverksyrken', en: 'Crafts', ar: 'الحرف اليدوية' },
  ScKy_FHB_7wT: { sv: 'Hotell, restaurang, storhushåll', en: 'Hotels, restaurants and catering', ar: 'الفنادق والمطاعم والمطابخ الكبيرة' },
  NYW6_mP6_vwf: { sv: 'Hälso- och sjukvård', en: 'Health care', ar: 'الرعاية الصحية' },
  wTEr_CBC_bqh: { sv: 'Industriell tillverkning', en: 'Industrial manufacturing', ar: 'التصنيع الصناعي' },
  yhCP_AqT_tns: { sv: 'Installation, drift, underhåll', en: 'Installation, operation and maintenance', ar: 'التركيب والتشغيل والصيانة' },
  '9puE_nYg_crq': { sv: 'Kultur, media, design', en: 'Culture, media and design', ar: 'الثقافة والإعلام والتصميم' },
  whao_Q6A_ScE: { sv: 'Sanering och renhållning', en: 'Cleaning, sanitation and waste', ar: 'التنظيف والنظافة العامة والنفايات' },
  VuuL_7CH_adj: { sv: 'Naturbruk', en: 'Farming, forestry and animals', ar: 'الزراعة والغابات والحيوانات' },
  kJeN_wmw_9wX: { sv: 'Naturvetenskapligt arbete', en: 'Natural sciences', ar: 'العلوم الطبيعية' },
  MVqp_eS8_kDZ: { sv: 'Pedagogiskt arbete', en: 'Teaching and education', ar: 'التعليم والتربية' },
  GazW_2TU_kJw: { sv: 'Socialt arbete', en: 'Social work', ar: 'العمل الاجتماعي' },
  E7hm_BLq_fqZ: { sv: 'Säkerhetsarbete', en: 'Safety and security', ar: 'الأمن والسلامة' },
  '6Hq3_tKo_V57': { sv: 'Tekniskt arbete', en: 'Engineering and technology', ar: 'الهندسة والتقنية' },
  ASGV_zcE_bWf: { sv: 'Transport', en: 'Transport', ar: 'النقل' },
  bh3H_Y3h_5eD: { sv: 'Chefer och verksamhetsledare', en: 'Managers', ar: 'المديرون وقادة العمل' },
  bH5L_uXD_ZAX: { sv: 'Militärt arbete', en: 'Military', ar: 'العمل العسكري' },
};

/** An occupation field's label in a language, and the language it is actually in (Swedish when there is no translation). */
export function occupationFieldLabel(conceptId: string, labelSv: string, locale: Locale): { text: string; lang: Locale } {
  const known = OCCUPATION_FIELD_LABELS[conceptId];
  return known ? { text: known[locale], lang: locale } : { text: labelSv, lang: 'sv' };
}
