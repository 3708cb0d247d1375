import { computed, shallowRef } from 'vue';
import { listDrivingLicences, listOccupationFields, listPlaces, type OccupationField, type Place } from '../api/reference';
import { isSearchableLicence } from '../utils/placement-filters';
import { useAsyncAction } from './useAsyncAction';
import { useAuth } from './useAuth';
import { usePlacementTypes } from './usePlacementTypes';

const bySwedishLabel = <T>(label: (item: T) => string) => (a: T, b: T) => label(a).localeCompare(label(b), 'sv');

/**
 * What the search filters offer: current placement types, occupation fields, the places of the
 * user's municipality and the driving-licence classes. One failed look-up leaves its filter out
 * and says why; the search still works.
 */
export function usePlacementFilterOptions() {
  const { me } = useAuth();
  const placementTypes = usePlacementTypes();
  const occupationFields = shallowRef<readonly OccupationField[]>([]);
  const places = shallowRef<readonly Place[]>([]);
  const licences = shallowRef<readonly string[]>([]);
  const action = useAsyncAction();

  async function load(): Promise<void> {
    const municipality = me.value?.municipality.code;
    await Promise.all([
      placementTypes.load(),
      action.run(async () => {
        const [fields, placeList, licenceList] = await Promise.all([
          listOccupationFields(),
          municipality ? listPlaces(municipality) : Promise.resolve([]),
          listDrivingLicences(),
        ]);
        occupationFields.value = [...fields].sort(bySwedishLabel((field) => field.labelSv));
        // A place without coordinates cannot be the centre of a distance search.
        places.value = placeList.filter((place) => place.lat !== null && place.lon !== null).sort(bySwedishLabel((place) => place.label));
        licences.value = licenceList.map((licence) => licence.label).filter(isSearchableLicence);
      }),
    ]);
  }

  return {
    types: placementTypes.current,
    occupationFields,
    places,
    licences,
    error: computed(() => placementTypes.error.value ?? action.error.value),
    load,
  };
}
