// Shared vocabulary of the CSV engine: resources, column definitions, issues and planned changes.
// Types plus two tiny helpers; no I/O, no electron import, nothing here talks to the store or sessions.

export type CsvResource = 'products' | 'orders' | 'coupons' | 'customers'

export type Delimiter = ',' | ';' | '\t'
export type DecimalSeparator = '.' | ','

/** How a cell is parsed and formatted. `list` is a ';'-separated list of strings or integers. */
export type FieldType = 'string' | 'html' | 'integer' | 'number' | 'boolean' | 'date' | 'enum' | 'string-list' | 'integer-list'

/** Which lookup a column feeds when rows are matched to existing entities. */
export type IdentityKind = 'id' | 'sku' | 'code' | 'orderNumber'

export interface ColumnDef {
  /** Exact column name written on export. */
  header: string
  /** Canonical field key; for flat formats this is the entity's dot path (e.g. "billingPerson.city"). */
  field: string
  type: FieldType
  enumValues?: readonly string[]
  /** Exported for reference; never turned into a change on import (ids, totals, timestamps, images). */
  readOnly?: boolean
  identity?: IdentityKind
  /** Extra header spellings recognised by automatic mapping (normalised before comparing). */
  synonyms?: readonly string[]
  /** Entity path when it differs from `field` (Ecwid columns); changes are reported on this path. */
  path?: string
  /** Boolean stored inverted on the entity (Ecwid's "inventory tracked" is our `unlimited` negated). */
  negate?: boolean
}

export type IssueCode =
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'BAD_ENCODING'
  | 'FILE_TOO_LARGE'
  | 'CELL_TOO_LARGE'
  | 'WRONG_DELIMITER'
  | 'EMPTY_HEADER'
  | 'DUPLICATE_HEADER'
  | 'UNKNOWN_COLUMN'
  | 'UNSUPPORTED_COLUMN'
  | 'RAGGED_ROW'
  | 'UNCLOSED_QUOTE'
  | 'MALFORMED_QUOTE'
  | 'INVALID_VALUE'
  | 'REQUIRED'
  | 'DUPLICATE_KEY'
  | 'NOT_FOUND'
  | 'NOT_IMPORTABLE'
  | 'SKIPPED_ROW'

/** One line of the validation report. `row` is the spreadsheet row number (header = 1), null for file-level issues. */
export interface CsvIssue {
  severity: 'error' | 'warning'
  code: IssueCode
  row: number | null
  column: string | null
  value?: string
  message: string
}

export function csvIssue(
  severity: CsvIssue['severity'],
  code: IssueCode,
  message: string,
  at: { row?: number | null; column?: string | null; value?: string } = {}
): CsvIssue {
  const issue: CsvIssue = { severity, code, row: at.row ?? null, column: at.column ?? null, message }
  if (at.value !== undefined) issue.value = at.value.length > 200 ? `${at.value.slice(0, 200)}…` : at.value
  return issue
}

/** A problem that stops reading the file at all (empty, binary, undecodable, too large). */
export class CsvFileError extends Error {
  constructor(readonly issue: CsvIssue) {
    super(issue.message)
    this.name = 'CsvFileError'
  }
}

/** Neutral change record handed to the sessions engine; unchanged values never produce one. */
export interface PlannedChange {
  resource: CsvResource
  entityId: number | string | 'new'
  /** Present for product variation fields (Ecwid format variation rows). */
  variationId?: number
  field: string
  before: unknown
  after: unknown
  /** Spreadsheet row that asked for the change. */
  row: number
}

/** Options shared by typed parsing and formatting. */
export interface CellOptions {
  decimalSeparator: DecimalSeparator
  /** How to read 03/04/2025: day first (most of the world) or month first (US). */
  dateOrder: 'DMY' | 'MDY'
}

export const DEFAULT_CELL_OPTIONS: CellOptions = { decimalSeparator: '.', dateOrder: 'DMY' }
