import { shallowRef } from 'vue';
import {
  listDrivingLicences, listLanguages, listOccupationFields, listPlaces,
  type Concept, type DrivingLicence, type OccupationField, type Place,
} from '../api/reference';

/**
 * The reference lists the profile forms choose from: languages, occupation fields, driving
 * licences and, for staff, the places of the municipality. A list that fails to load stays
 * empty; the rest of the form works.
 */
export function useInterviewReference() {
  const languages = shallowRef<readonly Concept[]>([]);
  const fields = shallowRef<readonly OccupationField[]>([]);
  const licences = shallowRef<readonly DrivingLicence[]>([]);
  const places = shallowRef<readonly Place[]>([]);

  async function load(municipality?: string): Promise<void> {
    const [languageList, fieldList, licenceList, placeList] = await Promise.allSettled([
      listLanguages(),
      listOccupationFields(),
      listDrivingLicences(),
      municipality ? listPlaces(municipality) : Promise.resolve([]),
    ]);
    if (languageList.status === 'fulfilled') languages.value = languageList.value;
    if (fieldList.status === 'fulfilled') fields.value = fieldList.value;
    if (licenceList.status === 'fulfilled') licences.value = licenceList.value;
    if (placeList.status === 'fulfilled') places.value = [...placeList.value].sort((a, b) => a.label.localeCompare(b.label, 'sv'));
  }

  return { languages, fields, licences, places, load };
}
