// Header-click sort rules: a click sorts by that column alone (asc -> desc -> none); shift-click
// adds the column to a multi-sort or cycles it in place. Pure; the caller re-queries main.
import type { SortKey } from './types'

export function nextSort(current: readonly SortKey[], key: string, additive: boolean): SortKey[] {
  const existing = current.find((s) => s.key === key)
  const next: SortKey | null = !existing ? { key, dir: 'asc' } : existing.dir === 'asc' ? { key, dir: 'desc' } : null
  if (!additive) return next ? [next] : []
  if (!existing) return [...current, { key, dir: 'asc' }]
  return next ? current.map((s) => (s.key === key ? next : s)) : current.filter((s) => s.key !== key)
}

export function sortIndex(current: readonly SortKey[], key: string): { dir: SortKey['dir']; order: number } | null {
  const i = current.findIndex((s) => s.key === key)
  return i < 0 ? null : { dir: current[i]!.dir, order: i + 1 }
}

// Locale-aware natural order for text, as a merchant reads a list: "Bob Çelik" before "Bob Tanaka",
// "#5" before "#40". Case and accents differ only when nothing else does.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
export const naturalCompare = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
