// Planned changes through the session engine's own field validation (validateField, missingOnCreate),
// so the import preview refuses exactly what staging would refuse, with row, column and cell value.
import type { JsonValue, SessionResource } from '@shared/model/session'
import type { EntitySource } from '../sessions/ports'
import { variationEntityId } from '../sessions/variation-port'
import { fieldName, missingOnCreate, validateField, type ValidationContext } from '../sessions/validate'
import type { ResolvedColumn } from './mapping'
import { csvIssue, type CsvIssue, type PlannedChange } from './types'

/** Any planned value as JSON (undefined = the field did not exist): what staging receives. */
export function toJson(v: unknown): JsonValue | null {
  if (v === undefined || v === null) return null
  if (typeof v === 'string' || typeof v === 'boolean') return v
  if (typeof v === 'number') return Number.isFinite(v) ? v : null
  return JSON.parse(JSON.stringify(v)) as JsonValue
}

/**
 * The engine's validation context over the same ports the sessions service stages through. Without
 * a synced profile the precision is Ecwid's default (2), as the sessions service falls back offline.
 */
export function engineValidation(source: Pick<EntitySource, 'isSkuTaken' | 'isCouponCodeTaken'>, precision: number | null): ValidationContext {
  return {
    precision: precision ?? 2,
    isSkuTaken: (sku, exceptId) => source.isSkuTaken(sku, exceptId),
    isCouponCodeTaken: (code, exceptId) => source.isCouponCodeTaken(code, exceptId)
  }
}

export interface ChangeChecker {
  /**
   * Issues for one row's changes (empty: staging would accept them all). `cell` gives the text of a
   * column as the file has it, for the report. A clean row's unique values are then remembered.
   */
  check(row: number, changes: readonly PlannedChange[], cell?: (column: ResolvedColumn) => string | undefined): Promise<CsvIssue[]>
}

/** Fields the engine keeps unique inside one session (staging's stagedDuplicate): SKUs are one namespace. */
const UNIQUE: Partial<Record<SessionResource, string>> = { products: 'sku', variations: 'sku', coupons: 'code' }

/** Where staging sends a change: Ecwid-format variation rows go to the engine's variation resource. */
function target(c: PlannedChange): { resource: SessionResource; entityId: string } {
  if (c.variationId !== undefined) return { resource: 'variations', entityId: variationEntityId(Number(c.entityId), c.variationId) }
  return { resource: c.resource, entityId: c.entityId === 'new' ? `new:row${c.row}` : String(c.entityId) }
}

export function createChangeChecker(ctx: ValidationContext, columns: readonly ResolvedColumn[]): ChangeChecker {
  const byPath = new Map(columns.map((c) => [c.def.path ?? c.def.field, c]))
  // Unique values this file already gives to an entity: staging refuses a second entity with the
  // same SKU or code in one session, and the plan has no session to ask yet.
  const claimed = new Map<string, { entity: string; row: number }>()
  const uniqueKey = (c: PlannedChange, value: JsonValue | null): string | null =>
    UNIQUE[target(c).resource] === c.field && typeof value === 'string' && value !== '' ? `${c.field}:${value.toLowerCase()}` : null

  return {
    async check(row, changes, cell) {
      const issues: CsvIssue[] = []
      const entityOf = (c: PlannedChange): string => target(c).entityId
      const refuse = (c: PlannedChange, value: JsonValue | null, message: string): void => {
        // Variation rows use their own columns for the same paths: name the field, not a product column.
        const col = c.variationId === undefined ? byPath.get(c.field) : undefined
        const text = (col && cell?.(col)) ?? (typeof value === 'string' ? value : JSON.stringify(value))
        issues.push(csvIssue('error', 'INVALID_VALUE', `Row ${row}: ${message}`, { row, column: col?.header ?? fieldName(c.field), value: text }))
      }
      const creates = new Map<string, Record<string, unknown>>()
      for (const c of changes) {
        const value = toJson(c.after)
        const message = await validateField(target(c).resource, c.field, value, entityOf(c), ctx)
        if (message) refuse(c, value, message)
        const key = uniqueKey(c, value)
        const other = key === null ? undefined : claimed.get(key)
        if (!message && other && other.entity !== entityOf(c)) refuse(c, value, `${fieldName(c.field)} “${String(value)}” is also given to another entry in row ${other.row}.`)
        if (c.entityId === 'new') creates.set(entityOf(c), { ...creates.get(entityOf(c)), [c.field]: value })
      }
      for (const [, fields] of creates) {
        const first = changes.find((c) => c.entityId === 'new')
        const missing = first ? missingOnCreate(first.resource, fields) : null
        if (missing && first) issues.push(csvIssue('error', 'REQUIRED', `Row ${row}: ${missing}`, { row }))
      }
      if (issues.length > 0) return issues
      for (const c of changes) {
        const key = uniqueKey(c, toJson(c.after))
        if (key !== null && !claimed.has(key)) claimed.set(key, { entity: entityOf(c), row })
      }
      return issues
    }
  }
}
