// Turns placed values into CellEdits against the loaded rows: checks editability, skips rows not
// loaded yet and unchanged cells, and counts what was skipped so the grid can say why.
import type { Placed } from './fill'
import type { CellEdit, CellValue, GridColumn, GridDataSource } from './types'
import { isEditable, sameValue } from './values'

export interface EditPlan {
  edits: CellEdit[]
  notEditable: number
  notLoaded: number
  unchanged: number
}

export function planEdits<Row>(columns: readonly GridColumn<Row>[], source: GridDataSource<Row>, placed: readonly Placed<CellValue>[]): EditPlan {
  const plan: EditPlan = { edits: [], notEditable: 0, notLoaded: 0, unchanged: 0 }
  for (const p of placed) {
    const col = columns[p.col]
    if (!col) continue
    const row = source.rowAt(p.row)
    if (row === undefined) {
      plan.notLoaded++
      continue
    }
    if (!isEditable(col, row)) {
      plan.notEditable++
      continue
    }
    // No-op edits would show as staged changes that change nothing; a merchant can't tell them apart.
    if (sameValue(col.value(row), p.value)) {
      plan.unchanged++
      continue
    }
    plan.edits.push({ rowKey: source.rowKey(row), columnKey: col.key, value: p.value, rowIndex: p.row })
  }
  return plan
}

/** A short sentence about cells an action skipped, or '' when none were. */
export function skippedNote(plan: EditPlan, verb: string): string {
  const parts: string[] = []
  if (plan.notEditable > 0) parts.push(`${plan.notEditable} not editable`)
  if (plan.notLoaded > 0) parts.push(`${plan.notLoaded} not loaded yet — scroll to them or select fewer rows`)
  if (parts.length === 0) return ''
  const done = plan.edits.length
  return `${verb} ${done} cell${done === 1 ? '' : 's'}; skipped ${parts.join(', ')}.`
}
