// The grid's header tools (fit width, reorder) and its context menu, wired to the grid's own
// actions, sort and layout so the menu adds no second edit path.
import type { Ref } from 'vue'
import { fitWidth } from './layout'
import { measureColumn } from './measure'
import type { GridColumn, SortKey } from './types'
import type { useGridLayout } from './useGridLayout'
import { useGridMenu } from './useGridMenu'

export interface GridToolsContext<Row> {
  scrollEl: Ref<HTMLElement | null>
  columns: () => readonly GridColumn<Row>[]
  frozen: () => number
  layout: ReturnType<typeof useGridLayout>
  setWidth: (key: string, width: number) => void
  mac: boolean
  rowHeight: number
  readOnly: () => boolean
  selectedRows: () => number
  /** The caller's bulk edit, when it offers one. */
  bulkEdit: () => (() => void) | undefined
  actions: { copyText: () => string | null; clear: () => void; paste: (text: string) => void; fill: () => void; notify: (text: string) => void }
  applySort: (sort: SortKey[]) => void
  finishEditing: () => void
  focusGrid: () => void
  activeCell: () => HTMLElement | null
}

export function useGridTools<Row>(ctx: GridToolsContext<Row>) {
  const indexOf = (key: string | undefined): number => ctx.columns().findIndex((c) => c.key === key)

  function fit(c: number): void {
    const col = ctx.columns()[c]
    const root = ctx.scrollEl.value
    if (col && root) ctx.setWidth(col.key, fitWidth(measureColumn(root, c, col.key)))
  }

  const menu = useGridMenu({
    mac: ctx.mac,
    readOnly: ctx.readOnly,
    selectedRows: ctx.selectedRows,
    canBulkEdit: () => ctx.bulkEdit() !== undefined,
    columnCount: () => ctx.columns().length,
    frozen: ctx.frozen,
    sortable: (c) => ctx.columns()[c]?.sortable !== false,
    copyText: ctx.actions.copyText,
    afterCut: ctx.actions.clear,
    paste: ctx.actions.paste,
    fill: ctx.actions.fill,
    clear: ctx.actions.clear,
    bulkEdit: () => ctx.bulkEdit()?.(),
    sort: (c, dir) => {
      const key = ctx.columns()[c]?.key
      if (key) ctx.applySort([{ key, dir }])
    },
    setFrozen: (n) => ctx.layout.setFrozen(n),
    fit,
    notify: ctx.actions.notify,
    focusGrid: ctx.focusGrid
  })

  function onContextMenu(e: MouseEvent): void {
    const target = e.target instanceof Element ? e.target : null
    const head = target?.closest<HTMLElement>('.dg-head') ?? null
    if (!head && !target?.closest('[data-col]')) return
    e.preventDefault()
    ctx.finishEditing()
    menu.show(e.clientX, e.clientY, head ? indexOf(head.dataset.key) : null)
  }

  /** Shift+F10 / the ContextMenu key: the menu opens under the active cell. */
  function openCellMenuAtFocus(): void {
    const box = (ctx.activeCell() ?? ctx.scrollEl.value)?.getBoundingClientRect()
    if (box) menu.show(box.left + 8, box.top + Math.min(box.height, ctx.rowHeight), null)
  }

  return {
    menu,
    onContextMenu,
    openCellMenuAtFocus,
    fitKey: (key: string) => fit(indexOf(key)),
    onReorder: (key: string, target: string) => ctx.layout.move(ctx.columns().map((c) => c.key), key, target)
  }
}
