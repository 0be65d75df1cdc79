// Filter bar state: one entry per column filter, each switchable on/off without losing its values,
// turned into the query's typed filters only when complete. Pure; unit-tested.
import type { ColumnSpec, ColumnTable, GridFilter } from '@shared/model/grid'

export interface FilterEntry {
  /** Stable id so the bar keeps focus in the right editor while entries change. */
  id: string
  enabled: boolean
  filter: GridFilter
}

let seq = 0
const nextId = (): string => `f${Date.now().toString(36)}${(seq++).toString(36)}`

/** A new, empty filter fitting the column's kind (a range, a set, yes/no or text). */
export function newFilter(field: string, spec: ColumnSpec): FilterEntry {
  const base = { id: nextId(), enabled: true }
  switch (spec.kind) {
    case 'text':
      return { ...base, filter: { field, kind: 'text', op: 'contains', value: '' } }
    case 'number':
      return { ...base, filter: { field, kind: 'number' } }
    case 'date':
      return { ...base, filter: { field, kind: 'date' } }
    case 'enum':
      return { ...base, filter: { field, kind: 'enum', values: [] } }
    case 'boolean':
      return { ...base, filter: { field, kind: 'boolean', value: true } }
  }
}

/** A filter that would match everything (no bound, no value) is left out of the query. */
export function isComplete(f: GridFilter): boolean {
  switch (f.kind) {
    case 'text':
      return f.value.trim() !== ''
    case 'number':
      return isNum(f.min) || isNum(f.max)
    case 'date':
      return isNum(f.from) || isNum(f.to)
    case 'enum':
      // An empty set matches nothing on the server: treat "nothing ticked yet" as "no filter".
      return f.values.length > 0
    case 'boolean':
      return true
  }
}

const isNum = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n)

/** The filters the query gets: enabled, complete, for columns the table knows, trimmed text. */
export function queryFilters(entries: readonly FilterEntry[], table: ColumnTable): GridFilter[] {
  return entries
    .filter((e) => e.enabled && isComplete(e.filter) && table[e.filter.field]?.kind === e.filter.kind)
    .map((e) => {
      const f = e.filter
      if (f.kind === 'text') return { ...f, value: f.value.trim() }
      if (f.kind === 'number') return { field: f.field, kind: 'number', ...(isNum(f.min) ? { min: f.min } : {}), ...(isNum(f.max) ? { max: f.max } : {}) }
      if (f.kind === 'date') return { field: f.field, kind: 'date', ...(isNum(f.from) ? { from: f.from } : {}), ...(isNum(f.to) ? { to: f.to } : {}) }
      return { ...f }
    })
}

/** Short text for a chip: "Price 10–50", "Enabled: yes", "Status: paid, refunded". */
export function describeFilter(f: GridFilter, title: string, label: (field: string, value: string) => string = (_f, v) => v, fmt: (field: string, n: number) => string = (_f, n) => String(n)): string {
  switch (f.kind) {
    case 'text':
      return f.value.trim() === '' ? title : `${title} ${f.op === 'equals' ? '=' : '∋'} “${f.value.trim()}”`
    case 'number':
    case 'date': {
      const lo = f.kind === 'number' ? f.min : f.from
      const hi = f.kind === 'number' ? f.max : f.to
      if (!isNum(lo) && !isNum(hi)) return title
      if (isNum(lo) && isNum(hi)) return `${title} ${fmt(f.field, lo)} – ${fmt(f.field, hi)}`
      return isNum(lo) ? `${title} ≥ ${fmt(f.field, lo)}` : `${title} ≤ ${fmt(f.field, hi as number)}`
    }
    case 'enum':
      return f.values.length === 0 ? title : `${title}: ${f.values.map((v) => label(f.field, v)).join(', ')}`
    case 'boolean':
      return `${title}: ${f.value ? 'yes' : 'no'}`
  }
}

/** Drops saved entries that no longer fit the grid's columns (a renamed column, an old saved view). */
export function sanitizeEntries(raw: unknown, table: ColumnTable): FilterEntry[] {
  if (!Array.isArray(raw)) return []
  const out: FilterEntry[] = []
  for (const r of raw) {
    if (typeof r !== 'object' || r === null) continue
    const e = r as Partial<FilterEntry>
    const f = e.filter as GridFilter | undefined
    if (!f || typeof f.field !== 'string' || table[f.field]?.kind !== f.kind || !wellFormed(f)) continue
    out.push({ id: typeof e.id === 'string' ? e.id : nextId(), enabled: e.enabled !== false, filter: f })
  }
  return out
}

const optNum = (n: unknown): boolean => n === undefined || (typeof n === 'number' && Number.isFinite(n))

/** Shape check of a filter read back from storage (the main process validates again). */
function wellFormed(f: GridFilter): boolean {
  switch (f.kind) {
    case 'text':
      return typeof f.value === 'string' && (f.op === 'contains' || f.op === 'equals')
    case 'number':
      return optNum(f.min) && optNum(f.max)
    case 'date':
      return optNum(f.from) && optNum(f.to)
    case 'enum':
      return Array.isArray(f.values) && f.values.every((v) => typeof v === 'string')
    case 'boolean':
      return typeof f.value === 'boolean'
    default:
      return false
  }
}
