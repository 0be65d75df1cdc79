// Row virtualization for the grid (@tanstack/vue-virtual, fixed row height): which rows to paint,
// asking the data source for the visible window plus overscan, and scrolling a cell into view.
import { computed, watch, type Ref } from 'vue'
import { useVirtualizer } from '@tanstack/vue-virtual'
import type { GridDataSource } from '../components/grid/types'

export interface PaintedRow<Row> {
  index: number
  /** Offset from the top of the canvas, header included. */
  top: number
  row: Row | undefined
}

export interface RowWindowOptions<Row> {
  scrollEl: Ref<HTMLElement | null>
  source: () => GridDataSource<Row>
  rowHeight: number
  headerHeight: number
  overscan?: number
}

export function useRowWindow<Row>(opts: RowWindowOptions<Row>) {
  const virtualizer = useVirtualizer<HTMLElement, HTMLElement>(
    computed(() => ({
      count: opts.source().total,
      getScrollElement: () => opts.scrollEl.value,
      estimateSize: () => opts.rowHeight,
      overscan: opts.overscan ?? 5,
      // The sticky header sits inside the scrolled canvas, above row 0.
      paddingStart: opts.headerHeight,
      // Until the element is measured (and in tests without layout), assume a typical window.
      initialRect: { width: 1024, height: 640 }
    }))
  )

  const painted = computed<PaintedRow<Row>[]>(() => {
    const source = opts.source()
    return virtualizer.value.getVirtualItems().map((it) => ({ index: it.index, top: it.start, row: source.rowAt(it.index) }))
  })

  const totalHeight = computed(() => virtualizer.value.getTotalSize())
  const scrolling = computed(() => virtualizer.value.isScrolling)

  let lastWindow = { start: -1, end: -1 }
  // Whenever the painted rows are recomputed (scroll, new total, a window landed, the caller dropped
  // its cache after a sort) and one is missing, ask for the painted range: the caller de-duplicates.
  // Every move of the painted window (not a window landing) also lets the source read ahead of it.
  watch(
    painted,
    (list) => {
      if (list.length === 0) return
      const start = list[0]!.index
      const end = list[list.length - 1]!.index + 1
      if (list.some((p) => p.row === undefined)) opts.source().ensureRange(start, end)
      if (start !== lastWindow.start || end !== lastWindow.end) opts.source().prefetch?.(start, end)
      lastWindow = { start, end }
    },
    { immediate: true }
  )

  /** Rows that fit in the viewport below the header: the PageUp/PageDown step. */
  function pageRows(): number {
    const h = opts.scrollEl.value?.clientHeight ?? 640
    return Math.max(1, Math.floor((h - opts.headerHeight) / opts.rowHeight) - 1)
  }

  /** Scrolls the least distance that shows the cell fully, below the sticky header. */
  function scrollToCell(row: number, left: number, width: number, stickyLeft = 0): void {
    const el = opts.scrollEl.value
    if (!el) return
    const top = opts.headerHeight + row * opts.rowHeight
    if (top - opts.headerHeight < el.scrollTop) el.scrollTop = top - opts.headerHeight
    else if (top + opts.rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + opts.rowHeight - el.clientHeight
    if (left - stickyLeft < el.scrollLeft) el.scrollLeft = left - stickyLeft
    else if (left + width > el.scrollLeft + el.clientWidth) el.scrollLeft = Math.min(left, left + width - el.clientWidth)
  }

  return { virtualizer, painted, totalHeight, scrolling, pageRows, scrollToCell }
}
