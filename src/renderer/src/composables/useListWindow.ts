// The rows of a fixed-height list that are on screen (plus overscan), for the session diff and the
// change history: only those are in the DOM. Pure view state; the caller fetches pages for the range.
import { computed, ref, type Ref } from 'vue'

export const LIST_ROW_HEIGHT = 34
const OVERSCAN = 10

export interface ListWindowOptions<Row> {
  total: Ref<number>
  viewport: Ref<number>
  rowAt: (index: number) => Row | undefined
  /** Read inside `visible` so the window repaints when a page lands. */
  version: () => unknown
}

export function useListWindow<Row>(opts: ListWindowOptions<Row>) {
  const scrollTop = ref(0)
  const first = computed(() => Math.max(0, Math.floor(scrollTop.value / LIST_ROW_HEIGHT) - OVERSCAN))
  const last = computed(() => Math.min(opts.total.value, Math.ceil((scrollTop.value + opts.viewport.value) / LIST_ROW_HEIGHT) + OVERSCAN))
  const visible = computed(() => {
    void opts.version()
    return Array.from({ length: Math.max(0, last.value - first.value) }, (_, k) => ({ index: first.value + k, row: opts.rowAt(first.value + k) }))
  })
  function onScroll(e: Event): void {
    scrollTop.value = (e.target as HTMLElement).scrollTop
  }
  return { scrollTop, first, last, visible, onScroll }
}
