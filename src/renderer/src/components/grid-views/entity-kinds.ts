// What each grid kind is: its query method, row key, session resource, access area, and how grid
// columns map to session fields. A new grid adds its entry here; useEntityGrid does the rest.
import type { AnyGridQuery, ColumnTable, CouponQuery, CouponRow, CustomerQuery, CustomerRow, OrderQuery, OrderRow, Page, ProductQuery, ProductRow } from '@shared/model/grid'
import { GRID_COLUMNS } from '@shared/model/grid'
import type { JsonValue, SessionResource } from '@shared/model/session'
import type { StoreCapabilities } from '@shared/model/store'
import { FIELD_TABLES, gridKeyOf, type FieldTable } from '@shared/model/schema'
import { api } from '../../api'
import type { CellValue, SortKey } from '../grid/types'

export interface RowTypes {
  products: ProductRow
  orders: OrderRow
  coupons: CouponRow
  customers: CustomerRow
}
export type GridKind = keyof RowTypes

export interface EntityKind<K extends GridKind> {
  kind: K
  resource: SessionResource
  /** Columns the query can filter and sort on (shared/model/grid.ts). */
  table: ColumnTable
  /** Which capability decides read-only. */
  area: keyof StoreCapabilities
  /** "product" / "products" for counts and notes. */
  noun: readonly [string, string]
  defaultSort: SortKey[]
  fetch(storeId: number, q: AnyGridQuery): Promise<Page<RowTypes[K]>>
  rowKey(row: RowTypes[K]): string | number
  /** Grid column key → session field where the names differ (orders' privateNotes → privateAdminNotes). */
  fields?: Readonly<Record<string, string>>
  /** Grid value → the value the session stores (e.g. a date cell's 'YYYY-MM-DD' → Ecwid's format). */
  toField?(columnKey: string, value: CellValue): JsonValue
  /** Session value → row value, for fields whose row shape differs; default: the value as is. */
  fromField?(field: string, value: JsonValue | null): unknown
}

/** Grid column key → session field for the descriptor fields whose row key is not their path. */
const renamedFields = (table: FieldTable): Record<string, string> =>
  Object.fromEntries(Object.values(table).filter((f) => gridKeyOf(f) !== f.path).map((f) => [gridKeyOf(f), f.path]))

/**
 * One grid kind: its session resource is its own name, its columns and renamed fields come from
 * the shared column table and field descriptors, and every row is keyed by its id.
 */
function entityKind<K extends GridKind>(
  kind: K, area: keyof StoreCapabilities, noun: readonly [string, string], defaultSort: SortKey,
  fetch: EntityKind<K>['fetch'], fields: Readonly<Record<string, string>> = {}
): EntityKind<K> {
  const all = { ...renamedFields(FIELD_TABLES[kind]), ...fields }
  return {
    kind, resource: kind, table: GRID_COLUMNS[kind], area, noun, defaultSort: [defaultSort], fetch,
    rowKey: (r) => (r as { id: string | number }).id,
    ...(Object.keys(all).length > 0 ? { fields: all } : {})
  }
}

// The query types narrow field names per grid; the main process validates them (zod) anyway, so the
// generic query is passed through as the grid's own type here.
export const ENTITY_KINDS: { [K in GridKind]: EntityKind<K> } = {
  // A product's categories column edits its categoryIds; its thumbnail cell shows the staged image
  // list's state and a refused address's reason.
  products: entityKind('products', 'catalog', ['product', 'products'], { key: 'name', dir: 'asc' }, (id, q) => api.queryProducts(id, q as ProductQuery), { categories: 'categoryIds', thumbnail: 'images' }),
  orders: entityKind('orders', 'orders', ['order', 'orders'], { key: 'created', dir: 'desc' }, (id, q) => api.queryOrders(id, q as OrderQuery)),
  coupons: entityKind('coupons', 'coupons', ['coupon', 'coupons'], { key: 'name', dir: 'asc' }, (id, q) => api.queryCoupons(id, q as CouponQuery)),
  customers: entityKind('customers', 'customers', ['customer', 'customers'], { key: 'name', dir: 'asc' }, (id, q) => api.queryCustomers(id, q as CustomerQuery))
}

/** Session field of a grid column. */
export function fieldOf<K extends GridKind>(spec: EntityKind<K>, columnKey: string): string {
  return spec.fields?.[columnKey] ?? columnKey
}

/** Grid column key of a session field (the inverse of fieldOf). */
export function columnOf<K extends GridKind>(spec: EntityKind<K>, field: string): string {
  for (const [col, f] of Object.entries(spec.fields ?? {})) if (f === field) return col
  return field
}

/**
 * A row with the session's staged values on top, so the grid shows what a push will write. Returns
 * the same row when nothing of it is staged; only fields the row has are overlaid.
 */
export function overlayRow<K extends GridKind>(spec: EntityKind<K>, row: RowTypes[K], staged: ReadonlyMap<string, JsonValue | null> | undefined): RowTypes[K] {
  if (!staged || staged.size === 0) return row
  const patch: Record<string, unknown> = {}
  for (const [field, value] of staged) {
    // categoryIds lives on the row under its own name; privateAdminNotes shows in column privateNotes.
    const target = field in row ? field : columnOf(spec, field)
    if (target in row) patch[target] = spec.fromField ? spec.fromField(field, value) : value
  }
  return { ...row, ...patch }
}
