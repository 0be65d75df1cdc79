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
  /** Hover text: an error, or an import preview's "now → in the file" line. */
  title: string | undefined
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
  const p = state?.preview
  if (p) className += p.accepted ? ' dg-preview' : ' dg-preview-off'
  const title = state?.error ?? (p ? previewTitle(column, row, p) : undefined)
  return { value, text, src, editable, state, className, title }
}

function previewTitle<Row>(column: GridColumn<Row>, row: Row, p: NonNullable<CellState['preview']>): string {
  const show = (v: unknown): string => (v === null || v === undefined || v === '' ? '(empty)' : displayText(column, v as CellValue, row))
  const verdict = p.accepted ? 'accepted (Space rejects)' : 'rejected (Space accepts)'
  const cut = (t: string): string => (t.length > 200 ? `${t.slice(0, 200)}…` : t)
  return `Now: ${cut(show(p.before))} → file row ${p.fileRow}: ${cut(show(p.after))} · ${verdict}`
}
