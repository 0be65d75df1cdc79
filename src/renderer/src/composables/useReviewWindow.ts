// A windowed view over one session's review (diff): pages of changes fetched on demand for the rows
// on screen, so a 10,000-change session never lands in the renderer at once. View state only.
import { computed, ref, shallowRef, triggerRef, watch, type Ref } from 'vue'
import type { ReviewFilter, ReviewPage, StagedChange } from '@shared/model/session'
import { api } from '../api'
import { errorText } from './useErrorText'

/** Changes per request: several screens, well under the 1,000 the engine allows. */
export const REVIEW_PAGE = 200

export type ReviewQuery = Omit<ReviewFilter, 'offset' | 'limit'>

export function useReviewWindow(storeId: Ref<number | null>, sessionId: Ref<string | null>, query: Ref<ReviewQuery>, revision: Ref<number>) {
  const total = ref<number | null>(null)
  const counts = ref<Pick<ReviewPage, 'byResource' | 'byField'>>({ byResource: {}, byField: {} })
  const pages = shallowRef(new Map<number, StagedChange[]>())
  const error = ref<string | null>(null)
  const pending = new Set<number>()
  // Answers to an older filter or session are dropped, never painted.
  let generation = 0

  async function fetchPage(page: number): Promise<void> {
    const store = storeId.value
    const session = sessionId.value
    if (store === null || session === null || pending.has(page) || pages.value.has(page)) return
    const gen = generation
    pending.add(page)
    try {
      const r = await api.reviewSession(store, session, { ...query.value, offset: page * REVIEW_PAGE, limit: REVIEW_PAGE })
      if (gen !== generation) return
      total.value = r.total
      counts.value = { byResource: r.byResource, byField: r.byField }
      pages.value.set(page, r.rows)
      triggerRef(pages)
      error.value = null
    } catch (e) {
      if (gen === generation) error.value = errorText(e)
    } finally {
      pending.delete(page)
    }
  }

  function rowAt(index: number): StagedChange | undefined {
    return pages.value.get(Math.floor(index / REVIEW_PAGE))?.[index % REVIEW_PAGE]
  }

  /** Makes sure rows [start, end) are loaded or on their way. */
  function ensureRange(start: number, end: number): void {
    const last = total.value === null ? start + 1 : Math.min(end, total.value)
    for (let p = Math.floor(start / REVIEW_PAGE); p <= Math.floor(Math.max(start, last - 1) / REVIEW_PAGE); p++) void fetchPage(p)
  }

  /** Everything may have changed (filter, session, an undo): drop the pages and read the first again. */
  function reload(): void {
    generation++
    pending.clear()
    pages.value = new Map()
    void fetchPage(0)
  }

  watch([storeId, sessionId, query], () => {
    total.value = null
    reload()
  }, { immediate: true, deep: true })
  // Same filter, new content (an undo, a discard, a push): keep the scroll height until the answer.
  watch(revision, reload)

  const loaded = computed(() => total.value !== null)
  return { total, counts, pages, error, loaded, rowAt, ensureRange, reload }
}
