// A windowed view over the store-wide change history: pages fetched on demand for the rows on screen,
// so years of changes never land in the renderer at once. View state only; the query runs in main.
import { watch, type Ref } from 'vue'
import type { ChangeHistoryFilter, ChangeHistoryPage, ChangeHistoryRow } from '@shared/model/change-history'
import { api } from '../api'
import { usePagedWindow } from './usePagedWindow'

/** Rows per request: several screens, within the engine's 500. */
export const HISTORY_PAGE = 200

export function useChangeHistory(storeId: Ref<number | null>, filter: Ref<ChangeHistoryFilter>) {
  const paged = usePagedWindow<ChangeHistoryRow, ChangeHistoryPage>(HISTORY_PAGE, (offset, limit) => {
    const store = storeId.value
    return store === null ? null : api.searchChangeHistory(store, { ...filter.value, offset, limit })
  })
  watch([storeId, filter], paged.restart, { immediate: true, deep: true })
  return paged
}
