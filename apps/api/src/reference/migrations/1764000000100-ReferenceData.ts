import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference tables (`ref_*`), filled by reference-loader.ts. Keys are the sources' own codes.
 * Names and labels use the `ref_sv` collation so lists sort the Swedish way (… z, å, ä, ö);
 * it is ICU sv-SE where the server has ICU, otherwise the database's own locale.
 */
export class ReferenceData1764000000100 implements MigrationInterface {
  name = 'ReferenceData1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_collation WHERE collprovider = 'i') THEN
          CREATE COLLATION ref_sv (provider = icu, locale = 'sv-SE');
        ELSE
          EXECUTE format('CREATE COLLATION ref_sv (locale = %L)',
            (SELECT datcollate FROM pg_database WHERE datname = current_database()));
        END IF;
      END $$`);

    // Geography
    await q.query(`
      CREATE TABLE ref_county (
        code char(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
        name text COLLATE ref_sv NOT NULL,
        short_name text COLLATE ref_sv NOT NULL
      )`);
    await q.query(`
      CREATE TABLE ref_municipality (
        code char(4) PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
        name text COLLATE ref_sv NOT NULL,
        short_name text COLLATE ref_sv NOT NULL,
        county_code char(2) NOT NULL REFERENCES ref_county(code),
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lon double precision CHECK (lon BETWEEN -180 AND 180),
        CHECK ((lat IS NULL) = (lon IS NULL))
      )`);
    await q.query(`CREATE INDEX ref_municipality_county_idx ON ref_municipality (county_code)`);
    await q.query(`
      CREATE TABLE ref_place (
        id text PRIMARY KEY,
        label text COLLATE ref_sv NOT NULL,
        municipality_code char(4) NOT NULL REFERENCES ref_municipality(code),
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lon double precision CHECK (lon BETWEEN -180 AND 180),
        CHECK ((lat IS NULL) = (lon IS NULL))
      )`);
    await q.query(`CREATE INDEX ref_place_municipality_idx ON ref_place (municipality_code)`);

    // Occupations and skills (JobTech taxonomy)
    await q.query(`
      CREATE TABLE ref_occupation_field (
        concept_id text PRIMARY KEY,
        legacy_id integer,
        label_sv text COLLATE ref_sv NOT NULL,
        description_sv text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE ref_ssyk_group (
        code char(4) PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
        concept_id text NOT NULL UNIQUE,
        name_sv text COLLATE ref_sv NOT NULL,
        description_sv text NOT NULL,
        field_concept_id text NOT NULL REFERENCES ref_occupation_field(concept_id)
      )`);
    await q.query(`CREATE INDEX ref_ssyk_group_field_idx ON ref_ssyk_group (field_concept_id)`);
    await q.query(`
      CREATE TABLE ref_occupation_name (
        concept_id text PRIMARY KEY,
        legacy_id integer,
        name_sv text COLLATE ref_sv NOT NULL,
        ssyk_code char(4) NOT NULL REFERENCES ref_ssyk_group(code)
      )`);
    await q.query(`CREATE INDEX ref_occupation_name_ssyk_idx ON ref_occupation_name (ssyk_code)`);
    await q.query(`
      CREATE TABLE ref_skill (
        concept_id text PRIMARY KEY,
        legacy_id integer,
        label_sv text COLLATE ref_sv NOT NULL,
        source text NOT NULL CHECK (source IN ('skills', 'ssyk-related-2025'))
      )`);
    await q.query(`
      CREATE TABLE ref_ssyk_skill (
        ssyk_code char(4) NOT NULL REFERENCES ref_ssyk_group(code),
        skill_concept_id text NOT NULL REFERENCES ref_skill(concept_id),
        PRIMARY KEY (ssyk_code, skill_concept_id)
      )`);
    await q.query(`CREATE INDEX ref_ssyk_skill_skill_idx ON ref_ssyk_skill (skill_concept_id)`);

    // ESCO. The mappings have no foreign keys: they name concepts newer than our lists.
    await q.query(`
      CREATE TABLE ref_esco_occupation (
        uri text PRIMARY KEY,
        type text NOT NULL CHECK (type IN ('occupation', 'isco_group')),
        isco_code text CHECK (isco_code ~ '^[0-9]{1,4}$'),
        label_sv text COLLATE ref_sv NOT NULL,
        label_en text COLLATE ref_sv NOT NULL
      )`);
    await q.query(`CREATE INDEX ref_esco_occupation_isco_idx ON ref_esco_occupation (isco_code)`);
    await q.query(`
      CREATE TABLE ref_esco_occupation_mapping (
        esco_uri text NOT NULL,
        occupation_name_concept_id text NOT NULL,
        relation text NOT NULL CHECK (relation IN ('exact', 'close', 'narrow', 'broad')),
        esco_label_sv text COLLATE ref_sv NOT NULL,
        occupation_name_label_sv text COLLATE ref_sv NOT NULL,
        PRIMARY KEY (esco_uri, occupation_name_concept_id)
      )`);
    await q.query(`CREATE INDEX ref_esco_occupation_mapping_name_idx ON ref_esco_occupation_mapping (occupation_name_concept_id)`);
    await q.query(`
      CREATE TABLE ref_esco_skill_mapping (
        esco_skill_uri text NOT NULL,
        skill_concept_id text NOT NULL,
        relation text NOT NULL CHECK (relation IN ('exact', 'close', 'narrow', 'broad')),
        esco_label_sv text COLLATE ref_sv NOT NULL,
        skill_label_sv text COLLATE ref_sv NOT NULL,
        PRIMARY KEY (esco_skill_uri, skill_concept_id)
      )`);
    await q.query(`CREATE INDEX ref_esco_skill_mapping_skill_idx ON ref_esco_skill_mapping (skill_concept_id)`);

    // Education
    for (const table of ['ref_sun_level', 'ref_sun_field']) {
      await q.query(`
        CREATE TABLE ${table} (
          code text PRIMARY KEY CHECK (code ~ '^[0-9][0-9a-z]{0,3}$'),
          level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
          type text NOT NULL,
          concept_id text NOT NULL UNIQUE,
          label_sv text COLLATE ref_sv NOT NULL,
          parent_code text REFERENCES ${table}(code),
          CHECK ((level = 1) = (parent_code IS NULL))
        )`);
    }
    await q.query(`
      CREATE TABLE ref_sfi_course (
        code char(1) PRIMARY KEY CHECK (code IN ('A', 'B', 'C', 'D')),
        rank smallint NOT NULL UNIQUE CHECK (rank BETWEEN 1 AND 4)
      )`);
    await q.query(`
      CREATE TABLE ref_sfi_study_path (
        number smallint PRIMARY KEY CHECK (number BETWEEN 1 AND 3),
        target_group_sv text
      )`);
    await q.query(`
      CREATE TABLE ref_sfi_study_path_course (
        study_path smallint NOT NULL REFERENCES ref_sfi_study_path(number),
        course_code char(1) NOT NULL REFERENCES ref_sfi_course(code),
        PRIMARY KEY (study_path, course_code)
      )`);

    // Small JobTech code tables
    for (const table of ['ref_language', 'ref_employment_type', 'ref_employment_duration', 'ref_worktime_extent']) {
      await q.query(`
        CREATE TABLE ${table} (
          concept_id text PRIMARY KEY,
          legacy_id integer,
          label_sv text COLLATE ref_sv NOT NULL
        )`);
    }
    await q.query(`
      CREATE TABLE ref_driving_licence (
        concept_id text PRIMARY KEY,
        legacy_id integer,
        label text COLLATE ref_sv NOT NULL,
        description_sv text NOT NULL
      )`);

    // Kolada (Källa: Kolada)
    await q.query(`
      CREATE TABLE ref_kolada_kpi (
        id text PRIMARY KEY,
        title text COLLATE ref_sv NOT NULL,
        description text NOT NULL,
        is_divided_by_gender boolean NOT NULL,
        municipality_type text,
        auspice text,
        operating_area text,
        perspective text,
        prel_publication_date text,
        publication_date text,
        publ_period text,
        has_ou_data text
      )`);

    await q.query(`
      CREATE TABLE ref_dataset (
        name text PRIMARY KEY,
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        row_count integer NOT NULL CHECK (row_count >= 0),
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    const tables = [
      'ref_dataset',
      'ref_kolada_kpi',
      'ref_driving_licence',
      'ref_worktime_extent',
      'ref_employment_duration',
      'ref_employment_type',
      'ref_language',
      'ref_sfi_study_path_course',
      'ref_sfi_study_path',
      'ref_sfi_course',
      'ref_sun_field',
      'ref_sun_level',
      'ref_esco_skill_mapping',
      'ref_esco_occupation_mapping',
      'ref_esco_occupation',
      'ref_ssyk_skill',
      'ref_skill',
      'ref_occupation_name',
      'ref_ssyk_group',
      'ref_occupation_field',
      'ref_place',
      'ref_municipality',
      'ref_county',
    ];
    for (const table of tables) await q.query(`DROP TABLE IF EXISTS ${table}`);
    await q.query(`DROP COLLATION IF EXISTS ref_sv`);
  }
}
