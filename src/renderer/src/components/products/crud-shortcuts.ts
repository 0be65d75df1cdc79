// Keyboard shortcuts of Duplicate (Ctrl+Shift+D) and Delete (Ctrl+Delete) in the Products grid:
// only while focus is in the grid, so text fields keep their own keys.
export interface CrudActions {
  duplicate(): Promise<void>
  askDelete(): Promise<void>
}

/** Runs the action a key asks for; answers whether it took the key. */
export function crudShortcut(e: KeyboardEvent, actions: CrudActions | null): boolean {
  if (!actions || !(e.ctrlKey || e.metaKey) || e.altKey) return false
  if (!(e.target instanceof Element) || !e.target.closest('[data-testid="view-products"] [role=grid]')) return false
  const dup = e.shiftKey && e.key.toLowerCase() === 'd'
  const del = !e.shiftKey && e.key === 'Delete'
  if (!dup && !del) return false
  e.preventDefault()
  void (dup ? actions.duplicate() : actions.askDelete())
  return true
}
