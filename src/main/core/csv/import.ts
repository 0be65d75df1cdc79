// Import pipeline in one call: open (encoding, delimiter) -> map headers -> validate rows -> match -> changes.
// Writes nothing: changes go to the `onChanges` sink (the sessions engine), the report back to the caller.

import type { ValidationContext } from '../sessions/validate'
import { createChangeChecker, type ChangeChecker } from './engine-check'
import { detectFormat, formatById, type FormatId } from './formats'
import { openCsv, type CsvRow, type OpenCsvOptions, type OpenedCsv } from './import-parse'
import { applyOverrides, autoMap, fileShape, resolveMapping, toSaved, type ColumnMapping, type MappingMemory, type SavedMapping } from './mapping'
import { createPlanner, type EntityLookup } from './match'
import { CsvFileError, type CsvIssue, type CsvResource, type PlannedChange } from './types'
import { DEFAULT_VALIDATE_OPTIONS, validateRow, type ValidatedRow, type ValidateOptions } from './validate'

/** Rows validated and looked up together (one lookup query per batch). */
const PLAN_BATCH_ROWS = 500

export interface ImportRequest extends OpenCsvOptions {
  resource: CsvResource
  source: AsyncIterable<Uint8Array>
  lookup: EntityLookup
  /** Default: detected from the header (Ecwid's own files vs anything else). */
  format?: FormatId
  /** The user's choices on the mapping screen (header -> field | null). */
  mapping?: SavedMapping
  memory?: MappingMemory
  /** Remember the final mapping for this file shape (after the user confirmed it). */
  rememberMapping?: boolean
  allowCreate?: boolean
  validate?: Partial<ValidateOptions>
  /**
   * The session engine's validation context: every planned change goes through its validateField,
   * so a value staging would refuse makes its row invalid here (report line, no change, counted).
   */
  engine?: ValidationContext
  /** Receives changes in batches as rows are planned; without it they are collected in the result. */
  onChanges?: (changes: PlannedChange[]) => Promise<void>
  /** Stop collecting report lines after this many (the counts stay exact). */
  maxIssues?: number
}

export interface ImportResult {
  format: FormatId
  encoding: OpenedCsv['encoding']
  delimiter: OpenedCsv['delimiter']
  shape: string
  mapping: ColumnMapping[]
  rows: number
  valid: number
  invalid: number
  changeCount: number
  /** Empty when onChanges was given. */
  changes: PlannedChange[]
  issues: CsvIssue[]
  /** A file-level problem stopped the import (empty, binary, undecodable, unclosed quote). */
  fatal: CsvIssue | null
}

export async function planImport(req: ImportRequest): Promise<ImportResult> {
  const maxIssues = req.maxIssues ?? 10_000
  const issues: CsvIssue[] = []
  const note = (list: readonly CsvIssue[]): void => {
    for (const i of list) if (issues.length < maxIssues) issues.push(i)
  }
  const result: ImportResult = {
    format: req.format ?? 'products-flat',
    encoding: { encoding: 'utf-8', bom: false, reason: '' },
    delimiter: ',',
    shape: '',
    mapping: [],
    rows: 0,
    valid: 0,
    invalid: 0,
    changeCount: 0,
    changes: [],
    issues,
    fatal: null
  }
  try {
    const csv = await openCsv(req.source, req)
    const formatId = req.format ?? detectFormat(req.resource, csv.headers)
    const format = formatById(formatId)
    const shape = fileShape(req.resource, csv.headers)
    let mapping = autoMap(csv.headers, format)
    const remembered = await req.memory?.get(shape)
    if (remembered) mapping = applyOverrides(mapping, remembered, 'memory')
    if (req.mapping) mapping = applyOverrides(mapping, req.mapping, 'user')
    if (req.rememberMapping && req.memory) await req.memory.set(shape, toSaved(mapping))
    Object.assign(result, { format: formatId, encoding: csv.encoding, delimiter: csv.delimiter, shape, mapping })
    const resolved = resolveMapping(mapping, format)
    note(csv.headerIssues)
    note(resolved.issues)
    if ([...csv.headerIssues, ...resolved.issues].some((i) => i.severity === 'error')) return result

    const planner = createPlanner({ format, columns: resolved.columns, lookup: req.lookup, allowCreate: req.allowCreate ?? false })
    const options: ValidateOptions = { ...DEFAULT_VALIDATE_OPTIONS, ...req.validate }
    let pending: PlannedChange[] = []
    const flush = async (): Promise<void> => {
      if (pending.length === 0) return
      if (req.onChanges) await req.onChanges(pending)
      else result.changes.push(...pending)
      pending = []
    }
    const checker = req.engine ? createChangeChecker(req.engine, resolved.columns) : null
    const planRow = async (row: CsvRow, validated: ValidatedRow): Promise<void> => {
      result.rows++
      const plan = await planner.add(validated)
      let bad = plan.issues.some((i) => i.severity === 'error')
      if (!bad && checker && plan.changes.length > 0) {
        const refused = await checker.check(row.row, plan.changes, (col) => row.cells[col.index])
        plan.issues.push(...refused)
        bad = refused.length > 0
      }
      if (bad) result.invalid++
      else result.valid++
      note(plan.issues)
      // "Import valid rows only": a row with any error contributes no change at all.
      if (!bad) {
        pending.push(...plan.changes)
        result.changeCount += plan.changes.length
      }
      if (pending.length >= 1000) await flush()
    }
    // Rows are planned in batches, in file order, so the lookup can read a batch's ids in one query.
    let batch: CsvRow[] = []
    const planBatch = async (): Promise<void> => {
      const rows = batch
      batch = []
      const validated = rows.map((row) => validateRow(row, resolved.columns, options))
      if (req.lookup.prefetch && rows.length > 1) await req.lookup.prefetch(req.resource, validated.map((v) => v.values['id']))
      for (let i = 0; i < rows.length; i++) await planRow(rows[i] as CsvRow, validated[i] as ValidatedRow)
    }
    // A file error mid-file (an unclosed quote) still plans the rows read before it, as row by row did.
    let failed = false
    let failure: unknown
    try {
      for await (const row of csv.rows) {
        batch.push(row)
        if (batch.length >= PLAN_BATCH_ROWS) await planBatch()
      }
    } catch (e) {
      failed = true
      failure = e
    }
    await planBatch()
    if (failed) throw failure
    const end = await planner.finish()
    note(end.issues)
    const kept = checker ? await checkLate(checker, end.changes, note) : { changes: end.changes, rows: 0 }
    // Rows whose whole-file changes (Ecwid option rows) the engine refuses turn invalid after all.
    result.valid -= kept.rows
    result.invalid += kept.rows
    pending.push(...kept.changes)
    result.changeCount += kept.changes.length
    await flush()
    return result
  } catch (err) {
    if (!(err instanceof CsvFileError)) throw err
    result.fatal = err.issue
    issues.push(err.issue)
    return result
  }
}

/** Changes planned at the end of the file, checked per row: a refused row keeps none of them. */
async function checkLate(checker: ChangeChecker, changes: readonly PlannedChange[], note: (l: readonly CsvIssue[]) => void): Promise<{ changes: PlannedChange[]; rows: number }> {
  const byRow = new Map<number, PlannedChange[]>()
  for (const c of changes) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c])
  const kept: PlannedChange[] = []
  let rows = 0
  for (const [row, list] of byRow) {
    const refused = await checker.check(row, list)
    note(refused)
    if (refused.length > 0) rows++
    else kept.push(...list)
  }
  return { changes: kept, rows }
}
