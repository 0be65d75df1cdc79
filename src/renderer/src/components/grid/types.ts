// Public types of the generic spreadsheet grid: columns, the windowed data source, edits, selection.
// Backend-free on purpose: views adapt their store/session to these shapes; nothing here knows Ecwid.

export type ColumnType = 'text' | 'number' | 'money' | 'integer' | 'boolean' | 'enum' | 'date' | 'image' | 'html'

/** What a cell holds. Dates are ISO strings ('YYYY-MM-DD' or full ISO); images are URLs; html is markup. */
export type CellValue = string | number | boolean | null

export type RowKey = string | number

export interface EnumOption {
  value: string
  label: string
}

export interface GridColumn<Row> {
  key: string
  title: string
  /** Initial width in px; the user may resize (see the `column-resize` event). */
  width: number
  type: ColumnType
  value: (row: Row) => CellValue
  /** Display text, e.g. money in the store's currency format (the row for units that depend on it,
   *  e.g. a coupon's discount type). Never used for editing or copying. */
  format?: (value: CellValue, row?: Row) => string
  /** Default false: a grid is read-only unless the caller says what can change. */
  editable?: boolean | ((row: Row) => boolean)
  options?: readonly EnumOption[]
  /** What the editor offers when not every shown value may be set (default: `options`). */
  editOptions?: readonly EnumOption[]
  /** Default true. */
  sortable?: boolean
  /** Default: 'end' for numbers and money, 'center' for booleans and images, else 'start'. */
  align?: 'start' | 'center' | 'end'
}

/**
 * Rows live elsewhere (the main process) and arrive in windows. `total` and `rowAt` must read
 * reactive state (e.g. a reactive object, or getters over refs) so the grid repaints when a window lands.
 */
export interface GridDataSource<Row> {
  readonly total: number
  /** undefined while the row is not loaded yet: the grid paints a placeholder. */
  rowAt(index: number): Row | undefined
  /** The grid needs rows [start, end): the visible window plus overscan, or a selection to copy/edit. */
  ensureRange(start: number, end: number): void
  /** Optional: told the painted rows [start, end) on every scroll step, to read ahead of them. */
  prefetch?(start: number, end: number): void
  rowKey(row: Row): RowKey
}

export type SortDir = 'asc' | 'desc'

export interface SortKey {
  key: string
  dir: SortDir
}

export interface CellEdit {
  rowKey: RowKey
  columnKey: string
  /** Parsed for the column type; text the grid could not parse arrives as the raw string so the
   *  caller's validation can reject it with a message instead of the grid silently dropping it. */
  value: CellValue
  /** Index in the current sort/filter order when the edit was made. */
  rowIndex: number
}

export interface CellState {
  staged?: boolean
  error?: string
  /** An import preview's change on this cell: the file's value, the current one and the file row. */
  preview?: { accepted: boolean; before: unknown; after: unknown; fileRow: number }
}

export type CellStateFn = (rowKey: RowKey, columnKey: string) => CellState | undefined

export interface CellPos {
  row: number
  col: number
}

/** Inclusive on all sides, in row index / visible-column index space. */
export interface CellRange {
  top: number
  left: number
  bottom: number
  right: number
}

export interface SelectionInfo {
  rows: number
  columns: number
  cells: number
  range: CellRange | null
  /** Keys of the selected visible columns, left to right. */
  columnKeys: string[]
}

export interface ColumnResize {
  key: string
  width: number
}

/** Where the selection goes after an editor commits: Enter moves down, Tab right, a click nowhere. */
export type EditorMove = 'down' | 'up' | 'right' | 'left' | 'none'
