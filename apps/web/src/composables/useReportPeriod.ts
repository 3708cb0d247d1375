import { computed } from 'vue';
import type { ReportPeriod } from '@jobbrygga/domain';
import { parsePeriod, presetPeriod } from '../utils/report-period';
import { useQueryState } from './useQueryState';

/**
 * The period a report page shows, kept in the address (?from=…&to=…) so a link or the back button
 * brings the same figures back. Without a valid period in the address: this calendar year.
 */
export function useReportPeriod() {
  const query = useQueryState(['from', 'to'] as const);

  const period = computed<ReportPeriod>((previous) => {
    const next = parsePeriod(query.committed.value.from, query.committed.value.to) ?? presetPeriod('thisYear');
    return previous && previous.from === next.from && previous.to === next.to ? previous : next;
  });

  async function choose(next: ReportPeriod): Promise<void> {
    query.state.from = next.from;
    query.state.to = next.to;
    await query.commit();
  }

  return { period, choose };
}
