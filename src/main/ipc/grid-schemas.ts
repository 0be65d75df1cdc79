// Strict zod schemas for grid queries and sync options, built from the shared column tables so a
// filter's shape follows its column's kind. Used by the IPC schemas and the CLI; no electron import.
import { z } from 'zod'
import {
  COUPON_COLUMNS, CUSTOMER_COLUMNS, GRID_COLUMNS, GRID_MAX_LIMIT, GRID_MAX_WITHIN, GRID_RESOURCES, ORDER_COLUMNS, PRODUCT_COLUMNS,
  type ColumnSpec, type ColumnTable, type CouponQuery, type CustomerQuery, type GridResource, type OrderQuery, type ProductQuery
} from '@shared/model/grid'
import type { SelectionQuery } from '@shared/model/session'
import { SYNC_RESOURCES, type SyncOptions } from '@shared/model/sync'

const MAX_TEXT = 200
const MAX_FILTERS = 20
const MAX_SORT_KEYS = 4
/** Windows start at most this deep: far beyond any store, small enough to stay an integer. */
const MAX_OFFSET = 10_000_000
const bound = z.number().min(-1e15).max(1e15)
/** Epoch ms between 1970-ish and 2200. */
const epochMs = z.number().int().min(-8.64e15).max(8.64e15)

function filterSchema(field: string, spec: ColumnSpec): z.ZodType {
  const base = { field: z.literal(field), kind: z.literal(spec.kind) }
  switch (spec.kind) {
    case 'text':
      return z.strictObject({ ...base, op: z.enum(['contains', 'equals']), value: z.string().max(MAX_TEXT) })
    case 'number':
      return z.strictObject({ ...base, min: bound.optional(), max: bound.optional() })
    case 'date':
      return z.strictObject({ ...base, from: epochMs.optional(), to: epochMs.optional() })
    case 'enum': {
      const values = spec.values && spec.values.length > 0 ? z.enum(spec.values as [string, ...string[]]) : z.string().max(100)
      return z.strictObject({ ...base, values: z.array(values).max(100) })
    }
    case 'boolean':
      return z.strictObject({ ...base, value: z.boolean() })
  }
}

/** Row keys: positive integer ids, or order ids (text). */
const rowKey = z.union([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), z.string().min(1).max(100)])

/** A grid's search, filters, sort and row restriction, without its window. */
function selectionShape(columns: ColumnTable) {
  const fields = Object.keys(columns)
  const filters = fields.map((f) => filterSchema(f, columns[f] as ColumnSpec))
  const sortable = fields.filter((f) => columns[f]?.sortable !== false) as [string, ...string[]]
  return {
    search: z.string().max(MAX_TEXT).optional(),
    filters: z.array(z.union(filters as [z.ZodType, z.ZodType, ...z.ZodType[]])).max(MAX_FILTERS).optional(),
    sort: z.array(z.strictObject({ field: z.enum(sortable), dir: z.enum(['asc', 'desc']) })).max(MAX_SORT_KEYS).optional(),
    within: z.array(rowKey).max(GRID_MAX_WITHIN).optional()
  }
}

export function gridQuerySchema(columns: ColumnTable): z.ZodType {
  return z.strictObject({
    ...selectionShape(columns),
    offset: z.number().int().min(0).max(MAX_OFFSET),
    limit: z.number().int().min(0).max(GRID_MAX_LIMIT)
  })
}

/** queryKeys' arguments: the resource decides which columns its query may name. */
export const queryKeysSchema = z.union(
  GRID_RESOURCES.map((r) => z.tuple([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), z.literal(r), z.strictObject(selectionShape(GRID_COLUMNS[r]))])) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]
) as z.ZodType<[number, GridResource, SelectionQuery]>

// The schemas are built from the same column tables the query types are derived from; the casts
// state that correspondence, which test/unit/main/ipc/grid-schemas.test.ts checks value by value.
export const productQuerySchema = gridQuerySchema(PRODUCT_COLUMNS) as z.ZodType<ProductQuery>
export const orderQuerySchema = gridQuerySchema(ORDER_COLUMNS) as z.ZodType<OrderQuery>
export const couponQuerySchema = gridQuerySchema(COUPON_COLUMNS) as z.ZodType<CouponQuery>
export const customerQuerySchema = gridQuerySchema(CUSTOMER_COLUMNS) as z.ZodType<CustomerQuery>

export const syncOptionsSchema: z.ZodType<SyncOptions> = z.strictObject({
  full: z.boolean().optional(),
  resources: z.array(z.enum(SYNC_RESOURCES)).min(1).max(SYNC_RESOURCES.length).optional()
})
