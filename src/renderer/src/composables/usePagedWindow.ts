// A windowed list read from main in pages on demand, for the rows on screen: the review of a session
// and the store-wide change history both use it. Answers to an older query are dropped, never painted.
import { computed, ref, shallowRef, triggerRef, type Ref } from 'vue'
import { errorText } from './useErrorText'

export interface PagedAnswer<Row> {
  total: number
  rows: Row[]
}

/**
 * `fetch(offset, limit)` returns one page, or null when the query cannot run (no store open yet);
 * `onAnswer` sees every accepted answer (for side figures such as counts by field).
 */
export function usePagedWindow<Row, Answer extends PagedAnswer<Row>>(pageSize: number, fetch: (offset: number, limit: number) => Promise<Answer> | null, onAnswer?: (answer: Answer) => void) {
  const total = ref<number | null>(null) as Ref<number | null>
  const pages = shallowRef(new Map<number, Row[]>())
  const error = ref<string | null>(null)
  const pending = new Set<number>()
  let generation = 0

  async function fetchPage(page: number): Promise<void> {
    if (pending.has(page) || pages.value.has(page)) return
    const request = fetch(page * pageSize, pageSize)
    if (request === null) return
    const gen = generation
    pending.add(page)
    try {
      const answer = await request
      if (gen !== generation) return
      total.value = answer.total
      onAnswer?.(answer)
      pages.value.set(page, answer.rows)
      triggerRef(pages)
      error.value = null
    } catch (e) {
      if (gen === generation) error.value = errorText(e)
    } finally {
      pending.delete(page)
    }
  }

  function rowAt(index: number): Row | undefined {
    return pages.value.get(Math.floor(index / pageSize))?.[index % pageSize]
  }

  /** Makes sure rows [start, end) are loaded or on their way. */
  function ensureRange(start: number, end: number): void {
    const last = total.value === null ? start + 1 : Math.min(end, total.value)
    for (let p = Math.floor(start / pageSize); p <= Math.floor(Math.max(start, last - 1) / pageSize); p++) void fetchPage(p)
  }

  /** Everything may have changed: drop the pages and read the first again (the height stays until then). */
  function reload(): void {
    generation++
    pending.clear()
    pages.value = new Map()
    void fetchPage(0)
  }

  /** A different query: also forget the total. */
  function restart(): void {
    total.value = null
    reload()
  }

  const loaded = computed(() => total.value !== null)
  return { total, pages, error, loaded, rowAt, ensureRange, reload, restart }
}
