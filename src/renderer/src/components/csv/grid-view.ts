// "The grid's current view" for an export: the last state each grid keeps per store (visible columns,
// sort, filters; see composables/useSavedViews.ts), turned into a CsvGridView. Tolerant: bad -> none.
import type { CsvGridView, CsvResourceName } from '@shared/model/csv'
import { GRID_COLUMNS } from '@shared/model/grid'
import { queryFilters, sanitizeEntries } from '../grid-views/filters'

export function lastGridView(storeId: number, resource: CsvResourceName): CsvGridView | undefined {
  try {
    const raw = JSON.parse(localStorage.getItem(`stockroom.gridViews.${storeId}.${resource}`) ?? 'null') as { last?: Record<string, unknown> } | null
    const last = raw?.last
    if (!last || typeof last !== 'object') return undefined
    const table = GRID_COLUMNS[resource]
    const known = (k: unknown): k is string => typeof k === 'string' && k in table
    const columns = Array.isArray(last.columns) ? last.columns.filter(known) : []
    const sort = (Array.isArray(last.sort) ? last.sort : [])
      .filter((s): s is { key: string; dir: 'asc' | 'desc' } => typeof s === 'object' && s !== null && known((s as { key?: unknown }).key) && ['asc', 'desc'].includes((s as { dir?: string }).dir ?? ''))
      .slice(0, 4)
      .map((s) => ({ field: s.key, dir: s.dir }))
    const filters = queryFilters(sanitizeEntries(last.filters, table), table).slice(0, 20)
    const view: CsvGridView = {}
    if (columns.length > 0) view.columns = columns
    if (sort.length > 0) view.sort = sort
    if (filters.length > 0) view.filters = filters
    return view
  } catch {
    return undefined
  }
}
