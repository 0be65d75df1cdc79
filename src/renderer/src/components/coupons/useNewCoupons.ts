// Coupons staged for creation in the active session, as grid rows pinned above the synced ones: they
// do not exist in the local copy until a push, yet the merchant edits them in the grid like any row.
import { computed, reactive, ref, watch } from 'vue'
import type { CouponRow } from '@shared/model/grid'
import type { JsonValue } from '@shared/model/session'
import { api } from '../../api'
import type { EntityGrid } from '../../composables/useEntityGrid'
import type { GridDataSource } from '../grid/types'

const PAGE = 1000

/** Ecwid dates ("yyyy-MM-dd HH:mm:ss Z") or epoch ms → epoch ms, for the row shape. */
function toMs(v: JsonValue | null | undefined): number | null {
  if (typeof v === 'number') return v
  if (typeof v !== 'string' || v === '') return null
  const t = Date.parse(v.slice(0, 10))
  return Number.isNaN(t) ? null : t
}

function rowOf(entityId: string, f: Map<string, JsonValue | null>): CouponRow {
  const s = (k: string): string => (typeof f.get(k) === 'string' ? (f.get(k) as string) : '')
  return {
    // A staged coupon's key is its "new:<uuid>" id: the grid and the engine address it by that.
    id: entityId as unknown as number,
    name: s('name'),
    code: s('code'),
    discountType: s('discountType'),
    discount: typeof f.get('discount') === 'number' ? (f.get('discount') as number) : 0,
    status: s('status') || 'ACTIVE',
    launchDate: toMs(f.get('launchDate')),
    expirationDate: toMs(f.get('expirationDate')),
    usesLimit: s('usesLimit') || 'UNLIMITED',
    orderCount: 0
  }
}

export function useNewCoupons(grid: EntityGrid<'coupons'>) {
  const rows = ref<CouponRow[]>([])
  const session = grid.session

  async function reload(): Promise<void> {
    const id = grid.storeId.value
    const active = session.active
    if (id === null || !active) {
      rows.value = []
      return
    }
    const byEntity = new Map<string, Map<string, JsonValue | null>>()
    const firstChange = new Map<string, number>()
    for (let offset = 0; ; offset += PAGE) {
      const page = await api.reviewSession(id, active.id, { resource: 'coupons', offset, limit: PAGE })
      for (const c of page.rows) {
        if (c.kind !== 'create' || c.state !== 'staged') continue
        const fields = byEntity.get(c.entityId) ?? new Map<string, JsonValue | null>()
        fields.set(c.field, c.after)
        byEntity.set(c.entityId, fields)
        firstChange.set(c.entityId, Math.min(firstChange.get(c.entityId) ?? c.id, c.id))
      }
      if (offset + page.rows.length >= page.total || page.rows.length === 0) break
    }
    // Newest first: the coupon just added is where the merchant is looking.
    const order = (id: string): number => firstChange.get(id) ?? 0
    rows.value = [...byEntity].sort(([a], [b]) => order(b) - order(a)).map(([entityId, f]) => rowOf(entityId, f))
  }
  // Any staging step, undo or push changes the session's stamp: re-read the creates then.
  watch(() => [grid.storeId.value, session.active?.id, session.active?.updatedAt, session.active?.changeCount], () => void reload().catch(() => undefined), { immediate: true })

  const base = grid.source
  const source: GridDataSource<CouponRow> = reactive({
    get total() {
      return rows.value.length + base.total
    },
    rowAt: (i: number) => (i < rows.value.length ? rows.value[i] : base.rowAt(i - rows.value.length)),
    ensureRange: (start: number, end: number) => base.ensureRange(Math.max(0, start - rows.value.length), Math.max(0, end - rows.value.length)),
    rowKey: (r: CouponRow) => base.rowKey(r)
  }) as GridDataSource<CouponRow>

  const isNew = (key: string | number): boolean => typeof key === 'string' && key.startsWith('new:')
  return { rows, count: computed(() => rows.value.length), source, reload, isNew }
}
