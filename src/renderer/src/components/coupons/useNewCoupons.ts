// Coupons staged for creation in the active session, as grid rows pinned above the synced ones
// (composables/useNewRows.ts): the staged fields in the coupon row's shape.
import type { CouponRow } from '@shared/model/grid'
import type { JsonValue } from '@shared/model/session'
import type { EntityGrid } from '../../composables/useEntityGrid'
import { useNewRows, type StagedFields } from '../../composables/useNewRows'

/** Ecwid dates ("yyyy-MM-dd HH:mm:ss Z") or epoch ms → epoch ms, for the row shape. */
function toMs(v: JsonValue | null | undefined): number | null {
  if (typeof v === 'number') return v
  if (typeof v !== 'string' || v === '') return null
  const t = Date.parse(v.slice(0, 10))
  return Number.isNaN(t) ? null : t
}

function rowOf(entityId: string, f: StagedFields): CouponRow {
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
  return useNewRows(grid, 'coupons', grid.source, rowOf)
}
