// Bulk operations as pure functions: one entity + one operation → the cell changes it produces
// (set, adjust by amount/percent with rounding, find & replace, categories, enable, stock).
// No I/O: the service feeds entities in and stages the cells through the ordinary change path.
import type { BulkOperation, JsonValue, SessionResource } from '@shared/model/session'
import { deepEqual, getPath } from './json-path'
import { applyRound, roundTo } from './rounding'
import { fieldKind, fieldName } from './validate'

export interface BulkCell {
  field: string
  before: JsonValue | undefined
  after: JsonValue | undefined
}

export type BulkOutcome = { kind: 'change'; cells: BulkCell[] } | { kind: 'unchanged' } | { kind: 'invalid'; message: string }

const unchanged: BulkOutcome = { kind: 'unchanged' }

function cellsOf(entity: Record<string, unknown>, wanted: Record<string, JsonValue | undefined>): BulkOutcome {
  const cells: BulkCell[] = []
  for (const [field, after] of Object.entries(wanted)) {
    const before = getPath(entity, field) as JsonValue | undefined
    if (!deepEqual(before, after)) cells.push({ field, before, after })
  }
  return cells.length ? { kind: 'change', cells } : unchanged
}

/** Compiles find & replace once per operation (a bad regex is one message, not 10,000). */
export function compileReplace(op: Extract<BulkOperation, { kind: 'replace' }>): (text: string) => string {
  if (op.find === '') throw new Error('Enter the text to find.')
  const flags = op.caseSensitive ? 'g' : 'gi'
  let re: RegExp
  try {
    re = new RegExp(op.regex ? op.find : op.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags)
  } catch (e) {
    throw new Error(`The pattern is not a valid regular expression: ${(e as Error).message}`)
  }
  // Plain text replaces literally ("$1" stays "$1"); regex mode allows $1 back-references.
  return op.regex ? (text) => text.replace(re, op.replace) : (text) => text.replace(re, () => op.replace)
}

function adjust(resource: SessionResource, entity: Record<string, unknown>, op: Extract<BulkOperation, { kind: 'adjust' }>, precision: number): BulkOutcome {
  const before = getPath(entity, op.field)
  // An empty price stays empty: "increase by" must never turn a missing value into 0.
  if (before === undefined || before === null || before === '') return unchanged
  if (typeof before !== 'number') return { kind: 'invalid', message: `${fieldName(op.field)} is not a number here, so it cannot be adjusted.` }
  const raw = op.by === 'percent' ? before * (1 + op.amount / 100) : before + op.amount
  const kind = fieldKind(resource, op.field)
  let after: number
  if (kind === 'count') after = Math.round(raw)
  else if (kind === 'money') after = raw < 0 ? roundTo(raw, precision) : applyRound(raw, op.round, precision)
  else after = op.round ? applyRound(raw, op.round, precision) : roundTo(raw, 6)
  if (after < 0) return { kind: 'invalid', message: `${fieldName(op.field)} would drop below 0 (${before} → ${after}).` }
  return cellsOf(entity, { [op.field]: after })
}

/**
 * What one operation does to one entity. `replace` is the compiled find & replace (see
 * compileReplace), passed in so the pattern is compiled once per operation.
 */
export function bulkChange(
  resource: SessionResource,
  entity: Record<string, unknown>,
  op: BulkOperation,
  opts: { precision: number; replace?: (text: string) => string }
): BulkOutcome {
  switch (op.kind) {
    case 'set':
      return cellsOf(entity, { [op.field]: op.value })
    case 'adjust':
      return adjust(resource, entity, op, opts.precision)
    case 'replace': {
      const before = getPath(entity, op.field)
      if (typeof before !== 'string') return unchanged
      const fn = opts.replace ?? compileReplace(op)
      return cellsOf(entity, { [op.field]: fn(before) })
    }
    case 'addCategory':
    case 'removeCategory': {
      if (resource !== 'products') return { kind: 'invalid', message: 'Only products have categories.' }
      const current = Array.isArray(entity.categoryIds) ? (entity.categoryIds as number[]) : []
      const has = current.includes(op.categoryId)
      if (op.kind === 'addCategory') return has ? unchanged : cellsOf(entity, { categoryIds: [...current, op.categoryId] })
      return has ? cellsOf(entity, { categoryIds: current.filter((c) => c !== op.categoryId) }) : unchanged
    }
    case 'enable':
      if (resource === 'products') return cellsOf(entity, { enabled: op.enabled })
      if (resource === 'coupons') {
        // Expired and used-up coupons are Ecwid's own verdicts; pausing them changes nothing useful.
        if (op.enabled === false && entity.status !== 'ACTIVE') return unchanged
        return cellsOf(entity, { status: op.enabled ? 'ACTIVE' : 'PAUSED' })
      }
      return { kind: 'invalid', message: `${resource} cannot be enabled or disabled.` }
    case 'setStock':
      if (resource !== 'products' && resource !== 'variations') return { kind: 'invalid', message: 'Only products and variations have stock.' }
      if (op.quantity === null) return cellsOf(entity, { unlimited: true })
      if (!Number.isInteger(op.quantity) || op.quantity < 0) return { kind: 'invalid', message: 'Stock must be a whole number of 0 or more.' }
      // Absolute quantities only: a resumed push can resend them without counting stock twice.
      return cellsOf(entity, entity.unlimited === true ? { unlimited: false, quantity: op.quantity } : { quantity: op.quantity })
    case 'catalogue':
      // Spans a product and its variations, so it is not a per-entity cell change (core/catalogue).
      return { kind: 'invalid', message: 'Catalogue changes are staged by the catalogue bulk.' }
  }
}
