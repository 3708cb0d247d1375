import type { RankingRows } from './reference-rows';

/** A small, made-up slice of the reference data for the rankers' specs. */
export function testRows(): RankingRows {
  return {
    ssykGroups: [
      { code: '0110', name_sv: 'Officerare', description_sv: 'Leder militära operationer.' },
      { code: '2221', name_sv: 'Grundutbildade sjuksköterskor', description_sv: 'Ger omvårdnad och behandlar patienter.' },
      { code: '2232', name_sv: 'Barnsjuksköterskor', description_sv: 'Vårdar barn och ungdomar.' },
      { code: '5120', name_sv: 'Kockar och kallskänkor', description_sv: 'Lagar mat i restaurang och storkök.' },
      { code: '5321', name_sv: 'Undersköterskor, hemtjänst, äldreboende m.fl.', description_sv: 'Ger omvårdnad i hemtjänst.' },
      { code: '7212', name_sv: 'Svetsare och gasskärare', description_sv: 'Svetsar metall.' },
      { code: '8331', name_sv: 'Buss- och spårvagnsförare', description_sv: 'Kör buss i linjetrafik.' },
    ],
    occupationNames: [
      { concept_id: 'n-officer', name_sv: 'Officer', ssyk_code: '0110' },
      { concept_id: 'n-nurse', name_sv: 'Sjuksköterska', ssyk_code: '2221' },
      { concept_id: 'n-child-nurse', name_sv: 'Barnsjuksköterska', ssyk_code: '2232' },
      { concept_id: 'n-cook', name_sv: 'Kock', ssyk_code: '5120' },
      { concept_id: 'n-assistant', name_sv: 'Undersköterska, hemtjänst', ssyk_code: '5321' },
      { concept_id: 'n-welder', name_sv: 'Svetsare', ssyk_code: '7212' },
      { concept_id: 'n-bus', name_sv: 'Bussförare/Busschaufför', ssyk_code: '8331' },
    ],
    skills: [
      { concept_id: 's-mig', label_sv: 'MIG-svetsning' },
      { concept_id: 's-tig', label_sv: 'TIG-svetsning' },
      { concept_id: 's-truck', label_sv: 'Truckvana' },
      { concept_id: 's-care', label_sv: 'Omvårdnad' },
    ],
    ssykSkills: [
      { ssyk_code: '7212', skill_concept_id: 's-mig' },
      { ssyk_code: '7212', skill_concept_id: 's-tig' },
      { ssyk_code: '2221', skill_concept_id: 's-care' },
      { ssyk_code: '5321', skill_concept_id: 's-care' },
    ],
    escoOccupations: [
      // The ISCO code says 5321 on purpose: only Sweden's mapping decides the SSYK group.
      { uri: 'e-general-nurse', type: 'occupation', isco_code: '5321', label_sv: 'sjuksköterska med ansvar för allmän vård', label_en: 'nurse responsible for general care' },
      { uri: 'e-bus', type: 'occupation', isco_code: '8331', label_sv: 'bussförare', label_en: 'bus driver' },
      { uri: 'i-8331', type: 'isco_group', isco_code: '8331', label_sv: 'Buss- och spårvagnsförare', label_en: 'Bus and tram drivers' },
      { uri: 'e-cook', type: 'occupation', isco_code: '5120', label_sv: 'kock', label_en: 'cook' },
      { uri: 'e-grill', type: 'occupation', isco_code: '5120', label_sv: 'grillkock', label_en: 'grill cook' },
      { uri: 'e-unmapped', type: 'occupation', isco_code: '7212', label_sv: 'pansarsvetsare', label_en: 'armour welder' },
    ],
    escoOccupationMapping: [
      { esco_uri: 'e-general-nurse', occupation_name_concept_id: 'n-nurse', relation: 'exact' },
      { esco_uri: 'e-bus', occupation_name_concept_id: 'n-bus', relation: 'exact' },
      { esco_uri: 'i-8331', occupation_name_concept_id: 'n-bus', relation: 'narrow' },
      { esco_uri: 'e-cook', occupation_name_concept_id: 'n-cook', relation: 'exact' },
      { esco_uri: 'e-grill', occupation_name_concept_id: 'n-cook', relation: 'broad' },
      // A JobTech name the list does not have: no group is reached.
      { esco_uri: 'e-unmapped', occupation_name_concept_id: 'n-unknown', relation: 'exact' },
    ],
    escoSkillMapping: [{ skill_concept_id: 's-mig', esco_label_sv: 'gasmetallbågsvetsning', relation: 'close' }],
  };
}

export const testTranslations = new Map([
  ['2221', { sv: 'Sjuksköterska', svSynonyms: ['Legitimerad sjuksköterska'], en: ['Registered nurse', 'Nurse'], ar: ['ممرض', 'ممرضة'] }],
  ['5321', { sv: 'Undersköterska', svSynonyms: [], en: ['Assistant nurse'], ar: ['مساعد تمريض', 'ممرضة مساعدة'] }],
]);
