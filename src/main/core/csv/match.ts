// Matches validated rows to existing entities (id, then SKU / code / order number) and plans changes:
// only values that differ become PlannedChanges, so re-importing an unchanged export plans nothing.

import type { Coupon } from '@shared/model/coupon'
import type { Order } from '@shared/model/order'
import type { Product } from '@shared/model/product'
import { getPath, sameValue } from './field-path'
import type { CsvFormat } from './formats/format'
import type { ResolvedColumn } from './mapping'
import { createEcwidRowPlanner } from './match-ecwid'
import { completeTrackingValues } from './presets/tracking-numbers'
import { csvIssue, type ColumnDef, type CsvIssue, type CsvResource, type PlannedChange } from './types'
import type { ValidatedRow } from './validate'

/** Read port over the local store (implemented by the store module; a Map-backed fake in tests). */
export interface EntityLookup {
  byId(resource: CsvResource, id: number | string): Promise<unknown | undefined>
  bySku(sku: string): Promise<Product | undefined>
  byCode(code: string): Promise<Coupon | undefined>
  byOrderNumber(orderNumber: number): Promise<Order | undefined>
  /**
   * Optional: reads the entities with these ids in one query ahead of the byId calls of a batch of
   * rows. Same answers, fewer round trips (one SQLite statement per row was most of a 100k-row plan).
   */
  prefetch?(resource: CsvResource, ids: readonly unknown[]): Promise<void>
}

export interface PlannerOptions {
  format: CsvFormat<never>
  columns: readonly ResolvedColumn[]
  lookup: EntityLookup
  /** Unmatched rows become creates only when the user allows it. */
  allowCreate: boolean
}

export interface RowPlan {
  row: number
  entityId: number | string | 'new' | null
  changes: PlannedChange[]
  issues: CsvIssue[]
}

export interface Planner {
  add(row: ValidatedRow): Promise<RowPlan>
  /** Changes that need the whole file (Ecwid option rows) and end-of-file notes. */
  finish(): Promise<{ changes: PlannedChange[]; issues: CsvIssue[] }>
}

/** Fields Ecwid requires to create each resource; orders are never created from a CSV. */
const REQUIRED_FOR_CREATE: Record<CsvResource, string[] | null> = {
  products: ['name'],
  coupons: ['name', 'code', 'discountType', 'discount'],
  customers: ['email'],
  orders: null
}

const NOUN: Record<CsvResource, string> = { products: 'product', orders: 'order', coupons: 'coupon', customers: 'customer' }

export interface Located {
  entity: Record<string, unknown> | undefined
  key: string | null
  error?: CsvIssue
}

/** Finds the entity a row points at: its id first, then the resource's natural key. */
export async function locate(resource: CsvResource, values: Record<string, unknown>, lookup: EntityLookup, row: number, allowCreate: boolean): Promise<Located> {
  const noun = NOUN[resource]
  const id = values['id']
  if (id !== undefined && id !== null && id !== '') {
    const entity = (await lookup.byId(resource, id as number | string)) as Record<string, unknown> | undefined
    if (entity) return { entity, key: `id:${String(id)}` }
    return { entity: undefined, key: null, error: csvIssue('error', 'NOT_FOUND', `Row ${row}: no ${noun} with ID ${String(id)} in the local copy of the store. Sync first, or clear the ID cell to match by ${naturalKeyName(resource)}.`, { row, value: String(id) }) }
  }
  const natural = naturalKey(resource, values)
  let entity: unknown
  if (natural !== undefined) {
    if (resource === 'products') entity = await lookup.bySku(String(natural))
    else if (resource === 'coupons') entity = await lookup.byCode(String(natural))
    else if (resource === 'orders') entity = await lookup.byOrderNumber(Number(natural))
  }
  const key = natural === undefined ? null : `${naturalKeyName(resource)}:${String(natural)}`
  if (entity) return { entity: entity as Record<string, unknown>, key: entity && typeof entity === 'object' && 'id' in entity ? `id:${String((entity as { id: unknown }).id)}` : key }
  if (allowCreate && REQUIRED_FOR_CREATE[resource]) return { entity: undefined, key }
  const how = natural === undefined ? `it has no ID${resource === 'customers' ? '' : ` or ${naturalKeyName(resource)}`}` : `there is no ${noun} with ${naturalKeyName(resource)} "${String(natural)}"`
  const fix = REQUIRED_FOR_CREATE[resource] ? ` Allow creating new ${noun}s to add it.` : ''
  return { entity: undefined, key: null, error: csvIssue('error', 'NOT_FOUND', `Row ${row}: cannot match this row: ${how}.${fix}`, { row }) }
}

function naturalKeyName(resource: CsvResource): string {
  return resource === 'products' ? 'SKU' : resource === 'coupons' ? 'code' : resource === 'orders' ? 'order number' : 'ID'
}

function naturalKey(resource: CsvResource, values: Record<string, unknown>): unknown {
  const v = resource === 'products' ? values['sku'] : resource === 'coupons' ? values['code'] : resource === 'orders' ? values['orderNumber'] : undefined
  return v === null || v === '' ? undefined : v
}

/** Field-level diff of one row against an entity (or a create when entity is undefined). */
export function diffFields(resource: CsvResource, entityId: number | string | 'new', entity: unknown, values: Record<string, unknown>, defs: readonly ColumnDef[], row: number): PlannedChange[] {
  const changes: PlannedChange[] = []
  for (const def of defs) {
    if (def.readOnly || !(def.field in values)) continue
    const path = def.path ?? def.field
    const raw = values[def.field]
    const after = def.negate && typeof raw === 'boolean' ? !raw : raw
    const before = entity === undefined ? undefined : getPath(entity, path)
    if (entityId === 'new' && after === null) continue
    if (!sameValue(before, after, def.type)) changes.push({ resource, entityId, field: path, before, after, row })
  }
  return changes
}

export function createPlanner(options: PlannerOptions): Planner {
  const { format, lookup, allowCreate } = options
  const resource = format.resource
  if (format.id === 'products-ecwid') return createEcwidRowPlanner(options)
  // Every format column, not only mapped ones: presets derive values (SHIPPED) for unmapped fields.
  const mapped = options.columns.map((c) => c.def)
  const defs = [...mapped, ...format.columns().filter((c) => !mapped.some((m) => m.field === c.field))]
  const seen = new Map<string, number>()

  return {
    async add(v) {
      if (!format.importable) {
        return { row: v.row, entityId: null, changes: [], issues: [csvIssue('error', 'NOT_IMPORTABLE', `${format.label} is an export-only report and cannot be imported. Use the one-row-per-order format.`, { row: v.row })] }
      }
      const issues = [...v.issues]
      if (!v.valid) return { row: v.row, entityId: null, changes: [], issues }
      const found = await locate(resource, v.values, lookup, v.row, allowCreate)
      if (found.error) return { row: v.row, entityId: null, changes: [], issues: [...issues, found.error] }
      if (found.key !== null) {
        const first = seen.get(found.key)
        if (first !== undefined) {
          issues.push(csvIssue('error', 'DUPLICATE_KEY', `Row ${v.row} is for the same ${NOUN[resource]} as row ${first} (${found.key.replace(':', ' ')}). Keep one of the two rows.`, { row: v.row }))
          return { row: v.row, entityId: null, changes: [], issues }
        }
        seen.set(found.key, v.row)
      }
      const values = format.id === 'orders-tracking' ? completeTrackingValues(v.values, found.entity as Order | undefined) : v.values
      if (!found.entity) {
        const missing = (REQUIRED_FOR_CREATE[resource] ?? []).filter((f) => values[f] === undefined || values[f] === null)
        if (missing.length > 0) {
          const names = missing.map((f) => defs.find((d) => d.field === f)?.header ?? f).join(', ')
          return { row: v.row, entityId: null, changes: [], issues: [...issues, csvIssue('error', 'REQUIRED', `Row ${v.row}: a new ${NOUN[resource]} needs ${names}.`, { row: v.row })] }
        }
        return { row: v.row, entityId: 'new', changes: diffFields(resource, 'new', undefined, values, defs, v.row), issues }
      }
      const entityId = found.entity['id'] as number | string
      return { row: v.row, entityId, changes: diffFields(resource, entityId, found.entity, values, defs, v.row), issues }
    },
    finish: async () => ({ changes: [], issues: [] })
  }
}
