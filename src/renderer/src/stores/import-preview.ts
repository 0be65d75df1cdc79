// The import preview layer: a checked CSV file opened over its resource's grid. Holds every planned
// change with a reject bit each (accept/reject per cell, row, column, rule or what the grid shows) and
// stages the accepted ones through importCsv, the path the CLI's `import` takes too. Nothing is
// written until then; closing the layer drops it.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { CsvImportPreview, CsvImportResult, CsvReadRequest, CsvRejectRule } from '@shared/model/csv'
import type { EntityId, SelectionQuery } from '@shared/model/session'
import { api } from '../api'
import { tracked } from '../composables/useErrorText'
import {
  buildIndex, cellKey, countRejected, exclusionOf, rejectByRule, setRejected, toggleAll, type PreviewIndex
} from '../components/import-preview/preview-index'

/** A session name the store does not use yet: "Import prices.csv", then "… (2)". */
async function freeName(storeId: number, base: string): Promise<string> {
  const taken = new Set((await api.listSessions(storeId)).map((s) => s.name.toLowerCase()))
  let name = base.slice(0, 100)
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 90)} (${n})`
  return name
}

export const useImportPreviewStore = defineStore('importPreview', () => {
  const preview = shallowRef<CsvImportPreview | null>(null)
  const index = shallowRef<PreviewIndex | null>(null)
  const storeId = ref<number | null>(null)
  const request = shallowRef<CsvReadRequest | null>(null)
  const fileName = ref('')
  /** One byte per change: 1 = rejected. Not reactive itself; `version` is bumped on every change. */
  let bits = new Uint8Array(0)
  const version = ref(0)
  /** The grid shows only the rows the file changes (the default), or every row with them highlighted. */
  const onlyChanged = ref(true)
  const busy = ref(false)
  const error = ref<string | null>(null)
  const result = shallowRef<CsvImportResult | null>(null)
  /** The grid whose preview was staged last (its "staged" notice). */
  const doneResource = ref<string | null>(null)

  const bump = (): void => void version.value++
  const total = computed(() => preview.value?.changes.length ?? 0)
  const rejected = computed(() => (version.value, countRejected(bits)))
  const accepted = computed(() => total.value - rejected.value)

  /** Per field: its changes and how many are accepted, most changes first (the column chips). */
  const fields = computed(() => {
    void version.value
    const ix = index.value
    if (!ix || !preview.value) return []
    return preview.value.fieldCounts.map((f) => {
      const idx = ix.byField.get(f.field) ?? []
      return { field: f.field, changes: idx.length, accepted: idx.filter((i) => bits[i] === 0).length }
    })
  })

  async function open(id: number, req: CsvReadRequest, name: string): Promise<CsvImportPreview> {
    const p = await api.previewCsvImport(id, req)
    preview.value = p
    index.value = buildIndex(p.changes, p.resource !== 'orders')
    bits = new Uint8Array(p.changes.length)
    storeId.value = id
    request.value = req
    fileName.value = name
    onlyChanged.value = true
    result.value = null
    error.value = null
    bump()
    return p
  }

  function close(): void {
    preview.value = null
    index.value = null
    bits = new Uint8Array(0)
    request.value = null
    bump()
  }

  /** The preview over this store's grid of this resource, or null. */
  function activeFor(id: number | null, resource: string): PreviewIndex | null {
    return id !== null && id === storeId.value && preview.value?.resource === resource ? index.value : null
  }

  /** The change on this grid cell and whether it is accepted, or undefined. */
  function cellOf(rowKey: EntityId, field: string): { change: number; accepted: boolean } | undefined {
    void version.value
    const i = index.value?.byCell.get(cellKey(rowKey, field))
    return i === undefined ? undefined : { change: i, accepted: bits[i] === 0 }
  }

  /** Space over cells: their changes flip together (all rejected → accepted, else rejected). */
  function toggleCells(cells: readonly { rowKey: EntityId; field: string }[]): void {
    const ix = index.value
    if (!ix) return
    const idx = cells.map((c) => ix.byCell.get(cellKey(c.rowKey, c.field))).filter((i): i is number => i !== undefined)
    if (idx.length === 0) return
    toggleAll(bits, idx)
    bump()
  }

  /** Shift+Space over rows: every change of those rows (a product's include its variations'). */
  function toggleRows(keys: readonly EntityId[]): void {
    const ix = index.value
    if (!ix) return
    const idx = keys.flatMap((k) => ix.byKey.get(String(k)) ?? [])
    if (idx.length === 0) return
    toggleAll(bits, idx)
    bump()
  }

  function setField(field: string, accept: boolean): void {
    setRejected(bits, index.value?.byField.get(field) ?? [], !accept)
    bump()
  }

  function setFileRow(row: number, accept: boolean): void {
    setRejected(bits, index.value?.byFileRow.get(row) ?? [], !accept)
    bump()
  }

  const fileRowAccepted = (row: number): boolean => (version.value, (index.value?.byFileRow.get(row) ?? []).some((i) => bits[i] === 0))

  /** "Reject every price change over 50 %"; answers how many changes it rejected. */
  function applyRule(rule: CsvRejectRule): number {
    const ix = index.value
    if (!ix) return 0
    const n = rejectByRule(ix, bits, rule)
    bump()
    return n
  }

  /** Keys of the preview's rows the grid's search and filters leave: what "shown" means. */
  async function shownKeys(query: SelectionQuery): Promise<EntityId[]> {
    const ix = index.value
    const p = preview.value
    if (!ix || !p || storeId.value === null) return []
    if (!query.search && !(query.filters?.length)) return ix.keys
    return api.queryKeys(storeId.value, p.resource, { ...(query.search ? { search: query.search } : {}), ...(query.filters ? { filters: query.filters } : {}), within: ix.keys })
  }

  /** Accept or reject every change of the rows the grid shows (the per-filter accept/reject); pinned new rows always show. */
  async function setShown(query: SelectionQuery, accept: boolean): Promise<void> {
    await tracked(error, (on) => (busy.value = on), async () => {
      const ix = index.value
      if (!ix) return
      const keys = [...(await shownKeys(query)), ...ix.createRows.map((r) => `preview:${r}`)]
      setRejected(bits, keys.flatMap((k) => ix.byKey.get(String(k)) ?? []), !accept)
      bump()
    })
  }

  /**
   * Stages the accepted changes of the rows shown (every row when the grid is not narrowed) into a
   * new session, made active so the grid goes on showing them as staged: one undo step.
   */
  async function stageShown(query: SelectionQuery): Promise<CsvImportResult | null> {
    return tracked(error, (on) => (busy.value = on), async () => {
      const ix = index.value
      const req = request.value
      const id = storeId.value
      if (!ix || !req || id === null) return null
      const send = bits.slice()
      const narrowed = !!query.search || !!query.filters?.length
      if (narrowed) {
        const shown = new Set((await shownKeys(query)).map(String))
        ix.changes.forEach((c, i) => {
          if (!c.create && !shown.has(c.entityId)) send[i] = 1
        })
      }
      if (countRejected(send) === send.length) throw new Error('Nothing to stage: every change shown is rejected.')
      const sessionName = await freeName(id, `Import ${fileName.value}`)
      const r = await api.importCsv(id, { ...req, sessionName, validOnly: true, rememberMapping: true, exclude: exclusionOf(ix, send) })
      await api.setActiveSession(id, r.session.id)
      result.value = r
      doneResource.value = preview.value?.resource ?? null
      close()
      return r
    })
  }

  function dismissResult(): void {
    result.value = null
    doneResource.value = null
  }

  return {
    preview, index, storeId, request, fileName, version, onlyChanged, busy, error, result, doneResource, dismissResult, total, rejected, accepted, fields,
    open, close, activeFor, cellOf, toggleCells, toggleRows, setField, setFileRow, fileRowAccepted, applyRule, setShown, stageShown
  }
})
