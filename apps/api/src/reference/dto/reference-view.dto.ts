import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, type Locale, type Page } from '@jobbrygga/domain';
import type { RankedOccupation } from '../lexical/occupation-ranker';
import type {
  RefCounty,
  RefDrivingLicence,
  RefEscoOccupation,
  RefKoladaKpi,
  RefMunicipality,
  RefOccupationField,
  RefOccupationName,
  RefPlace,
  RefSkill,
  RefSsykGroup,
  RefSunField,
  RefSunLevel,
} from '../reference.entities';

/** What the reference endpoints return. Plain shapes, built from the ref_ entities. */

type Ctor<T> = new (...args: never[]) => T;

/** A complete short list (no paging). */
export interface ItemList<T> {
  items: T[];
}

/** Swagger class for `Page<Item>`; extend it to name it. */
export function pageOf<T>(item: Ctor<T>): Ctor<Page<T>> {
  class PageView implements Page<T> {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty({ description: 'Matching rows in all pages' }) total!: number;
    @ApiProperty() limit!: number;
    @ApiProperty() offset!: number;
  }
  return PageView;
}

/** Swagger class for `ItemList<Item>`; extend it to name it. */
export function listOf<T>(item: Ctor<T>): Ctor<ItemList<T>> {
  class ListView implements ItemList<T> {
    @ApiProperty({ type: [item] }) items!: T[];
  }
  return ListView;
}

const nullableNumber = { type: Number, nullable: true } as const;
const nullableString = { type: String, nullable: true } as const;

// ---- geography -----------------------------------------------------------------------------

export class CountyView {
  @ApiProperty({ example: '01' }) code!: string;
  @ApiProperty({ example: 'Stockholms län' }) name!: string;
  @ApiProperty({ example: 'Stockholm' }) shortName!: string;

  static of(c: RefCounty): CountyView {
    return { code: c.code, name: c.name, shortName: c.shortName };
  }
}

export class MunicipalityView {
  @ApiProperty({ example: '0188' }) code!: string;
  @ApiProperty({ example: 'Norrtälje kommun' }) name!: string;
  @ApiProperty({ example: 'Norrtälje' }) shortName!: string;
  @ApiProperty({ example: '01' }) countyCode!: string;
  @ApiProperty({ example: 'Stockholms län' }) countyName!: string;
  @ApiProperty({ ...nullableNumber, description: 'WGS84 latitude of the main place; not an official centroid' }) lat!: number | null;
  @ApiProperty(nullableNumber) lon!: number | null;

  static of(m: RefMunicipality): MunicipalityView {
    return { code: m.code, name: m.name, shortName: m.shortName, countyCode: m.countyCode, countyName: m.county?.name ?? '', lat: m.lat, lon: m.lon };
  }
}

export class PlaceView {
  @ApiProperty({ example: '0188-rimbo', description: 'kommunkod and the label as a slug' }) id!: string;
  @ApiProperty({ example: 'Rimbo' }) label!: string;
  @ApiProperty({ example: '0188' }) municipalityCode!: string;
  @ApiProperty({ ...nullableNumber, description: 'WGS84; null when unknown' }) lat!: number | null;
  @ApiProperty(nullableNumber) lon!: number | null;

  static of(p: RefPlace): PlaceView {
    return { id: p.id, label: p.label, municipalityCode: p.municipalityCode, lat: p.lat, lon: p.lon };
  }
}

// ---- occupations and skills ---------------------------------------------------------------------

export class OccupationFieldView {
  @ApiProperty({ example: 'X82t_awd_Qyc' }) conceptId!: string;
  @ApiProperty({ example: 'Administration, ekonomi, juridik' }) labelSv!: string;
  @ApiProperty() descriptionSv!: string;

  static of(f: RefOccupationField): OccupationFieldView {
    return { conceptId: f.conceptId, labelSv: f.labelSv, descriptionSv: f.descriptionSv };
  }
}

export class OccupationGroupView {
  @ApiProperty({ example: '5120', description: 'SSYK 2012 code' }) code!: string;
  @ApiProperty({ example: 'BStc_SJh_DKG' }) conceptId!: string;
  @ApiProperty({ example: 'Kockar och kallskänkor' }) nameSv!: string;
  @ApiProperty() fieldConceptId!: string;
  @ApiProperty({ example: 'Hotell, restaurang, storhushåll' }) fieldLabelSv!: string;

  static of(g: RefSsykGroup): OccupationGroupView {
    return { code: g.code, conceptId: g.conceptId, nameSv: g.nameSv, fieldConceptId: g.fieldConceptId, fieldLabelSv: g.field?.labelSv ?? '' };
  }
}

export class OccupationNameRefView {
  @ApiProperty() conceptId!: string;
  @ApiProperty({ example: 'Kock' }) nameSv!: string;
}

export class SkillView {
  @ApiProperty() conceptId!: string;
  @ApiProperty() labelSv!: string;

  static of(s: RefSkill): SkillView {
    return { conceptId: s.conceptId, labelSv: s.labelSv };
  }
}

export class OccupationGroupDetailView extends OccupationGroupView {
  @ApiProperty() descriptionSv!: string;
  @ApiProperty({ type: [OccupationNameRefView], description: 'Job titles in the group, A–Ö' }) occupationNames!: OccupationNameRefView[];
  @ApiProperty({ type: [SkillView], description: 'Skills related to the group, A–Ö' }) skills!: SkillView[];

  static detail(g: RefSsykGroup, names: RefOccupationName[], skills: RefSkill[]): OccupationGroupDetailView {
    return {
      ...OccupationGroupView.of(g),
      descriptionSv: g.descriptionSv,
      occupationNames: names.map((n) => ({ conceptId: n.conceptId, nameSv: n.nameSv })),
      skills: skills.map(SkillView.of),
    };
  }
}

/** One SSYK group found for a typed job title. */
export class OccupationRankHitView {
  @ApiProperty({ example: '5321', description: 'SSYK 2012 group code, four characters (leading zeros kept: "0110")' }) ssyk!: string;
  @ApiProperty({ example: 'Undersköterska', description: 'The label that matched best, as written in the data' }) label!: string;
  @ApiProperty({ enum: LOCALES, example: 'sv', description: 'Language of `label`' }) labelLang!: Locale;
  @ApiProperty({ example: 'Undersköterskor, hemtjänst, äldreboende m.fl.', description: "The group's Swedish name" }) nameSv!: string;
  @ApiProperty({
    example: 'Home-based personal care workers',
    description: "English name of the group: the ISCO-08 group Sweden's ESCO mapping links it to, else the product's own term, else the closest linked ESCO occupation",
  })
  nameEn!: string;

  static of(r: RankedOccupation): OccupationRankHitView {
    return { ssyk: r.ssyk, label: r.label, labelLang: r.labelLang, nameSv: r.nameSv, nameEn: r.nameEn };
  }
}

export class OccupationRankAnswer {
  @ApiProperty({ type: [OccupationRankHitView], description: 'Best first, one per SSYK group' }) hits!: OccupationRankHitView[];
}

export class OccupationNameView {
  @ApiProperty() conceptId!: string;
  @ApiProperty({ example: 'Kock' }) nameSv!: string;
  @ApiProperty({ example: '5120' }) ssykCode!: string;
  @ApiProperty({ example: 'Kockar och kallskänkor' }) ssykNameSv!: string;

  static of(n: RefOccupationName): OccupationNameView {
    return { conceptId: n.conceptId, nameSv: n.nameSv, ssykCode: n.ssykCode, ssykNameSv: n.group?.nameSv ?? '' };
  }
}

export class EscoOccupationView {
  @ApiProperty({ example: 'http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34' }) uri!: string;
  @ApiProperty({ enum: ['occupation', 'isco_group'] }) type!: 'occupation' | 'isco_group';
  @ApiProperty({ ...nullableString, example: '2166' }) iscoCode!: string | null;
  @ApiProperty({ example: 'teknisk ledare' }) labelSv!: string;
  @ApiProperty({ example: 'technical director' }) labelEn!: string;

  static of(e: RefEscoOccupation): EscoOccupationView {
    return { uri: e.uri, type: e.type, iscoCode: e.iscoCode, labelSv: e.labelSv, labelEn: e.labelEn };
  }
}

// ---- education -------------------------------------------------------------------------------

/** A SUN 2020 level or field; `parentCode` links the three levels into a tree. */
export class EducationConceptView {
  @ApiProperty({ example: '31' }) code!: string;
  @ApiProperty() conceptId!: string;
  @ApiProperty({ minimum: 1, maximum: 3 }) level!: number;
  @ApiProperty() labelSv!: string;
  @ApiProperty(nullableString) parentCode!: string | null;

  static of(s: RefSunLevel | RefSunField): EducationConceptView {
    return { code: s.code, conceptId: s.conceptId, level: s.level, labelSv: s.labelSv, parentCode: s.parentCode };
  }
}

export class SfiCourseView {
  @ApiProperty({ example: 'B' }) code!: string;
  @ApiProperty({ example: 2, description: 'A = 1 … D = 4' }) rank!: number;
}

export class SfiStudyPathView {
  @ApiProperty({ example: 1 }) number!: number;
  @ApiProperty({ type: [String], example: ['A', 'B', 'C', 'D'] }) courses!: string[];
  @ApiProperty({ ...nullableString, description: "Skolverket's words on whom the path is for" }) targetGroupSv!: string | null;
}

export class SfiView {
  @ApiProperty({ type: [SfiCourseView] }) courses!: SfiCourseView[];
  @ApiProperty({ type: [SfiStudyPathView] }) studyPaths!: SfiStudyPathView[];
}

// ---- small code tables and Kolada ------------------------------------------------------------

/** A JobTech concept: a language, an employment type, duration or working-time extent. */
export class ConceptView {
  @ApiProperty() conceptId!: string;
  @ApiProperty() labelSv!: string;

  static of(c: { conceptId: string; labelSv: string }): ConceptView {
    return { conceptId: c.conceptId, labelSv: c.labelSv };
  }
}

export class DrivingLicenceView {
  @ApiProperty() conceptId!: string;
  @ApiProperty({ example: 'B' }) label!: string;
  @ApiProperty() descriptionSv!: string;

  static of(d: RefDrivingLicence): DrivingLicenceView {
    return { conceptId: d.conceptId, label: d.label, descriptionSv: d.descriptionSv };
  }
}

/** A Kolada KPI definition. Show "Källa: Kolada" wherever these are displayed. */
export class KoladaKpiView {
  @ApiProperty({ example: 'N00973' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty() isDividedByGender!: boolean;
  @ApiProperty({ ...nullableString, example: 'K' }) municipalityType!: string | null;
  @ApiProperty(nullableString) auspice!: string | null;
  @ApiProperty({ ...nullableString, example: 'Arbetsmarknad' }) operatingArea!: string | null;
  @ApiProperty(nullableString) perspective!: string | null;
  @ApiProperty(nullableString) prelPublicationDate!: string | null;
  @ApiProperty(nullableString) publicationDate!: string | null;
  @ApiProperty(nullableString) publPeriod!: string | null;
  @ApiProperty(nullableString) hasOuData!: string | null;

  static of(k: RefKoladaKpi): KoladaKpiView {
    return {
      id: k.id,
      title: k.title,
      description: k.description,
      isDividedByGender: k.isDividedByGender,
      municipalityType: k.municipalityType,
      auspice: k.auspice,
      operatingArea: k.operatingArea,
      perspective: k.perspective,
      prelPublicationDate: k.prelPublicationDate,
      publicationDate: k.publicationDate,
      publPeriod: k.publPeriod,
      hasOuData: k.hasOuData,
    };
  }
}

// ---- named page and list classes (Swagger needs one class per shape) ----------------------------

export class CountyList extends listOf(CountyView) {}
export class MunicipalityPage extends pageOf(MunicipalityView) {}
export class PlacePage extends pageOf(PlaceView) {}
export class OccupationFieldList extends listOf(OccupationFieldView) {}
export class OccupationGroupPage extends pageOf(OccupationGroupView) {}
export class OccupationNamePage extends pageOf(OccupationNameView) {}
export class SkillPage extends pageOf(SkillView) {}
export class EscoOccupationPage extends pageOf(EscoOccupationView) {}
export class EducationConceptList extends listOf(EducationConceptView) {}
export class ConceptPage extends pageOf(ConceptView) {}
export class ConceptList extends listOf(ConceptView) {}
export class DrivingLicenceList extends listOf(DrivingLicenceView) {}
export class KoladaKpiPage extends pageOf(KoladaKpiView) {}
