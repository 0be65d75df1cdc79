// Mouse selection on the grid: click, shift-click and drag to select a range, with the grid keeping
// keyboard focus; delegated from the scroll element so painted cells carry no listeners.
import { onBeforeUnmount, type Ref } from 'vue'
import type { CellPos } from '../components/grid/types'

export interface GridPointerContext {
  scrollEl: Ref<HTMLElement | null>
  headerHeight: number
  rowHeight: number
  select: (pos: CellPos, extend: boolean) => void
  inSelection: (pos: CellPos) => boolean
  /** Commits an open editor (by blurring it) before the selection moves. */
  finishEditing: () => void
  onDragEnd: () => void
}

/** The cell under a DOM node, from the data-row / data-col attributes DataGrid paints. */
export function cellAt(target: EventTarget | null): CellPos | null {
  if (!(target instanceof Element)) return null
  const cell = target.closest<HTMLElement>('[data-col]')
  const row = cell?.closest<HTMLElement>('[data-row]')
  if (!cell || !row) return null
  return { row: Number(row.dataset.row), col: Number(cell.dataset.col) }
}

export function useGridPointer(ctx: GridPointerContext) {
  let stop: (() => void) | null = null

  function pointAt(ev: MouseEvent): CellPos | null {
    const el = ctx.scrollEl.value
    if (!el) return null
    const rect = el.getBoundingClientRect()
    const top = rect.top + ctx.headerHeight
    // Dragging past an edge scrolls a little per mouse move and selects the edge row.
    let y = ev.clientY
    if (y > rect.bottom - 2) {
      el.scrollTop += Math.min(ctx.rowHeight * 3, y - rect.bottom + ctx.rowHeight)
      y = rect.bottom - 4
    } else if (y < top + 2) {
      el.scrollTop -= Math.min(ctx.rowHeight * 3, top - y + ctx.rowHeight)
      y = top + 4
    }
    const x = Math.min(Math.max(ev.clientX, rect.left + 2), rect.right - 4)
    return cellAt(document.elementFromPoint(x, y))
  }

  function onMouseDown(e: MouseEvent): void {
    const pos = cellAt(e.target)
    if (!pos) return
    ctx.finishEditing()
    // Keep focus on the grid (not on the cell text) and stop the browser's text selection.
    e.preventDefault()
    ctx.scrollEl.value?.focus({ preventScroll: true })
    if (e.button !== 0) {
      if (!ctx.inSelection(pos)) ctx.select(pos, false)
      return
    }
    ctx.select(pos, e.shiftKey)
    const move = (ev: MouseEvent): void => {
      const p = pointAt(ev)
      if (p) ctx.select(p, true)
    }
    const up = (): void => {
      stop?.()
      ctx.onDragEnd()
    }
    stop = () => {
      window.removeEventListener('mousemove', move)
      window.removeEventListener('mouseup', up)
      stop = null
    }
    window.addEventListener('mousemove', move)
    window.addEventListener('mouseup', up)
  }

  onBeforeUnmount(() => stop?.())
  return { onMouseDown }
}
