// Width of a side panel dragged by its left edge (or set with the arrow keys on its handle), kept
// within bounds and remembered per key, so the grid beside it gets what the merchant gives it.
import { ref, type Ref } from 'vue'

export const PANEL_MIN = 220
export const PANEL_MAX = 720
export const PANEL_DEFAULT = 240

export function clampWidth(w: number): number {
  return Math.round(Math.min(PANEL_MAX, Math.max(PANEL_MIN, w)))
}

export function usePanelWidth(key: string): { width: Ref<number>; startDrag: (e: PointerEvent) => void; onKey: (e: KeyboardEvent) => void } {
  const saved = Number(localStorage.getItem(key))
  const width = ref(Number.isFinite(saved) && saved > 0 ? clampWidth(saved) : PANEL_DEFAULT)
  const save = (): void => localStorage.setItem(key, String(width.value))

  function startDrag(e: PointerEvent): void {
    e.preventDefault()
    const x0 = e.clientX
    const w0 = width.value
    const move = (m: PointerEvent): void => void (width.value = clampWidth(w0 + (x0 - m.clientX)))
    const up = (): void => {
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', up)
      save()
    }
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', up)
  }

  /** The handle is a focusable separator: arrows widen / narrow the panel by 20 px. */
  function onKey(e: KeyboardEvent): void {
    const step = e.key === 'ArrowLeft' ? 20 : e.key === 'ArrowRight' ? -20 : 0
    if (!step) return
    e.preventDefault()
    width.value = clampWidth(width.value + step)
    save()
  }
  return { width, startDrag, onKey }
}
