// Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y anywhere on a grid screen undo/redo the session, except in
// text fields (their own typing undo wins) and when the grid already handled the key itself.
import { onBeforeUnmount, onMounted } from 'vue'

function inTextField(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false
  return t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT'
}

export function undoKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null
  const k = e.key.toLowerCase()
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo'
  if (k === 'y' && !e.shiftKey) return 'redo'
  return null
}

export function useUndoShortcuts(undo: () => unknown, redo: () => unknown): void {
  function onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || inTextField(e.target)) return
    const what = undoKey(e)
    if (!what) return
    e.preventDefault()
    void (what === 'undo' ? undo() : redo())
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
