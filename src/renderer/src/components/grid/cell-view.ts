// What one painted cell shows, computed without a component per cell (a row renders its cells):
// display text, sanitized HTML preview, https-only thumbnail, editability and state classes.
import { htmlPreviewSoon, safeImageUrl } from './html-preview'
import type { CellState, CellValue, GridColumn } from './types'
import { defaultAlign, displayText, isEditable } from './values'

export interface CellView {
  value: CellValue
  text: string
  src: string | null
  editable: boolean
  state: CellState | undefined
  className: string
}

export function cellView<Row>(column: GridColumn<Row>, row: Row, readOnly: boolean, state: CellState | undefined): CellView {
  const value = column.value(row)
  const editable = !readOnly && isEditable(column, row)
  const text = column.type === 'html' && !column.format ? (typeof value === 'string' ? htmlPreviewSoon(value) : '') : displayText(column, value, row)
  const src = column.type === 'image' ? safeImageUrl(value) : null
  let className = `dg-cell dg-align-${defaultAlign(column)}`
  if (!editable) className += ' dg-locked'
  if (state?.staged) className += ' dg-staged'
  if (state?.error) className += ' dg-invalid'
  return { value, text, src, editable, state, className }
}
