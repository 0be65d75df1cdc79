// A windowed view over the store-wide change history: pages fetched on demand for the rows on screen,
// so years of changes never land in the renderer at once. View state only; the query runs in main.
import { computed, ref, shallowRef, triggerRef, watch, type Ref } from 'vue'
import type { ChangeHistoryFilter, ChangeHistoryRow } from '@shared/model/change-history'
import { api } from '../api'
import { errorText } from './useErrorText'

/** Rows per request: several screens, within the engine's 500. */
export const HISTORY_PAGE = 200

export function useChangeHistory(storeId: Ref<number | null>, filter: Ref<ChangeHistoryFilter>) {
  const total = ref<number | null>(null)
  const pages = shallowRef(new Map<number, ChangeHistoryRow[]>())
  const error = ref<string | null>(null)
  const pending = new Set<number>()
  // Answers to an older filter or store are dropped, never painted.
  let generation = 0

  async function fetchPage(page: number): Promise<void> {
    const store = storeId.value
    if (store === null || pending.has(page) || pages.value.has(page)) return
    const gen = generation
    pending.add(page)
    try {
      const r = await api.searchChangeHistory(store, { ...filter.value, offset: page * HISTORY_PAGE, limit: HISTORY_PAGE })
      if (gen !== generation) return
      total.value = r.total
      pages.value.set(page, r.rows)
      triggerRef(pages)
      error.value = null
    } catch (e) {
      if (gen === generation) error.value = errorText(e)
    } finally {
      pending.delete(page)
    }
  }

  function rowAt(index: number): ChangeHistoryRow | undefined {
    return pages.value.get(Math.floor(index / HISTORY_PAGE))?.[index % HISTORY_PAGE]
  }

  /** Makes sure rows [start, end) are loaded or on their way. */
  function ensureRange(start: number, end: number): void {
    const last = total.value === null ? start + 1 : Math.min(end, total.value)
    for (let p = Math.floor(start / HISTORY_PAGE); p <= Math.floor(Math.max(start, last - 1) / HISTORY_PAGE); p++) void fetchPage(p)
  }

  function reload(): void {
    generation++
    pending.clear()
    pages.value = new Map()
    void fetchPage(0)
  }

  watch([storeId, filter], () => {
    total.value = null
    reload()
  }, { immediate: true, deep: true })

  const loaded = computed(() => total.value !== null)
  return { total, pages, error, loaded, rowAt, ensureRange, reload }
}
