// A grid's user layout — column order, widths and how many leading columns are frozen — as pure
// functions plus its localStorage form. Stored per layout key (a view names its grid and store).
export interface GridLayout {
  /** Column keys in the user's order; columns not listed keep their natural place after these. */
  order: string[]
  widths: Record<string, number>
  /** How many of the leading shown columns stay put when the grid scrolls right. */
  frozen: number
}

export const EMPTY_LAYOUT: GridLayout = { order: [], widths: {}, frozen: 0 }
const PREFIX = 'stockroom.gridLayout.'

/** Keys in the layout's order: known ordered keys first, the rest in their given order after. */
export function orderKeys(keys: readonly string[], order: readonly string[]): string[] {
  const present = new Set(keys)
  const ordered = order.filter((k) => present.has(k))
  const placed = new Set(ordered)
  return [...ordered, ...keys.filter((k) => !placed.has(k))]
}

/** The order after dragging `key` onto `target` (it takes the target's place). */
export function moveKey(keys: readonly string[], key: string, target: string): string[] {
  const from = keys.indexOf(key)
  const to = keys.indexOf(target)
  if (from < 0 || to < 0 || from === to) return [...keys]
  const out = keys.filter((k) => k !== key)
  out.splice(to, 0, key)
  return out
}

/** Never freeze every column: the grid must keep something to scroll. */
export function clampFrozen(frozen: number, columns: number): number {
  return Math.max(0, Math.min(Math.floor(frozen), columns - 1))
}

/** Width that shows the widest measured content, within sane bounds. */
export function fitWidth(contentWidths: readonly number[], min = 40, max = 600): number {
  const widest = contentWidths.reduce((w, x) => Math.max(w, x), 0)
  return Math.max(min, Math.min(max, Math.ceil(widest)))
}

export function readLayout(raw: unknown): GridLayout {
  if (typeof raw !== 'object' || raw === null) return { ...EMPTY_LAYOUT, widths: {} }
  const r = raw as Partial<Record<keyof GridLayout, unknown>>
  const order = Array.isArray(r.order) ? r.order.filter((k): k is string => typeof k === 'string') : []
  const widths: Record<string, number> = {}
  if (typeof r.widths === 'object' && r.widths !== null) {
    for (const [k, v] of Object.entries(r.widths)) if (typeof v === 'number' && Number.isFinite(v) && v >= 20 && v <= 2000) widths[k] = Math.round(v)
  }
  const frozen = typeof r.frozen === 'number' && Number.isFinite(r.frozen) ? Math.max(0, Math.floor(r.frozen)) : 0
  return { order, widths, frozen }
}

export function loadLayout(key: string | undefined): GridLayout {
  if (!key) return readLayout(null)
  try {
    return readLayout(JSON.parse(localStorage.getItem(PREFIX + key) ?? 'null'))
  } catch {
    // A damaged entry is dropped rather than breaking the grid.
    return readLayout(null)
  }
}

export function saveLayout(key: string | undefined, layout: GridLayout): void {
  if (!key) return
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(layout))
  } catch {
    // Storage full or unavailable: the layout still holds for this run.
  }
}
