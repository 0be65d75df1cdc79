// A grid kind (products, orders, …) wired end to end: windowed rows from the local copy through the
// query method, search/filters/sort re-querying, staged values overlaid, cell states, edits staged.
import { computed, onScopeDispose, reactive, ref, watch, type ComputedRef, type Ref } from 'vue'
import type { AnyGridQuery, ColumnTable } from '@shared/model/grid'
import type { CellEdit as SessionEdit, JsonValue, StageResult } from '@shared/model/session'
import { readOnlyReason } from '@shared/scope-notes'
import { onEvent } from '../api'
import { ENTITY_KINDS, fieldOf, overlayRow, type GridKind, type RowTypes } from '../components/grid-views/entity-kinds'
import { queryFilters, type FilterEntry } from '../components/grid-views/filters'
import type { CellEdit, CellState, CellStateFn, GridDataSource, RowKey, SortKey } from '../components/grid/types'
import { useConnectionStore } from '../stores/connection'
import { useGridSessionStore } from '../stores/grid-session'
import { useImportPreviewStore } from '../stores/import-preview'
import { onLocalCopyChange } from './useLocalCopyReads'
import { useRowCache } from './useRowCache'

/** What the shared grid frame (EntityGridView) needs of a grid; useEntityGrid returns more. */
export interface EntityGridHandle<Row> {
  spec: { kind: string; table: ColumnTable; noun: readonly [string, string] }
  storeId: ComputedRef<number | null>
  search: Ref<string>
  filters: Ref<FilterEntry[]>
  sort: Ref<SortKey[]>
  source: GridDataSource<Row>
  total: ComputedRef<number | null>
  error: ComputedRef<string | null>
  readOnly: ComputedRef<boolean>
  readOnlyReason: ComputedRef<string | undefined>
  cellState: CellStateFn
  onEdit(edits: CellEdit[]): Promise<unknown>
  undo(): Promise<void>
  redo(): Promise<void>
}

/** Typing in the search box re-queries after this pause, not on every key. */
const SEARCH_DEBOUNCE_MS = 200

export function useEntityGrid<K extends GridKind>(kind: K) {
  type Row = RowTypes[K]
  const spec = ENTITY_KINDS[kind]
  const connection = useConnectionStore()
  const session = useGridSessionStore()
  const storeId = computed(() => connection.currentId)

  const search = ref('')
  const filters = ref<FilterEntry[]>([])
  const sort = ref<SortKey[]>(spec.defaultSort.map((s) => ({ ...s })))
  const debouncedSearch = ref('')
  let timer: ReturnType<typeof setTimeout> | null = null
  watch(search, (text) => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => (debouncedSearch.value = text), SEARCH_DEBOUNCE_MS)
  })
  onScopeDispose(() => timer && clearTimeout(timer))

  /** The query without its window; also what a bulk operation selects ("all rows matching"). */
  const query = computed<Omit<AnyGridQuery, 'offset' | 'limit'>>(() => {
    const q: Omit<AnyGridQuery, 'offset' | 'limit'> = {}
    const s = debouncedSearch.value.trim()
    if (s) q.search = s
    const f = queryFilters(filters.value, spec.table)
    if (f.length) q.filters = f
    const keys = sort.value.filter((k) => spec.table[k.key] && spec.table[k.key]?.sortable !== false).map((k) => ({ field: k.key, dir: k.dir }))
    if (keys.length) q.sort = keys
    return q
  })

  // An import preview over this grid: by default only the rows the file changes.
  const importPreview = useImportPreviewStore()
  const preview = computed(() => importPreview.activeFor(storeId.value, kind))
  const within = computed(() => (preview.value && importPreview.onlyChanged ? preview.value.keys : undefined))

  const cache = useRowCache<Row>((offset, limit) => {
    const id = storeId.value
    if (id === null) return Promise.resolve({ total: 0, offset, rows: [] })
    return spec.fetch(id, { ...query.value, ...(within.value ? { within: within.value } : {}), offset, limit })
  })

  // Overlaid rows are cached per base row and staged map, so a painted row keeps its identity (and
  // does not re-render) until its data or its staged values change.
  const overlays = new WeakMap<object, { staged: unknown; row: Row }>()
  function withStaged(row: Row): Row {
    const staged = session.stagedFields(spec.resource, spec.rowKey(row))
    if (!staged) return withPreview(row)
    const hit = overlays.get(row)
    if (hit && hit.staged === staged) return withPreview(hit.row)
    const out = overlayRow(spec, row, staged)
    overlays.set(row, { staged, row: out })
    return withPreview(out)
  }

  // The preview layer shows a file's value where its change is accepted, the current one where rejected.
  /** The accepted file values on exactly this row (a variation's key is "productId/variationId"). */
  function previewValues(rowKey: RowKey): Map<string, JsonValue | null> | undefined {
    const ix = preview.value
    const idx = ix?.byKey.get(String(rowKey))
    if (!ix || !idx) return undefined
    const values = new Map<string, JsonValue | null>()
    const own = String(rowKey)
    for (const i of idx) {
      const c = ix.changes[i]
      const key = c && (c.variationId === undefined ? c.entityId : `${c.entityId}/${c.variationId}`)
      if (c && key === own && importPreview.cellOf(rowKey, c.field)?.accepted) values.set(c.field, c.after)
    }
    return values
  }
  const previewed = new WeakMap<object, { version: number; row: Row }>()
  function withPreview(row: Row): Row {
    if (!preview.value) return row
    const version = importPreview.version
    const hit = previewed.get(row as object)
    if (hit && hit.version === version) return hit.row
    const values = previewValues(spec.rowKey(row))
    const out = values ? overlayRow(spec, row, values) : row
    previewed.set(row as object, { version, row: out })
    return out
  }

  /** An import preview's change on this cell (any row of this grid, variation rows included). */
  function previewState(rowKey: RowKey, field: string): CellState['preview'] | undefined {
    const cell = preview.value ? importPreview.cellOf(rowKey, field) : undefined
    const c = cell && preview.value?.changes[cell.change]
    return cell && c ? { accepted: cell.accepted, before: c.before, after: c.after, fileRow: c.row } : undefined
  }

  const source: GridDataSource<Row> = reactive({
    get total() {
      return cache.total.value ?? 0
    },
    rowAt: (i: number) => {
      const row = cache.rowAt(i)
      return row === undefined ? undefined : withStaged(row)
    },
    ensureRange: (start: number, end: number) => void cache.ensureRange(start, end),
    prefetch: (start: number, end: number) => cache.prefetch(start, end),
    rowKey: (r: Row) => spec.rowKey(r)
  }) as GridDataSource<Row>

  // A new query re-reads; a new store or a finished sync re-reads through onLocalCopyChange, so a
  // store being opened asks for its first window once, not once per watcher.
  watch(
    () => JSON.stringify(query.value),
    () => void (storeId.value !== null && cache.reset(true))
  )
  watch([preview, () => importPreview.onlyChanged], () => void (storeId.value !== null && cache.reset(true)))
  watch(storeId, (id) => void session.open(id), { immediate: true })
  onLocalCopyChange(() => void cache.reset(true))
  // A finished push wrote Ecwid's answers into the local copy and settled the staged changes.
  const stopJobs = onEvent('jobProgress', (p) => {
    if (p.storeId !== storeId.value || (p.state !== 'done' && p.state !== 'failed' && p.state !== 'cancelled')) return
    void cache.reset(true)
    void session.refresh()
  })
  onScopeDispose(stopJobs)

  const store = computed(() => connection.current)
  const readOnlyText = computed(() => (store.value ? readOnlyReason(store.value.capabilities, spec.area) : null))
  const readOnly = computed(() => readOnlyText.value !== null)

  const cellState: CellStateFn = (rowKey: RowKey, columnKey: string) => {
    const field = fieldOf(spec, columnKey)
    const error = session.errorOf(spec.resource, rowKey, field)
    const staged = session.isStaged(spec.resource, rowKey, field)
    const p = previewState(rowKey, field)
    if (p) return { staged, error, preview: p }
    return error || staged ? { staged, error } : undefined
  }

  function toSession(columnKey: string, rowKey: RowKey, value: JsonValue): SessionEdit {
    const field = fieldOf(spec, columnKey)
    return { resource: spec.resource, entityId: rowKey, field, value }
  }

  /** Grid edits (typing, paste, fill, delete) → one staging step in the active session. */
  function onEdit(edits: CellEdit[]): Promise<StageResult | null> {
    // A row an import preview would create is the file's, not the session's: it is accepted or rejected, not edited.
    edits = edits.filter((e) => !(typeof e.rowKey === 'string' && e.rowKey.startsWith('preview:')))
    if (readOnly.value || edits.length === 0) return Promise.resolve(null)
    return session.stage(edits.map((e) => toSession(e.columnKey, e.rowKey, spec.toField ? spec.toField(e.columnKey, e.value) : e.value)))
  }

  /** Edits from side panels and dialogs (description, categories): session fields, not grid columns. */
  function stageFields(rowKey: RowKey, values: Record<string, JsonValue>): Promise<StageResult | null> {
    if (readOnly.value) return Promise.resolve(null)
    return session.stage(Object.entries(values).map(([field, value]) => ({ resource: spec.resource, entityId: rowKey, field, value })))
  }

  /** A loaded row (with staged values) by key, for detail panels. */
  function rowByKey(key: RowKey): Row | undefined {
    const row = cache.findLoaded((r) => spec.rowKey(r) === key)
    return row === undefined ? undefined : withStaged(row)
  }

  return {
    spec,
    storeId,
    store,
    search,
    filters,
    sort,
    query,
    source,
    total: computed(() => cache.total.value),
    loaded: computed(() => cache.total.value !== null),
    error: computed(() => cache.error.value ?? session.error),
    readOnly,
    readOnlyReason: computed(() => readOnlyText.value ?? undefined),
    cellState,
    onEdit,
    stageFields,
    undo: () => session.undo(),
    redo: () => session.redo(),
    rowByKey,
    /** The import preview over this grid, or null; its values and cell states for rows built elsewhere (variations). */
    preview,
    previewValues,
    previewState,
    reload: () => cache.reset(true),
    session
  }
}


/** The full grid object of a kind (what views hold). */
export type EntityGrid<K extends GridKind> = ReturnType<typeof useEntityGrid<K>>
