// Grid queries against the local store: typed per-column filters, sort, a window of rows, and the
// row shapes the grids show. Pure types and column tables (from the field descriptors).

import { COUPON_FIELDS } from './schema/coupon'
import { CUSTOMER_FIELDS } from './schema/customer'
import { filterColumns } from './schema/grid-columns'
import { ORDER_FIELDS } from './schema/order'
import { PRODUCT_FIELDS } from './schema/product'
import type { FilterKind, StoreRowFields, VariationRowFields } from './schema/types'

/** Largest window a query may ask for: the renderer never holds a whole store. */
export const GRID_MAX_LIMIT = 500
/** Most row keys a query may be restricted to (an import preview's rows: one per file row). */
export const GRID_MAX_WITHIN = 100_000

export type ColumnKind = FilterKind

export interface ColumnSpec {
  kind: ColumnKind
  /** enum columns: the values a filter may name (empty = any string up to 100 chars, e.g. ids). */
  values?: readonly string[]
  /** false for columns a grid shows but cannot sort on. */
  sortable?: boolean
}

export type ColumnTable = Readonly<Record<string, ColumnSpec>>

// Column tables per grid: the renderer, the IPC schemas and the SQL builder all read these, so a
// column added here is filterable and sortable everywhere or nowhere.
export const PRODUCT_COLUMNS = {
  ...filterColumns(PRODUCT_FIELDS),
  /** Filter: products in any of these category ids; sort: by category names. */
  categories: { kind: 'enum', values: [] },
  variationCount: { kind: 'number' }
} as const satisfies ColumnTable

// Custom statuses included: a store may filter on its own (order-status.ts).
export const ORDER_COLUMNS = filterColumns(ORDER_FIELDS) satisfies ColumnTable

export const COUPON_COLUMNS = filterColumns(COUPON_FIELDS) satisfies ColumnTable

export const CUSTOMER_COLUMNS = filterColumns(CUSTOMER_FIELDS) satisfies ColumnTable

export type ProductColumn = keyof typeof PRODUCT_COLUMNS
export type OrderColumn = keyof typeof ORDER_COLUMNS
export type CouponColumn = keyof typeof COUPON_COLUMNS
export type CustomerColumn = keyof typeof CUSTOMER_COLUMNS

export interface TextFilter<F extends string = string> {
  field: F
  kind: 'text'
  op: 'contains' | 'equals'
  value: string
}
export interface NumberFilter<F extends string = string> {
  field: F
  kind: 'number'
  /** Inclusive bounds; either may be left out. */
  min?: number
  max?: number
}
export interface DateFilter<F extends string = string> {
  field: F
  kind: 'date'
  /** Inclusive bounds in epoch milliseconds. */
  from?: number
  to?: number
}
export interface EnumFilter<F extends string = string> {
  field: F
  kind: 'enum'
  /** Matches any of these. */
  values: string[]
}
export interface BooleanFilter<F extends string = string> {
  field: F
  kind: 'boolean'
  value: boolean
}

type FilterOfKind<F extends string, K extends ColumnKind> = K extends 'text'
  ? TextFilter<F>
  : K extends 'number'
    ? NumberFilter<F>
    : K extends 'date'
      ? DateFilter<F>
      : K extends 'enum'
        ? EnumFilter<F>
        : BooleanFilter<F>

/** The filter a column accepts follows from its kind: `price` takes a range, `enabled` a boolean. */
export type FilterFor<C extends ColumnTable> = { [F in keyof C & string]: FilterOfKind<F, C[F]['kind']> }[keyof C & string]

export interface SortKey<F extends string = string> {
  field: F
  dir: 'asc' | 'desc'
}

export interface GridQuery<C extends ColumnTable = ColumnTable> {
  /** Full-text search over the grid's text columns (every word must match, anywhere in a word). */
  search?: string
  filters?: FilterFor<C>[]
  /** First key wins; the id is always the final tie-breaker so windows never overlap. */
  sort?: SortKey<keyof C & string>[]
  /** Only rows with these keys (an import preview's "changed rows only"); at most GRID_MAX_WITHIN. */
  within?: (number | string)[]
  offset: number
  /** At most GRID_MAX_LIMIT. */
  limit: number
}

/** Any grid's query with the column names unchecked: what the SQL builder takes after validation. */
export type GridFilter = TextFilter | NumberFilter | DateFilter | EnumFilter | BooleanFilter
export interface AnyGridQuery {
  search?: string
  filters?: GridFilter[]
  sort?: SortKey[]
  within?: (number | string)[]
  offset: number
  limit: number
}

export type ProductQuery = GridQuery<typeof PRODUCT_COLUMNS>
export type OrderQuery = GridQuery<typeof ORDER_COLUMNS>
export type CouponQuery = GridQuery<typeof COUPON_COLUMNS>
export type CustomerQuery = GridQuery<typeof CUSTOMER_COLUMNS>

export interface Page<T> {
  /** Rows matching the query, whatever the window. */
  total: number
  offset: number
  rows: T[]
}

/** The variations grid's fields from the descriptor (`grid.variation`); a null price inherits the product's. */
export interface VariationRow extends VariationRowFields<typeof PRODUCT_FIELDS> {
  id: number
  /** "Size: L, Color: Red". */
  options: string
  inStock: boolean
}

/** Products that may show their variations as child rows at once (rankProducts refuses more). */
export const MAX_EXPANDED_PRODUCTS = 2000

/** A product's place in the Products grid's current order, for its variations' child rows. */
export interface ProductRank {
  id: number
  /** Row index among the products the query matches, in its order (0-based). */
  index: number
  variations: number
}

/**
 * The descriptor's stored fields (dates in epoch milliseconds, null when Ecwid did not send them;
 * quantity null when unlimited) plus what no single field holds.
 */
export interface ProductRow extends StoreRowFields<typeof PRODUCT_FIELDS> {
  thumbnailUrl: string | null
  categoryIds: number[]
  categories: string[]
  variationCount: number
  variations: VariationRow[]
  created: number | null
  updated: number | null
}

/** Null when Ecwid sent none (orderNumber and total are optional in its docs): an empty cell. */
export type OrderRow = StoreRowFields<typeof ORDER_FIELDS>

export type CouponRow = StoreRowFields<typeof COUPON_FIELDS>

export type CustomerRow = StoreRowFields<typeof CUSTOMER_FIELDS>

export const GRID_RESOURCES = ['products', 'orders', 'coupons', 'customers'] as const
export type GridResource = (typeof GRID_RESOURCES)[number]

export const GRID_COLUMNS: Record<GridResource, ColumnTable> = {
  products: PRODUCT_COLUMNS,
  orders: ORDER_COLUMNS,
  coupons: COUPON_COLUMNS,
  customers: CUSTOMER_COLUMNS
}
