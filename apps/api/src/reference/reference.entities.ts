import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * Reference data: public classifications the product looks things up in (municipalities, SSYK
 * occupations, skills, ESCO, SUN, SFI, Kolada KPIs). Loaded from `apps/api/data/reference` by
 * reference-loader.ts and never edited by users. Tables are `ref_*`, keyed by the source's own
 * codes. Name and label columns use the `ref_sv` collation (Swedish order: … z, å, ä, ö).
 */

const nullableDouble = { type: 'double precision', nullable: true } as const;

// ---- geography -----------------------------------------------------------------------------

/** Län, e.g. 01 Stockholms län. */
@Entity('ref_county')
export class RefCounty {
  @PrimaryColumn({ type: 'char', length: 2 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** "Stockholm" for "Stockholms län". */
  @Column({ name: 'short_name', type: 'text' })
  shortName!: string;
}

/** Kommun, keyed by its kommunkod (four digits, e.g. 0188 Norrtälje). */
@Entity('ref_municipality')
export class RefMunicipality {
  @PrimaryColumn({ type: 'char', length: 4 })
  code!: string;

  /** "Norrtälje kommun". */
  @Column({ type: 'text' })
  name!: string;

  /** "Norrtälje". */
  @Column({ name: 'short_name', type: 'text' })
  shortName!: string;

  @Column({ name: 'county_code', type: 'char', length: 2 })
  countyCode!: string;

  @ManyToOne(() => RefCounty, { nullable: false })
  @JoinColumn({ name: 'county_code' })
  county?: RefCounty;

  /** WGS84 point of the place named like the municipality (not an official centroid); null when unknown. */
  @Column(nullableDouble)
  lat!: number | null;

  @Column(nullableDouble)
  lon!: number | null;
}

/** A JobTech place (town, village). The source has no ids; `id` is `<kommunkod>-<slug of label>`. */
@Entity('ref_place')
export class RefPlace {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 4 })
  municipalityCode!: string;

  /** WGS84; null when the source says 0.0 (unknown). */
  @Column(nullableDouble)
  lat!: number | null;

  @Column(nullableDouble)
  lon!: number | null;
}

// ---- occupations and skills (JobTech taxonomy) --------------------------------------------------

/** Columns every small JobTech concept table shares. */
abstract class RefConcept {
  @PrimaryColumn({ name: 'concept_id', type: 'text' })
  conceptId!: string;

  /** Arbetsförmedlingen's older numeric id; also the source's natural order. */
  @Column({ name: 'legacy_id', type: 'integer', nullable: true })
  legacyId!: number | null;

  @Column({ name: 'label_sv', type: 'text' })
  labelSv!: string;
}

/** Yrkesområde, e.g. "Hotell, restaurang, storhushåll". */
@Entity('ref_occupation_field')
export class RefOccupationField extends RefConcept {
  @Column({ name: 'description_sv', type: 'text' })
  descriptionSv!: string;
}

/** SSYK 2012 level-4 group (yrkesgrupp), e.g. 5120 Kockar och kallskänkor. */
@Entity('ref_ssyk_group')
export class RefSsykGroup {
  @PrimaryColumn({ type: 'char', length: 4 })
  code!: string;

  @Column({ name: 'concept_id', type: 'text', unique: true })
  conceptId!: string;

  @Column({ name: 'name_sv', type: 'text' })
  nameSv!: string;

  @Column({ name: 'description_sv', type: 'text' })
  descriptionSv!: string;

  @Column({ name: 'field_concept_id', type: 'text' })
  fieldConceptId!: string;

  @ManyToOne(() => RefOccupationField, { nullable: false })
  @JoinColumn({ name: 'field_concept_id' })
  field?: RefOccupationField;
}

/** Yrkesbenämning (job title), e.g. "Kock", in one SSYK group. */
@Entity('ref_occupation_name')
export class RefOccupationName {
  @PrimaryColumn({ name: 'concept_id', type: 'text' })
  conceptId!: string;

  @Column({ name: 'legacy_id', type: 'integer', nullable: true })
  legacyId!: number | null;

  @Column({ name: 'name_sv', type: 'text' })
  nameSv!: string;

  @Column({ name: 'ssyk_code', type: 'char', length: 4 })
  ssykCode!: string;

  @ManyToOne(() => RefSsykGroup, { nullable: false })
  @JoinColumn({ name: 'ssyk_code' })
  group?: RefSsykGroup;
}

/**
 * Kompetensbegrepp. `source` says where the row came from: the skills list, or (for skills the
 * list lacks) the 2025 export of skills related to SSYK groups.
 */
@Entity('ref_skill')
export class RefSkill extends RefConcept {
  @Column({ type: 'text' })
  source!: 'skills' | 'ssyk-related-2025';
}

/** SSYK group → related skill (2025 export). */
@Entity('ref_ssyk_skill')
export class RefSsykSkill {
  @PrimaryColumn({ name: 'ssyk_code', type: 'char', length: 4 })
  ssykCode!: string;

  @PrimaryColumn({ name: 'skill_concept_id', type: 'text' })
  skillConceptId!: string;
}

// ---- ESCO ------------------------------------------------------------------------------------

export const MAPPING_RELATIONS = ['exact', 'close', 'narrow', 'broad'] as const;
/**
 * SKOS mapping relation from the ESCO concept to the JobTech concept: `broad` means the JobTech
 * concept is broader than the ESCO one, `narrow` that it is narrower.
 */
export type MappingRelation = (typeof MAPPING_RELATIONS)[number];

/** ESCO v1.1.1 occupation or ISCO-08 group with Swedish and English preferred labels. */
@Entity('ref_esco_occupation')
export class RefEscoOccupation {
  @PrimaryColumn({ type: 'text' })
  uri!: string;

  @Column({ type: 'text' })
  type!: 'occupation' | 'isco_group';

  /** ISCO-08 code (1–4 digits); null for 68 ESCO occupations the source gives none. */
  @Column({ name: 'isco_code', type: 'text', nullable: true })
  iscoCode!: string | null;

  @Column({ name: 'label_sv', type: 'text' })
  labelSv!: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn!: string;
}

/**
 * Sweden's official ESCO occupation → JobTech occupation-name mapping. No foreign keys: the
 * mapping names JobTech occupation names newer than our list (and three ESCO occupations we lack),
 * so both labels are kept as the mapping gives them.
 */
@Entity('ref_esco_occupation_mapping')
export class RefEscoOccupationMapping {
  @PrimaryColumn({ name: 'esco_uri', type: 'text' })
  escoUri!: string;

  @PrimaryColumn({ name: 'occupation_name_concept_id', type: 'text' })
  occupationNameConceptId!: string;

  @Column({ type: 'text' })
  relation!: MappingRelation;

  @Column({ name: 'esco_label_sv', type: 'text' })
  escoLabelSv!: string;

  @Column({ name: 'occupation_name_label_sv', type: 'text' })
  occupationNameLabelSv!: string;
}

/** Sweden's official ESCO skill → JobTech skill mapping. No foreign keys (see above). */
@Entity('ref_esco_skill_mapping')
export class RefEscoSkillMapping {
  @PrimaryColumn({ name: 'esco_skill_uri', type: 'text' })
  escoSkillUri!: string;

  @PrimaryColumn({ name: 'skill_concept_id', type: 'text' })
  skillConceptId!: string;

  @Column({ type: 'text' })
  relation!: MappingRelation;

  @Column({ name: 'esco_label_sv', type: 'text' })
  escoLabelSv!: string;

  @Column({ name: 'skill_label_sv', type: 'text' })
  skillLabelSv!: string;
}

// ---- education -------------------------------------------------------------------------------

/** Columns of a SUN 2020 level or field as a JobTech concept: a three-level tree keyed by SUN code. */
abstract class RefSunConcept {
  /** SUN code; its length is its level for levels ("3", "31", "310"), fields alike. */
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'smallint' })
  level!: number;

  /** JobTech concept type, e.g. "sun-education-level-2". */
  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'concept_id', type: 'text', unique: true })
  conceptId!: string;

  @Column({ name: 'label_sv', type: 'text' })
  labelSv!: string;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode!: string | null;
}

/** SUN 2020 utbildningsnivå. */
@Entity('ref_sun_level')
export class RefSunLevel extends RefSunConcept {}

/** SUN 2020 utbildningsinriktning. */
@Entity('ref_sun_field')
export class RefSunField extends RefSunConcept {}

/** SFI course A–D; `rank` orders them (A = 1 … D = 4). */
@Entity('ref_sfi_course')
export class RefSfiCourse {
  @PrimaryColumn({ type: 'char', length: 1 })
  code!: string;

  @Column({ type: 'smallint', unique: true })
  rank!: number;
}

/** SFI studieväg 1–3. */
@Entity('ref_sfi_study_path')
export class RefSfiStudyPath {
  @PrimaryColumn({ type: 'smallint' })
  number!: number;

  /** Skolverket's words on whom the path is for; null where the course plan says nothing. */
  @Column({ name: 'target_group_sv', type: 'text', nullable: true })
  targetGroupSv!: string | null;
}

/** The courses a study path consists of. */
@Entity('ref_sfi_study_path_course')
export class RefSfiStudyPathCourse {
  @PrimaryColumn({ name: 'study_path', type: 'smallint' })
  studyPath!: number;

  @PrimaryColumn({ name: 'course_code', type: 'char', length: 1 })
  courseCode!: string;
}

// ---- small code tables ----------------------------------------------------------------------

@Entity('ref_language')
export class RefLanguage extends RefConcept {}

/** Körkortsbehörighet, e.g. B, C1E. */
@Entity('ref_driving_licence')
export class RefDrivingLicence {
  @PrimaryColumn({ name: 'concept_id', type: 'text' })
  conceptId!: string;

  @Column({ name: 'legacy_id', type: 'integer', nullable: true })
  legacyId!: number | null;

  @Column({ type: 'text' })
  label!: string;

  @Column({ name: 'description_sv', type: 'text' })
  descriptionSv!: string;
}

/** Anställningstyp, e.g. "Sommarjobb / feriejobb". */
@Entity('ref_employment_type')
export class RefEmploymentType extends RefConcept {}

/** Anställningsvaraktighet, e.g. "Tillsvidare". */
@Entity('ref_employment_duration')
export class RefEmploymentDuration extends RefConcept {}

/** Arbetstidsomfattning: heltid, deltid. */
@Entity('ref_worktime_extent')
export class RefWorktimeExtent extends RefConcept {}

// ---- Kolada ----------------------------------------------------------------------------------

/** Kolada KPI definition (Källa: Kolada). Columns other than the flag are kept as the source's text. */
@Entity('ref_kolada_kpi')
export class RefKoladaKpi {
  /** E.g. N00973. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'is_divided_by_gender', type: 'boolean' })
  isDividedByGender!: boolean;

  @Column({ name: 'municipality_type', type: 'text', nullable: true })
  municipalityType!: string | null;

  @Column({ type: 'text', nullable: true })
  auspice!: string | null;

  @Column({ name: 'operating_area', type: 'text', nullable: true })
  operatingArea!: string | null;

  @Column({ type: 'text', nullable: true })
  perspective!: string | null;

  @Column({ name: 'prel_publication_date', type: 'text', nullable: true })
  prelPublicationDate!: string | null;

  @Column({ name: 'publication_date', type: 'text', nullable: true })
  publicationDate!: string | null;

  @Column({ name: 'publ_period', type: 'text', nullable: true })
  publPeriod!: string | null;

  @Column({ name: 'has_ou_data', type: 'text', nullable: true })
  hasOuData!: string | null;
}

// ---- bookkeeping -----------------------------------------------------------------------------

/** One row per loaded table: the hash of the source files it came from, so boot can skip reloading. */
@Entity('ref_dataset')
export class RefDataset {
  /** Table name, e.g. "ref_skill". */
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'row_count', type: 'integer' })
  rowCount!: number;

  @Column({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt!: Date;
}
