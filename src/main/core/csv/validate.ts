// Row validation: cell text -> typed values per mapped field, with a report line for every bad cell.
// Blank cells mean "leave unchanged" unless the user explicitly chose "blank clears". Pure.

import { parseValue } from './cell-codec'
import { restoreCell } from './excel-safe'
import type { CsvRow } from './import-parse'
import type { ResolvedColumn } from './mapping'
import { csvIssue, DEFAULT_CELL_OPTIONS, type CellOptions, type CsvIssue } from './types'

export interface ValidateOptions extends CellOptions {
  /**
   * Off by default: a blank cell never clears a stored value (merchants' most expensive CSV trap).
   * `true` clears for every editable column; a set limits it to those field keys.
   */
  blankClears: boolean | ReadonlySet<string>
}

export const DEFAULT_VALIDATE_OPTIONS: ValidateOptions = { ...DEFAULT_CELL_OPTIONS, blankClears: false }

export interface ValidatedRow {
  row: number
  /** field -> typed value; null means "clear"; absent means "leave unchanged". */
  values: Record<string, unknown>
  issues: CsvIssue[]
  /** False when any error (parse, ragged row, quote) makes the row unsafe to import. */
  valid: boolean
}

/** One cell of the validation report. */
export interface ReportLine {
  row: number | null
  column: string | null
  value?: string
  message: string
}

export function toReport(issues: readonly CsvIssue[]): ReportLine[] {
  return issues.map((i) => (i.value === undefined ? { row: i.row, column: i.column, message: i.message } : { row: i.row, column: i.column, value: i.value, message: i.message }))
}

const clears = (opt: ValidateOptions['blankClears'], field: string): boolean => (typeof opt === 'boolean' ? opt : opt.has(field))

export function validateRow(row: CsvRow, columns: readonly ResolvedColumn[], options: ValidateOptions = DEFAULT_VALIDATE_OPTIONS): ValidatedRow {
  const values: Record<string, unknown> = {}
  const issues: CsvIssue[] = [...row.issues]
  for (const { index, header, def } of columns) {
    // Read-only columns are not even parsed: spreadsheets reformat totals and dates we ignore anyway.
    if (def.readOnly && !def.identity) continue
    const raw = restoreCell(row.cells[index] ?? '')
    if (raw.trim() === '') {
      if (!def.readOnly && clears(options.blankClears, def.field)) values[def.field] = null
      continue
    }
    const parsed = parseValue(raw, def, options)
    if (parsed.ok) values[def.field] = parsed.value
    else issues.push(csvIssue('error', 'INVALID_VALUE', `Row ${row.row}, ${header}: ${parsed.message}.`, { row: row.row, column: header, value: raw }))
  }
  return { row: row.row, values, issues, valid: !issues.some((i) => i.severity === 'error') }
}
