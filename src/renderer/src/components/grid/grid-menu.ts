// What the grid's context menu offers on cells and on headers, with the shortcut each item also has.
// Pure: DataGrid runs the chosen item through the same actions as the keyboard and clipboard.

export type MenuAction = 'copy' | 'cut' | 'paste' | 'fillDown' | 'clear' | 'bulkEdit' | 'sortAsc' | 'sortDesc' | 'freeze' | 'unfreeze' | 'fit'

export interface MenuItem {
  action: MenuAction
  label: string
  shortcut?: string
  disabled?: boolean
}

export interface CellMenuContext {
  mac: boolean
  readOnly: boolean
  rows: number
  canBulkEdit: boolean
}

const mod = (mac: boolean, key: string): string => (mac ? `⌘${key}` : `Ctrl+${key}`)

export function cellMenu(ctx: CellMenuContext): MenuItem[] {
  const ro = ctx.readOnly
  const items: MenuItem[] = [
    { action: 'copy', label: 'Copy', shortcut: mod(ctx.mac, 'C') },
    { action: 'cut', label: 'Cut', shortcut: mod(ctx.mac, 'X'), disabled: ro },
    { action: 'paste', label: 'Paste', shortcut: mod(ctx.mac, 'V'), disabled: ro },
    { action: 'fillDown', label: 'Fill down', shortcut: mod(ctx.mac, 'D'), disabled: ro || ctx.rows < 2 },
    { action: 'clear', label: 'Clear', shortcut: 'Delete', disabled: ro }
  ]
  if (ctx.canBulkEdit) {
    const n = ctx.rows
    items.push({ action: 'bulkEdit', label: `Bulk edit ${n.toLocaleString()} row${n === 1 ? '' : 's'}…`, shortcut: mod(ctx.mac, 'B'), disabled: ro })
  }
  return items
}

export function headerMenu(opts: { sortable: boolean; index: number; frozen: number; columns: number }): MenuItem[] {
  const items: MenuItem[] = []
  if (opts.sortable) items.push({ action: 'sortAsc', label: 'Sort A → Z' }, { action: 'sortDesc', label: 'Sort Z → A' })
  // Freezing the last column would leave nothing to scroll.
  if (opts.index < opts.columns - 1) items.push({ action: 'freeze', label: 'Freeze up to here' })
  if (opts.frozen > 0) items.push({ action: 'unfreeze', label: 'Unfreeze columns' })
  items.push({ action: 'fit', label: 'Fit width to content' })
  return items
}

/** Next enabled item index from `from` going `step` (wraps); -1 when none is enabled. */
export function nextEnabled(items: readonly MenuItem[], from: number, step: 1 | -1): number {
  const n = items.length
  for (let i = 1; i <= n; i++) {
    const j = (((from + step * i) % n) + n) % n
    if (!items[j]?.disabled) return j
  }
  return -1
}

/** Shift+F10 and the ContextMenu key open the menu from the keyboard, as in every desktop app. */
export function opensMenu(e: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  if (e.key === 'ContextMenu') return true
  return e.key === 'F10' && e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey
}
