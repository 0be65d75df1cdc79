// An import preview's planned changes indexed for the grid layer: by grid row and field (the cell a
// change lands on), by row key, by field and by file row, with one reject bit per change. Pure; the
// store around it (stores/import-preview.ts) adds reactivity. Exclusions are rebuilt from the bits, so
// what the grid counts is exactly what main's rejectionTest leaves out when it stages.
import type { CsvImportExclusion, CsvPreviewChange, CsvRejectRule } from '@shared/model/csv'
import { ruleRejects } from '@shared/model/csv-accept'
import type { EntityId } from '@shared/model/session'

export interface PreviewIndex {
  changes: readonly CsvPreviewChange[]
  /** `${rowKey}\u0000${field}` → change index; a variation's row key is "productId/variationId". */
  byCell: Map<string, number>
  /** Grid row key (as text) → its change indexes. */
  byKey: Map<string, number[]>
  byField: Map<string, number[]>
  /** File row → its change indexes (one file row is one entity). */
  byFileRow: Map<number, number[]>
  /** Keys of the existing rows the file changes (products that only have variation changes included), in file order. */
  keys: EntityId[]
  /** File rows that create an entity, in file order. */
  createRows: number[]
}

const push = <K>(m: Map<K, number[]>, k: K, i: number): void => {
  const list = m.get(k)
  if (list) list.push(i)
  else m.set(k, [i])
}

/** The grid row key a change lands on; a row the file creates is pinned as "preview:<file row>". */
export function rowKeyOf(c: CsvPreviewChange): string {
  if (c.create) return `preview:${c.row}`
  return c.variationId === undefined ? c.entityId : `${c.entityId}/${c.variationId}`
}

export const cellKey = (rowKey: EntityId, field: string): string => `${rowKey}\u0000${field}`

/** Numeric ids go back to numbers so `within` and row lookups compare like the grid's own keys. */
export function buildIndex(changes: readonly CsvPreviewChange[], numericKeys: boolean): PreviewIndex {
  const index: PreviewIndex = { changes, byCell: new Map(), byKey: new Map(), byField: new Map(), byFileRow: new Map(), keys: [], createRows: [] }
  const seen = new Set<string>()
  changes.forEach((c, i) => {
    push(index.byField, c.field, i)
    if (!index.byFileRow.has(c.row) && c.create) index.createRows.push(c.row)
    push(index.byFileRow, c.row, i)
    const key = rowKeyOf(c)
    index.byCell.set(cellKey(key, c.field), i)
    push(index.byKey, key, i)
    if (c.create) return
    if (key !== c.entityId) push(index.byKey, c.entityId, i)
    if (!seen.has(c.entityId)) {
      seen.add(c.entityId)
      index.keys.push(numericKeys && /^\d+$/.test(c.entityId) ? Number(c.entityId) : c.entityId)
    }
  })
  return index
}

/** Sets (true) or clears the reject bit of these changes; answers how many bits changed. */
export function setRejected(bits: Uint8Array, idx: Iterable<number>, reject: boolean): number {
  let n = 0
  const v = reject ? 1 : 0
  for (const i of idx) {
    if (bits[i] !== v) n++
    bits[i] = v
  }
  return n
}

/** Space's toggle: if every one is rejected, accept them all; otherwise reject them all. */
export function toggleAll(bits: Uint8Array, idx: readonly number[]): boolean {
  const reject = idx.some((i) => bits[i] === 0)
  setRejected(bits, idx, reject)
  return reject
}

/** "Reject every price change over 50 %": the same predicate main applies to a CLI rule. */
export function rejectByRule(index: PreviewIndex, bits: Uint8Array, rule: CsvRejectRule): number {
  const hit = (index.byField.get(rule.field) ?? []).filter((i) => ruleRejects(rule, index.changes[i] as CsvPreviewChange))
  return setRejected(bits, hit, true)
}

export function countRejected(bits: Uint8Array): number {
  let n = 0
  for (let i = 0; i < bits.length; i++) n += bits[i] as number
  return n
}

/**
 * The exclusion that rejects exactly the set bits: whole fields and whole file rows where every
 * change is rejected, single cells for the rest (a file row holds a field once).
 */
export function exclusionOf(index: PreviewIndex, bits: Uint8Array): CsvImportExclusion {
  const all = (idx: readonly number[]): boolean => idx.every((i) => bits[i] === 1)
  const fields = [...index.byField].filter(([, idx]) => all(idx)).map(([f]) => f)
  const fieldOff = new Set(fields)
  const rows = [...index.byFileRow].filter(([, idx]) => all(idx) && idx.some((i) => !fieldOff.has((index.changes[i] as CsvPreviewChange).field))).map(([r]) => r)
  const rowOff = new Set(rows)
  const cells: { row: number; field: string }[] = []
  index.changes.forEach((c, i) => {
    if (bits[i] === 1 && !fieldOff.has(c.field) && !rowOff.has(c.row)) cells.push({ row: c.row, field: c.field })
  })
  const out: CsvImportExclusion = {}
  if (fields.length > 0) out.excludeFields = fields
  if (rows.length > 0) out.excludeRows = rows
  if (cells.length > 0) out.excludeCells = cells
  return out
}
