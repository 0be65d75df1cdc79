// Where pastes, fill-downs and clears land (Excel's rules), and how they become CellEdits.
import { describe, expect, it } from 'vitest'
import { planEdits, skippedNote } from '../../../src/renderer/src/components/grid/edits'
import { cellsOf, fillDown, pastePlacement, pastedRange } from '../../../src/renderer/src/components/grid/fill'
import type { CellValue, GridColumn, GridDataSource } from '../../../src/renderer/src/components/grid/types'

const b = { rows: 10, cols: 4 }
const at = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right })

describe('pastePlacement', () => {
  it('pastes a block once at the top-left of a single-cell selection', () => {
    const placed = pastePlacement([['a', 'b'], ['c', 'd']], at(3, 1), b)
    expect(placed).toEqual([
      { row: 3, col: 1, value: 'a' },
      { row: 3, col: 2, value: 'b' },
      { row: 4, col: 1, value: 'c' },
      { row: 4, col: 2, value: 'd' }
    ])
    expect(pastedRange(placed)).toEqual(at(3, 1, 4, 2))
  })

  it('fills every selected cell with a single value', () => {
    const placed = pastePlacement([['x']], at(2, 0, 4, 1), b)
    expect(placed).toHaveLength(6)
    expect(new Set(placed.map((p) => p.value))).toEqual(new Set(['x']))
  })

  it('tiles a block over a selection that is an exact multiple of it', () => {
    const placed = pastePlacement([['1'], ['2']], at(0, 0, 3, 1), b)
    expect(placed.map((p) => `${p.row},${p.col}=${p.value}`)).toEqual(['0,0=1', '0,1=1', '1,0=2', '1,1=2', '2,0=1', '2,1=1', '3,0=2', '3,1=2'])
  })

  it('pastes once (no tiling) when the selection is not a multiple', () => {
    expect(pastePlacement([['1'], ['2']], at(0, 0, 2, 0), b)).toHaveLength(2)
  })

  it('drops cells past the grid edge', () => {
    const placed = pastePlacement([['a', 'b', 'c'], ['d', 'e', 'f']], at(9, 2), b)
    expect(placed).toEqual([{ row: 9, col: 2, value: 'a' }, { row: 9, col: 3, value: 'b' }])
  })

  it('handles a 3×20 block (the issue acceptance case)', () => {
    const block = Array.from({ length: 20 }, (_r, i) => [`n${i}`, `${i}.5`, `${i}`])
    const placed = pastePlacement(block, at(0, 1), { rows: 100, cols: 8 })
    expect(placed).toHaveLength(60)
    expect(pastedRange(placed)).toEqual(at(0, 1, 19, 3))
  })
})

describe('fillDown', () => {
  it('copies the top row of the selection into the rows below, per column', () => {
    const f = fillDown(at(2, 1, 4, 2))
    expect(f?.sourceRow).toBe(2)
    expect(f?.targets.map((t) => `${t.row},${t.col}<-${t.value}`)).toEqual(['3,1<-1', '3,2<-2', '4,1<-1', '4,2<-2'])
  })

  it('copies the row above into a single-row selection, and does nothing on row 0', () => {
    expect(fillDown(at(5, 0, 5, 1))).toEqual({ sourceRow: 4, targets: [{ row: 5, col: 0, value: 0 }, { row: 5, col: 1, value: 1 }] })
    expect(fillDown(at(0, 0))).toBeNull()
  })

  it('lists every cell of a range for clear', () => {
    expect(cellsOf(at(1, 1, 2, 2))).toEqual([{ row: 1, col: 1 }, { row: 1, col: 2 }, { row: 2, col: 1 }, { row: 2, col: 2 }])
  })
})

interface R {
  id: number
  name: string
  locked: boolean
}
const columns: GridColumn<R>[] = [
  { key: 'id', title: 'ID', width: 50, type: 'integer', value: (r) => r.id },
  { key: 'name', title: 'Name', width: 100, type: 'text', value: (r) => r.name, editable: (r) => !r.locked }
]
const rows: (R | undefined)[] = [{ id: 1, name: 'a', locked: false }, { id: 2, name: 'b', locked: true }, undefined, { id: 4, name: 'd', locked: false }]
const source: GridDataSource<R> = { total: rows.length, rowAt: (i) => rows[i], ensureRange: () => undefined, rowKey: (r) => `k${r.id}` }

describe('planEdits', () => {
  it('emits edits for editable loaded changed cells and counts the rest', () => {
    const placed: { row: number; col: number; value: CellValue }[] = [
      { row: 0, col: 1, value: 'new' },
      { row: 0, col: 0, value: 9 },
      { row: 1, col: 1, value: 'x' },
      { row: 2, col: 1, value: 'x' },
      { row: 3, col: 1, value: 'd' }
    ]
    const plan = planEdits(columns, source, placed)
    expect(plan.edits).toEqual([{ rowKey: 'k1', columnKey: 'name', value: 'new', rowIndex: 0 }])
    expect(plan).toMatchObject({ notEditable: 2, notLoaded: 1, unchanged: 1 })
    expect(skippedNote(plan, 'Pasted')).toBe('Pasted 1 cell; skipped 2 not editable, 1 not loaded yet — scroll to them or select fewer rows.')
  })

  it('says nothing when nothing was skipped', () => {
    expect(skippedNote(planEdits(columns, source, [{ row: 0, col: 1, value: 'z' }]), 'Pasted')).toBe('')
  })
})
