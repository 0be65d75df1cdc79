// Opens the grid's context menu (right-click, Shift+F10, the ContextMenu key) on the selection or a
// header and runs the chosen item through the grid's existing actions: the menu adds no edit path.
import { computed, ref } from 'vue'
import { cellMenu, headerMenu, type MenuAction, type MenuItem } from './grid-menu'

export interface GridMenuContext {
  mac: boolean
  readOnly: () => boolean
  selectedRows: () => number
  canBulkEdit: () => boolean
  columnCount: () => number
  frozen: () => number
  sortable: (col: number) => boolean
  copyText: () => string | null
  afterCut: () => void
  paste: (text: string) => void
  fill: () => void
  clear: () => void
  bulkEdit: () => void
  sort: (col: number, dir: 'asc' | 'desc') => void
  setFrozen: (n: number) => void
  fit: (col: number) => void
  notify: (text: string) => void
  focusGrid: () => void
}

export interface OpenMenu {
  x: number
  y: number
  /** Header column, or null for the cell selection. */
  col: number | null
}

export function useGridMenu(ctx: GridMenuContext) {
  const open = ref<OpenMenu | null>(null)
  const items = computed<MenuItem[]>(() => {
    const m = open.value
    if (!m) return []
    if (m.col !== null) return headerMenu({ sortable: ctx.sortable(m.col), index: m.col, frozen: ctx.frozen(), columns: ctx.columnCount() })
    return cellMenu({ mac: ctx.mac, readOnly: ctx.readOnly(), rows: ctx.selectedRows(), canBulkEdit: ctx.canBulkEdit() })
  })

  function show(x: number, y: number, col: number | null): void {
    open.value = { x, y, col }
  }
  function close(): void {
    open.value = null
    ctx.focusGrid()
  }

  async function copy(cut: boolean): Promise<void> {
    const text = ctx.copyText()
    if (text === null) return
    try {
      await navigator.clipboard.writeText(text)
      if (cut) ctx.afterCut()
    } catch {
      ctx.notify(`The clipboard refused the copy; use ${ctx.mac ? '⌘C' : 'Ctrl+C'} instead.`)
    }
  }
  async function paste(): Promise<void> {
    try {
      ctx.paste(await navigator.clipboard.readText())
    } catch {
      ctx.notify(`The clipboard could not be read here; use ${ctx.mac ? '⌘V' : 'Ctrl+V'} instead.`)
    }
  }

  function run(action: MenuAction): void {
    const col = open.value?.col ?? null
    close()
    switch (action) {
      case 'copy':
      case 'cut':
        void copy(action === 'cut')
        return
      case 'paste':
        void paste()
        return
      case 'fillDown':
        return ctx.fill()
      case 'clear':
        return ctx.clear()
      case 'bulkEdit':
        return ctx.bulkEdit()
      case 'sortAsc':
      case 'sortDesc':
        if (col !== null) ctx.sort(col, action === 'sortAsc' ? 'asc' : 'desc')
        return
      case 'freeze':
        if (col !== null) ctx.setFrozen(col + 1)
        return
      case 'unfreeze':
        return ctx.setFrozen(0)
      case 'fit':
        if (col !== null) ctx.fit(col)
        return
    }
  }

  return { open, items, show, close, run }
}
