// Column widths the user drags in the header: local overrides on top of the caller's widths, with
// the final width reported once on release so a view can save it (saved views).
import { computed, reactive, type ComputedRef } from 'vue'

export const MIN_COLUMN_WIDTH = 40

export function useColumnResize(columns: () => readonly { key: string; width: number }[], onResized: (key: string, width: number) => void) {
  const overrides = reactive(new Map<string, number>())

  const widths: ComputedRef<number[]> = computed(() => columns().map((c) => overrides.get(c.key) ?? c.width))
  /** Left edge of each column and, last, the total width. */
  const lefts = computed(() => {
    const out = [0]
    for (const w of widths.value) out.push(out[out.length - 1]! + w)
    return out
  })

  function startResize(key: string, e: PointerEvent): void {
    const col = columns().find((c) => c.key === key)
    if (!col) return
    e.preventDefault()
    e.stopPropagation()
    const startX = e.clientX
    const startWidth = overrides.get(key) ?? col.width
    const move = (ev: PointerEvent): void => {
      overrides.set(key, Math.max(MIN_COLUMN_WIDTH, Math.round(startWidth + ev.clientX - startX)))
    }
    const up = (): void => {
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', up)
      window.removeEventListener('pointercancel', up)
      const w = overrides.get(key)
      if (w !== undefined && w !== startWidth) onResized(key, w)
    }
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', up)
    window.addEventListener('pointercancel', up)
  }

  return { widths, lefts, startResize, overrides }
}
