import { onMounted, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Target } from '@jobbrygga/domain';
import { listOccupationFields, type OccupationField } from '../api/reference';
import { useLocale } from './useLocale';
import { usePlacementTypes } from './usePlacementTypes';
import { formatList } from '../utils/format';

/**
 * What a target's filters name, loaded when the component mounts: the placement types and the
 * occupation fields (a field list that fails to load leaves the codes standing in for names).
 */
export function useTargetReference() {
  const placementTypes = usePlacementTypes();
  const fields = shallowRef<readonly OccupationField[]>([]);
  onMounted(() => {
    void placementTypes.load();
    listOccupationFields().then(
      (list) => (fields.value = list),
      () => undefined,
    );
  });
  return { placementTypes, fields };
}

/**
 * A target's filters in words ("Types: praktik and instegsjobb · Only the municipality's own
 * organisations · Occupation field: Health care"), with type and field names looked up. Until the
 * names have loaded, codes stand in for them.
 */
export function useTargetFilterText() {
  const { t } = useI18n();
  const { locale } = useLocale();
  const { placementTypes, fields } = useTargetReference();

  function filterText(target: Target): string | null {
    const filters = target.filters ?? {};
    const parts: string[] = [];
    if (filters.placementTypes?.length) {
      const names = filters.placementTypes.map((code) => placementTypes.byCode.value.get(code)?.name[locale.value] ?? code);
      parts.push(t('reports.filters.summaryTypes', { types: formatList(names, locale.value) }));
    }
    if (filters.municipalOwn === true) parts.push(t('reports.filters.summaryOwn'));
    if (filters.municipalOwn === false) parts.push(t('reports.filters.summaryOther'));
    if (filters.occupationField) {
      const field = fields.value.find((item) => item.conceptId === filters.occupationField);
      parts.push(t('reports.filters.summaryField', { field: field?.labelSv ?? filters.occupationField }));
    }
    return parts.length ? parts.join(' · ') : null;
  }

  return { filterText, placementTypes, fields };
}
