// Import glue over the local store: read a chosen file, inspect it (encoding, delimiter, headers, the
// automatic mapping, sample rows) and plan it against the local copy as a report plus a diff. Writes nothing.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { CsvDiffRow, CsvFieldCount, CsvImportPlan, CsvImportPreview, CsvInspection, CsvPreviewChange, CsvReadRequest, CsvReportLine } from '@shared/model/csv'
import { labelOf, type Entity } from '../sessions/ports'
import type { Db } from '../store/db'
import { detectFormat, formatById, type FormatId } from './formats'
import type { ValidationContext } from '../sessions/validate'
import { toJson } from './engine-check'
import { unmatchedRows } from './accept-import'
import { openCsv } from './import-parse'
import { planImport, type ImportResult } from './import'
import { createStoreLookup } from './local-lookup'
import { applyOverrides, autoMap, fileShape, type MappingMemory } from './mapping'
import { choiceOf, formatFor } from './store-export'
import { CsvFileError, type CsvIssue, type CsvResource, type PlannedChange } from './types'

/** The diff sent to the screen is cut here; the counts stay exact. */
export const MAX_DIFF_ROWS = 2000
const SAMPLE_ROWS = 5

function source(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Uint8Array>
}

/** A read request once main has resolved the file token to a path. */
export type FileRequest = Omit<CsvReadRequest, 'fileToken'>

const formatOf = (req: FileRequest): FormatId | undefined => (req.format ? formatFor(req.resource, req.format) : undefined)

export function reportLine(i: CsvIssue): CsvReportLine {
  const line: CsvReportLine = { severity: i.severity, code: i.code, row: i.row, column: i.column, message: i.message }
  if (i.value !== undefined) line.value = i.value
  return line
}

export async function inspectFile(path: string, name: string, req: FileRequest, memory?: MappingMemory): Promise<CsvInspection> {
  const size = (await stat(path)).size
  const base = { name, size, format: req.format ?? 'flat', encoding: 'utf-8', encodingReason: '', bom: false, delimiter: ',', delimiterConfidence: null } as const
  try {
    const csv = await openCsv(source(path), { encoding: req.encoding, delimiter: req.delimiter, knownSize: size })
    const id = formatOf(req) ?? detectFormat(req.resource, csv.headers)
    const format = formatById(id)
    let mapping = autoMap(csv.headers, format)
    const remembered = await memory?.get(fileShape(req.resource, csv.headers))
    if (remembered) mapping = applyOverrides(mapping, remembered, 'memory')
    if (req.mapping) mapping = applyOverrides(mapping, req.mapping, 'user')
    const sample: string[][] = []
    for await (const row of csv.rows) {
      sample.push(row.cells.map((c) => (c.length > 500 ? `${c.slice(0, 500)}…` : c)))
      if (sample.length >= SAMPLE_ROWS) break
    }
    return {
      ...base,
      format: choiceOf(id),
      encoding: csv.encoding.encoding,
      encodingReason: csv.encoding.reason,
      bom: csv.encoding.bom,
      delimiter: csv.delimiter,
      delimiterConfidence: csv.delimiterGuess?.confidence ?? null,
      headers: csv.headers,
      mapping,
      remembered: remembered !== undefined,
      fields: format.columns().map((c) => ({ field: c.field, header: c.header, type: c.type, readOnly: c.readOnly === true && !c.identity })),
      sample,
      fatal: null
    }
  } catch (e) {
    if (!(e instanceof CsvFileError)) throw e
    return { ...base, headers: [], mapping: [], remembered: false, fields: [], sample: [], fatal: reportLine(e.issue) }
  }
}

export interface PlanOptions {
  memory?: MappingMemory
  rememberMapping?: boolean
  onProgress?: (rows: number) => void
  /** The session engine's validation: planned values staging would refuse become report errors. */
  engine?: ValidationContext
}

/** Plans the file against the local copy; the changes are collected (they are staged by the caller). */
export async function planFile(db: Db, path: string, req: FileRequest, opts: PlanOptions = {}): Promise<ImportResult> {
  const size = (await stat(path)).size
  return planImport({
    resource: req.resource,
    source: source(path),
    knownSize: size,
    encoding: req.encoding,
    delimiter: req.delimiter,
    lookup: createStoreLookup(db),
    format: formatOf(req),
    mapping: req.mapping,
    memory: opts.memory,
    rememberMapping: opts.rememberMapping,
    allowCreate: req.allowCreate ?? false,
    engine: opts.engine,
    validate: { ...(req.decimalSeparator ? { decimalSeparator: req.decimalSeparator } : {}), ...(req.dateOrder ? { dateOrder: req.dateOrder } : {}) }
  })
}

// Kept here for the modules that import it from the store glue.
export { toJson } from './engine-check'

/** Changes as the diff screen shows them: entity label, field, current -> file value. */
export async function diffRows(db: Db, resource: CsvResource, changes: readonly PlannedChange[], limit = MAX_DIFF_ROWS): Promise<CsvDiffRow[]> {
  const lookup = createStoreLookup(db)
  const labels = new Map<string, string>()
  const newLabels = new Map<number, string>()
  for (const c of changes) if (c.entityId === 'new' && ['name', 'sku', 'code', 'email'].includes(c.field) && !newLabels.has(c.row)) newLabels.set(c.row, String(c.after))
  const out: CsvDiffRow[] = []
  for (const c of changes.slice(0, limit)) {
    const id = String(c.entityId)
    let label = c.entityId === 'new' ? `New (row ${c.row}): ${newLabels.get(c.row) ?? ''}` : labels.get(id)
    if (label === undefined) {
      const e = (await lookup.byId(resource, c.entityId)) as Entity | undefined
      label = e ? labelOf(resource, e) : id
      labels.set(id, label)
    }
    const row: CsvDiffRow = { row: c.row, entityId: id, label, field: c.field, before: toJson(c.before), after: toJson(c.after), create: c.entityId === 'new' }
    if (c.variationId !== undefined) row.variationId = c.variationId
    out.push(row)
  }
  return out
}

/** Entities touched (existing ids, plus one per new row). */
export function entityCount(changes: readonly PlannedChange[]): { entities: number; creates: number } {
  const existing = new Set<string>()
  const created = new Set<number>()
  for (const c of changes) {
    if (c.entityId === 'new') created.add(c.row)
    else existing.add(String(c.entityId))
  }
  return { entities: existing.size + created.size, creates: created.size }
}

/** Planned changes per field, most first (the review step's per-column accept/reject). */
export function fieldCounts(changes: readonly PlannedChange[]): CsvFieldCount[] {
  const counts = new Map<string, number>()
  for (const c of changes) counts.set(c.field, (counts.get(c.field) ?? 0) + 1)
  return [...counts].map(([field, n]) => ({ field, changes: n })).sort((a, b) => b.changes - a.changes || a.field.localeCompare(b.field))
}

/** The plan's counts and report, without its diff. */
function planSummary(r: ImportResult): Omit<CsvImportPlan, 'diff' | 'diffTruncated'> {
  return {
    rows: r.rows,
    valid: r.valid,
    invalid: r.invalid,
    changeCount: r.changeCount,
    ...entityCount(r.changes),
    noChanges: r.fatal === null && r.changeCount === 0 && !r.issues.some((i) => i.severity === 'error'),
    report: r.issues.map(reportLine),
    fieldCounts: fieldCounts(r.changes),
    unmatched: unmatchedRows(r.issues)
  }
}

export async function toPlan(db: Db, resource: CsvResource, r: ImportResult): Promise<CsvImportPlan> {
  return { ...planSummary(r), diff: await diffRows(db, resource, r.changes), diffTruncated: r.changes.length > MAX_DIFF_ROWS }
}

/** Every planned change, unlabelled: the grid row it lands on names the entity (no lookups on 100k rows). */
export function toPreview(resource: CsvResource, r: ImportResult): CsvImportPreview {
  const changes = r.changes.map((c): CsvPreviewChange => {
    const out: CsvPreviewChange = { row: c.row, entityId: String(c.entityId), field: c.field, before: toJson(c.before), after: toJson(c.after), create: c.entityId === 'new' }
    if (c.variationId !== undefined) out.variationId = c.variationId
    return out
  })
  return { resource, ...planSummary(r), changes }
}
