// CSV import and export as the renderer and the CLI see them: requests, the inspection of a chosen file,
// the validation report and the planned changes as a diff. Types only; the engine lives in main/core/csv.
import type { GridFilter, SortKey } from './grid'
import type { JsonValue, SessionSummary } from './session'

export const CSV_RESOURCES = ['products', 'orders', 'coupons', 'customers'] as const
export type CsvResourceName = (typeof CSV_RESOURCES)[number]

/**
 * `flat`: Stockroom's own columns, one row per entity. `ecwid`: the product CSV of Ecwid's control
 * panel (products only). `items`: one row per order item (orders, export only). `tracking`: the
 * orders tracking-numbers preset (order number, tracking number, carrier, status).
 */
export const CSV_FORMATS = ['flat', 'ecwid', 'items', 'tracking'] as const
export type CsvFormatChoice = (typeof CSV_FORMATS)[number]

export const CSV_DELIMITERS = [',', ';', '\t'] as const
export type CsvDelimiterChoice = (typeof CSV_DELIMITERS)[number]
export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type CsvEncodingChoice = (typeof CSV_ENCODINGS)[number]

/** A grid's current view: its search, filters, sort and visible columns (grid column keys). */
export interface CsvGridView {
  search?: string
  filters?: GridFilter[]
  sort?: SortKey[]
  columns?: string[]
}

export interface CsvExportOptions {
  delimiter?: CsvDelimiterChoice
  /** UTF-8 byte-order mark for Excel; on by default. */
  bom?: boolean
  decimalSeparator?: '.' | ','
}

export interface CsvExportRequest {
  resource: CsvResourceName
  format: CsvFormatChoice
  /** Absent: the whole resource. */
  view?: CsvGridView
  options?: CsvExportOptions
}

export interface CsvExportResult {
  rows: number
  /** The file's name (not its folder) as the user chose it. */
  file: string
  bytes: number
  durationMs: number
}

/** A file the user picked in main's open dialog: the renderer only ever holds the opaque token. */
export interface CsvFileChoice {
  fileToken: string
  name: string
  size: number
}

/** Header -> field key, or null to ignore the column. */
export type CsvColumnMap = Record<string, string | null>

export interface CsvReadRequest {
  resource: CsvResourceName
  fileToken: string
  /** Default: detected from the header. `tracking` picks the orders tracking-numbers preset. */
  format?: CsvFormatChoice
  encoding?: CsvEncodingChoice
  delimiter?: CsvDelimiterChoice
  decimalSeparator?: '.' | ','
  dateOrder?: 'DMY' | 'MDY'
  /** The user's choices on the mapping step, applied over the automatic and remembered mapping. */
  mapping?: CsvColumnMap
  allowCreate?: boolean
}

export interface CsvMappedColumn {
  index: number
  header: string
  field: string | null
  source: 'auto' | 'memory' | 'user' | 'none'
}

export interface CsvTargetField {
  field: string
  header: string
  type: string
  readOnly: boolean
}

export interface CsvInspection {
  name: string
  size: number
  format: CsvFormatChoice
  encoding: CsvEncodingChoice
  /** Why the encoding was chosen ("UTF-8 byte-order mark", "chosen by you"). */
  encodingReason: string
  bom: boolean
  delimiter: CsvDelimiterChoice
  /** 0..1; null when the delimiter was chosen by the user. */
  delimiterConfidence: number | null
  headers: string[]
  mapping: CsvMappedColumn[]
  /** True when a mapping remembered for this file shape was applied. */
  remembered: boolean
  /** Fields a column can be mapped to. */
  fields: CsvTargetField[]
  /** The first rows as text, cell by cell (shown as text only). */
  sample: string[][]
  /** A file-level problem (empty, binary, unreadable), or null. */
  fatal: CsvReportLine | null
}

/** One line of the validation report; row is the spreadsheet row (header = 1), null for the whole file. */
export interface CsvReportLine {
  severity: 'error' | 'warning'
  code: string
  row: number | null
  column: string | null
  value?: string
  message: string
}

/** One cell that would change: entity, field, current value -> value in the file. */
export interface CsvDiffRow {
  row: number
  entityId: string
  label: string
  field: string
  variationId?: number
  before: JsonValue | null
  after: JsonValue | null
  create: boolean
}

export interface CsvImportPlan {
  rows: number
  valid: number
  invalid: number
  /** Exact count of planned cell changes (the diff may be cut to a page). */
  changeCount: number
  entities: number
  creates: number
  /** The file changes nothing: importing it would be a no-op. */
  noChanges: boolean
  report: CsvReportLine[]
  diff: CsvDiffRow[]
  diffTruncated: boolean
  /** Exact planned changes per field (all of them, not only the diff's page), most first. */
  fieldCounts: CsvFieldCount[]
  /** Rows the file names but no entity matches (or that may not be created), with the reason; listed apart. */
  unmatched: CsvUnmatchedRow[]
}

/** One planned cell change of an import preview: a diff row without its label (the grid row shows it). */
export type CsvPreviewChange = Omit<CsvDiffRow, 'label'>

/**
 * An import opened as a preview layer over its resource's grid: the plan's counts and report with
 * every planned change (not a page), so the grid highlights exactly them and counts accept/reject live.
 */
export interface CsvImportPreview extends Omit<CsvImportPlan, 'diff' | 'diffTruncated'> {
  resource: CsvResourceName
  changes: CsvPreviewChange[]
}

export interface CsvUnmatchedRow {
  row: number
  reason: string
}

export interface CsvFieldCount {
  field: string
  changes: number
}

/**
 * Changes rejected on the review step, left out before staging: whole CSV rows (header = 1), whole
 * fields, single cells (row + field) and rules. The predicate lives in ./csv-accept (core and grid share it).
 */
export interface CsvImportExclusion {
  excludeRows?: number[]
  excludeFields?: string[]
  excludeCells?: CsvCellRef[]
  rules?: CsvRejectRule[]
}

export interface CsvCellRef {
  row: number
  field: string
}

/** "Reject every price change over 50 %": a numeric change whose |after - before| / |before| exceeds percent. */
export interface CsvRejectRule {
  kind: 'changeOverPercent'
  field: string
  percent: number
}

export interface CsvImportRequest extends CsvReadRequest {
  sessionName: string
  /** Import valid rows only when some rows are invalid (otherwise nothing is staged). */
  validOnly?: boolean
  /** Remember the mapping for this file shape. */
  rememberMapping?: boolean
  /** Rows and fields the user rejected: never staged. */
  exclude?: CsvImportExclusion
}

export interface CsvImportResult {
  session: SessionSummary
  staged: number
  plan: Omit<CsvImportPlan, 'diff'>
  /** Changes the session engine refused (e.g. a SKU taken meanwhile), as report lines. */
  rejected: CsvReportLine[]
}
