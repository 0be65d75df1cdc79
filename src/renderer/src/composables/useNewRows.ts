// Entities staged for creation in the active session, as grid rows pinned above the synced ones: they
// do not exist in the local copy until a push, yet the merchant edits them in the grid like any row.
// Coupons ("New coupon", generated codes) and products ("New product") use it. Rows an import preview
// would create are pinned above those, keyed "preview:<file row>", until the preview closes.
import { computed, reactive, shallowRef, watch } from 'vue'
import type { JsonValue, SessionResource } from '@shared/model/session'
import { api } from '../api'
import type { GridDataSource } from '../components/grid/types'
import type { GridKind } from '../components/grid-views/entity-kinds'
import type { EntityGrid } from './useEntityGrid'

const PAGE = 1000

export type StagedFields = Map<string, JsonValue | null>

export function useNewRows<K extends GridKind, Row>(
  grid: EntityGrid<K>,
  resource: SessionResource,
  base: GridDataSource<Row>,
  rowOf: (entityId: string, fields: StagedFields) => Row
) {
  const staged = shallowRef<Row[]>([])
  const session = grid.session
  const previewRows = computed<Row[]>(() => {
    const ix = grid.preview.value
    if (!ix) return []
    return ix.createRows.map((fileRow) => {
      const fields: StagedFields = new Map()
      for (const i of ix.byFileRow.get(fileRow) ?? []) {
        const c = ix.changes[i]
        if (c) fields.set(c.field, c.after)
      }
      return rowOf(`preview:${fileRow}`, fields)
    })
  })
  const rows = computed<Row[]>(() => (previewRows.value.length > 0 ? [...previewRows.value, ...staged.value] : staged.value))

  async function reload(): Promise<void> {
    const id = grid.storeId.value
    const active = session.active
    if (id === null || !active) {
      staged.value = []
      return
    }
    const byEntity = new Map<string, StagedFields>()
    const firstChange = new Map<string, number>()
    for (let offset = 0; ; offset += PAGE) {
      const page = await api.reviewSession(id, active.id, { resource, offset, limit: PAGE })
      for (const c of page.rows) {
        if (c.kind !== 'create' || c.state !== 'staged') continue
        const fields = byEntity.get(c.entityId) ?? new Map<string, JsonValue | null>()
        fields.set(c.field, c.after)
        byEntity.set(c.entityId, fields)
        firstChange.set(c.entityId, Math.min(firstChange.get(c.entityId) ?? c.id, c.id))
      }
      if (offset + page.rows.length >= page.total || page.rows.length === 0) break
    }
    // Newest first: the row just added is where the merchant is looking.
    const order = (id: string): number => firstChange.get(id) ?? 0
    staged.value = [...byEntity].sort(([a], [b]) => order(b) - order(a)).map(([entityId, f]) => rowOf(entityId, f))
  }
  // Any staging step, undo or push changes the session's stamp: re-read the creates then.
  watch(() => [grid.storeId.value, session.active?.id, session.active?.updatedAt, session.active?.changeCount], () => void reload().catch(() => undefined), { immediate: true })

  const source: GridDataSource<Row> = reactive({
    get total() {
      return rows.value.length + base.total
    },
    rowAt: (i: number) => (i < rows.value.length ? (rows.value[i] as Row) : base.rowAt(i - rows.value.length)),
    ensureRange: (start: number, end: number) => base.ensureRange(Math.max(0, start - rows.value.length), Math.max(0, end - rows.value.length)),
    prefetch: (start: number, end: number) => base.prefetch?.(Math.max(0, start - rows.value.length), Math.max(0, end - rows.value.length)),
    rowKey: (r: Row) => base.rowKey(r)
  }) as GridDataSource<Row>

  const isNew = (key: string | number): boolean => typeof key === 'string' && key.startsWith('new:')
  return { rows, count: computed(() => rows.value.length), source, reload, isNew }
}
