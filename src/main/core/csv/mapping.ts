// Header -> field mapping: automatic matching (case, spacing, punctuation, Ecwid names, synonyms), user
// overrides, and a "file shape" fingerprint so a confirmed mapping is remembered per shape. Pure.

import { createHash } from 'node:crypto'
import type { CsvFormat } from './formats/format'
import { columnLetter } from './import-parse'
import { csvIssue, type ColumnDef, type CsvIssue, type CsvResource } from './types'

export interface ColumnMapping {
  index: number
  header: string
  /** Target field, or null when the column is ignored. */
  field: string | null
  source: 'auto' | 'memory' | 'user' | 'none'
}

/** What MappingMemory stores: header -> field (null = ignore this column). */
export type SavedMapping = Record<string, string | null>

/** Persistence port for remembered mappings, keyed by fileShape(). */
export interface MappingMemory {
  get(shape: string): Promise<SavedMapping | undefined>
  set(shape: string, mapping: SavedMapping): Promise<void>
}

/**
 * "Price (USD)" -> "price", "Order #" -> "order number", "product_compare_to_price" -> "product compare to
 * price", "costPrice" -> "cost price", "Catégorie" -> "categorie".
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/#/g, ' number ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
}

const compact = (s: string): string => s.replace(/ /g, '')

function candidates(def: ColumnDef): string[] {
  return [def.header, def.field.split('.').pop() ?? def.field, def.field, ...(def.synonyms ?? [])].map(normaliseHeader).filter((s) => s !== '')
}

/** Index of every spelling (normalised and space-less) -> field, first definition wins. */
function buildIndex(columns: readonly ColumnDef[]): Map<string, string> {
  const index = new Map<string, string>()
  // Headers and field names first, so a synonym of one column never steals another column's own name.
  for (const pass of [0, 1]) {
    for (const def of columns) {
      const names = pass === 0 ? candidates(def).slice(0, 3) : candidates(def).slice(3)
      for (const n of names) {
        if (!index.has(n)) index.set(n, def.field)
        if (!index.has(compact(n))) index.set(compact(n), def.field)
      }
    }
  }
  return index
}

export function autoMap(headers: readonly string[], format: CsvFormat<never>): ColumnMapping[] {
  const columns = format.columns()
  const index = buildIndex(columns)
  const used = new Set<string>()
  return headers.map((header, i) => {
    const exact = columns.find((c) => c.header === header)
    const dynamic = format.dynamicColumn?.(header)
    const n = normaliseHeader(header)
    const field = exact?.field ?? dynamic?.field ?? index.get(n) ?? index.get(compact(n)) ?? null
    if (field === null || used.has(field)) return { index: i, header, field: null, source: 'none' }
    used.add(field)
    return { index: i, header, field, source: 'auto' }
  })
}

/** Applies remembered or user choices on top of an automatic mapping (header -> field | null). */
export function applyOverrides(mapping: readonly ColumnMapping[], overrides: SavedMapping, source: 'memory' | 'user' = 'user'): ColumnMapping[] {
  const next = mapping.map((m) => (Object.hasOwn(overrides, m.header) ? { ...m, field: overrides[m.header] ?? null, source } : m))
  // A field chosen explicitly moves away from whatever column auto-mapping had given it.
  const chosen = new Set(next.filter((m) => m.source === source && m.field !== null).map((m) => m.field))
  return next.map((m) => (m.source !== source && m.field !== null && chosen.has(m.field) ? { ...m, field: null, source: 'none' } : m))
}

export function toSaved(mapping: readonly ColumnMapping[]): SavedMapping {
  return Object.fromEntries(mapping.map((m) => [m.header, m.field]))
}

/** Sorted normalised headers + resource, hashed: the same spreadsheet layout gets the same key. */
export function fileShape(resource: CsvResource, headers: readonly string[]): string {
  const key = [...new Set(headers.map(normaliseHeader))].sort().join('\u0001')
  return createHash('sha256').update(`${resource}\u0000${key}`).digest('hex').slice(0, 24)
}

export interface ResolvedColumn {
  index: number
  header: string
  def: ColumnDef
}

/** Turns a mapping into column definitions, reporting fields mapped twice, unknown and ignored columns. */
export function resolveMapping(mapping: readonly ColumnMapping[], format: CsvFormat<never>): { columns: ResolvedColumn[]; issues: CsvIssue[] } {
  const defs = new Map(format.columns().map((c) => [c.field, c]))
  const issues: CsvIssue[] = []
  const columns: ResolvedColumn[] = []
  const taken = new Map<string, string>()
  for (const m of mapping) {
    if (m.header.trim() === '') continue
    if (m.field === null) {
      if (format.knownUnsupported?.(m.header)) {
        issues.push(csvIssue('warning', 'UNSUPPORTED_COLUMN', `Column "${m.header}" is an Ecwid column Stockroom does not edit; it is ignored.`, { row: 1, column: m.header }))
      } else if (m.source !== 'user' && m.source !== 'memory') {
        issues.push(csvIssue('warning', 'UNKNOWN_COLUMN', `Column "${m.header}" (${columnLetter(m.index)}) does not match any field and is ignored. Map it to a field to import it.`, { row: 1, column: m.header }))
      }
      continue
    }
    const def = defs.get(m.field) ?? format.dynamicColumn?.(m.header)
    if (!def) {
      issues.push(csvIssue('error', 'UNKNOWN_COLUMN', `Column "${m.header}" is mapped to "${m.field}", which this format does not have.`, { row: 1, column: m.header }))
      continue
    }
    const other = taken.get(def.field)
    if (other !== undefined) {
      issues.push(csvIssue('error', 'DUPLICATE_HEADER', `Columns "${other}" and "${m.header}" both map to ${def.header}. Ignore one of them.`, { row: 1, column: m.header }))
      continue
    }
    taken.set(def.field, m.header)
    columns.push({ index: m.index, header: m.header, def })
  }
  return { columns, issues }
}
