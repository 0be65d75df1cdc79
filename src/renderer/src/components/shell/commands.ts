// Every command the palette (Ctrl/Cmd+K) lists, with its shortcut. Commands other than navigation
// press the screen's own control (found by test id), so they run exactly what the button runs and
// are offered only where that control is shown and enabled.

export interface PaletteCommand {
  id: string
  title: string
  group: 'Go to' | 'Data' | 'Edit' | 'Products' | 'View'
  shortcut?: string
  /** A route to open, or a control on the current screen to press. */
  run: { route: string } | { press: string } | { key: { key: string; shift?: boolean } } | { focus: string }
}

export function paletteCommands(sections: readonly { path: string; title: string; shortcut: string }[], mac: boolean): PaletteCommand[] {
  const mod = mac ? '⌘' : 'Ctrl+'
  return [
    { id: 'go-stores', title: 'Stores', group: 'Go to', run: { route: '/stores' } },
    ...sections.map((s): PaletteCommand => ({ id: `go-${s.path.slice(1)}`, title: s.title, group: 'Go to', shortcut: `${mod}${s.shortcut}`, run: { route: s.path } })),
    { id: 'find', title: 'Find in this screen', group: 'Edit', shortcut: `${mod}F`, run: { focus: 'grid-search' } },
    { id: 'sync', title: 'Sync now', group: 'Data', run: { press: 'sync-now' } },
    { id: 'review', title: 'Review staged changes', group: 'Data', run: { press: 'staged-bar-review' } },
    { id: 'push', title: 'Push staged changes', group: 'Data', run: { press: 'staged-bar-push' } },
    { id: 'export', title: 'Import / export CSV', group: 'Data', run: { route: '/import-export' } },
    { id: 'bulk', title: 'Bulk edit…', group: 'Edit', shortcut: `${mod}B`, run: { press: 'bulk-edit' } },
    { id: 'product-options', title: 'Product options…', group: 'Products', run: { press: 'product-options' } },
    { id: 'product-new', title: 'New product', group: 'Products', run: { press: 'product-new' } },
    { id: 'product-duplicate', title: 'Duplicate the selected products', group: 'Products', shortcut: mac ? '⇧⌘D' : 'Ctrl+Shift+D', run: { press: 'product-duplicate' } },
    { id: 'product-delete', title: 'Delete the selected products…', group: 'Products', shortcut: `${mod}Delete`, run: { press: 'product-delete' } },
    { id: 'undo', title: 'Undo', group: 'Edit', shortcut: `${mod}Z`, run: { key: { key: 'z' } } },
    { id: 'redo', title: 'Redo', group: 'Edit', shortcut: mac ? '⇧⌘Z' : 'Ctrl+Y', run: { key: { key: 'z', shift: true } } },
    { id: 'sidebar', title: 'Collapse / expand the sidebar', group: 'View', run: { press: 'sidebar-toggle' } },
    { id: 'details', title: 'Show / hide the details panel', group: 'View', run: { press: 'toggle-detail' } }
  ]
}

/** Commands whose title (or group) holds every typed word, in list order. */
export function filterCommands(all: readonly PaletteCommand[], query: string): PaletteCommand[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...all]
  return all.filter((c) => {
    const hay = `${c.group} ${c.title}`.toLocaleLowerCase()
    return words.every((w) => hay.includes(w))
  })
}
