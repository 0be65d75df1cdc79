// Saved views per store and grid (name → visible columns, sort, filters) and the last state of each
// grid, kept in localStorage: a merchant's layout survives restarts. No data rows are ever stored.
import { ref, watch, type Ref } from 'vue'
import type { ColumnTable } from '@shared/model/grid'
import { sanitizeEntries, type FilterEntry } from '../components/grid-views/filters'
import type { SortKey } from '../components/grid/types'

export interface ViewState {
  /** Visible column keys in order; null = all. */
  columns: string[] | null
  sort: SortKey[]
  filters: FilterEntry[]
}

export interface SavedView extends ViewState {
  name: string
}

interface Stored {
  views: SavedView[]
  last?: ViewState
}

const MAX_VIEWS = 50
const keyFor = (storeId: number, grid: string): string => `stockroom.gridViews.${storeId}.${grid}`

function readState(raw: unknown, table: ColumnTable, knownColumns: ReadonlySet<string>): ViewState | null {
  if (typeof raw !== 'object' || raw === null) return null
  const r = raw as Partial<ViewState>
  const columns = Array.isArray(r.columns) ? r.columns.filter((c): c is string => typeof c === 'string' && knownColumns.has(c)) : null
  const sort = Array.isArray(r.sort)
    ? r.sort.filter((s): s is SortKey => typeof s === 'object' && s !== null && knownColumns.has(s.key) && (s.dir === 'asc' || s.dir === 'desc'))
    : []
  return { columns: columns && columns.length > 0 ? columns : null, sort, filters: sanitizeEntries(r.filters, table) }
}

function load(key: string, table: ColumnTable, known: ReadonlySet<string>): Stored {
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? 'null') as { views?: unknown; last?: unknown } | null
    const views = Array.isArray(raw?.views)
      ? raw.views.flatMap((v: unknown) => {
          const name = typeof v === 'object' && v !== null ? (v as { name?: unknown }).name : null
          const state = readState(v, table, known)
          return typeof name === 'string' && name.trim() && state ? [{ name: name.trim().slice(0, 80), ...state }] : []
        })
      : []
    const last = readState(raw?.last, table, known) ?? undefined
    return { views, last }
  } catch {
    // A damaged entry (edited by hand, older format) is dropped rather than breaking the grid.
    return { views: [] }
  }
}

export function useSavedViews(grid: string, storeId: Ref<number | null>, table: ColumnTable, columnKeys: readonly string[], state: { columns: Ref<string[] | null>; sort: Ref<SortKey[]>; filters: Ref<FilterEntry[]> }) {
  const known = new Set(columnKeys)
  const views = ref<SavedView[]>([])
  const current = ref<string | null>(null)
  let restoring = false

  const snapshot = (): ViewState => ({
    columns: state.columns.value ? [...state.columns.value] : null,
    sort: state.sort.value.map((s) => ({ ...s })),
    filters: JSON.parse(JSON.stringify(state.filters.value)) as FilterEntry[]
  })

  function persist(): void {
    const id = storeId.value
    if (id === null) return
    try {
      localStorage.setItem(keyFor(id, grid), JSON.stringify({ views: views.value, last: snapshot() } satisfies Stored))
    } catch {
      // Storage full or unavailable: the views still work for this run.
    }
  }

  function applyState(s: ViewState): void {
    restoring = true
    state.columns.value = s.columns ? [...s.columns] : null
    if (s.sort.length) state.sort.value = s.sort.map((k) => ({ ...k }))
    state.filters.value = s.filters.map((f) => ({ ...f, filter: { ...f.filter } }))
    restoring = false
  }

  watch(
    storeId,
    (id) => {
      if (id === null) return
      const stored = load(keyFor(id, grid), table, known)
      views.value = stored.views
      current.value = null
      if (stored.last) applyState(stored.last)
    },
    { immediate: true }
  )
  watch([state.columns, state.sort, state.filters], () => {
    if (restoring) return
    persist()
  }, { deep: true })

  /** Saves the grid's current layout under a name (replacing a view of the same name). */
  function save(name: string): void {
    const n = name.trim().slice(0, 80)
    if (!n) return
    const rest = views.value.filter((v) => v.name.toLowerCase() !== n.toLowerCase())
    views.value = [...rest, { name: n, ...snapshot() }].slice(-MAX_VIEWS)
    current.value = n
    persist()
  }

  function apply(name: string): void {
    const v = views.value.find((x) => x.name === name)
    if (!v) return
    applyState(v)
    current.value = v.name
    persist()
  }

  function remove(name: string): void {
    views.value = views.value.filter((v) => v.name !== name)
    if (current.value === name) current.value = null
    persist()
  }

  return { views, current, save, apply, remove }
}
