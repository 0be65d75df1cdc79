// Selection math: ranges from anchor/focus, clamped moves, Tab order, select-all.
import { describe, expect, it } from 'vitest'
import { clampSelection, collapsed, contains, moveBy, moveTo, rangeSize, selectAll, tab, toRange } from '../../../src/renderer/src/components/grid/selection'

const b = { rows: 100, cols: 5 }

describe('selection', () => {
  it('normalises any anchor/focus order into an inclusive range', () => {
    const r = toRange({ anchor: { row: 7, col: 3 }, focus: { row: 2, col: 1 } })
    expect(r).toEqual({ top: 2, bottom: 7, left: 1, right: 3 })
    expect(rangeSize(r)).toEqual({ rows: 6, cols: 3, cells: 18 })
    expect(contains(r, 2, 1)).toBe(true)
    expect(contains(r, 7, 3)).toBe(true)
    expect(contains(r, 8, 3)).toBe(false)
    expect(contains(r, 5, 0)).toBe(false)
  })

  it('moves and collapses, or extends keeping the anchor, clamped to the grid', () => {
    const s = collapsed({ row: 0, col: 0 })
    expect(moveBy(s, -1, -1, false, b)).toEqual(collapsed({ row: 0, col: 0 }))
    const ext = moveBy(moveBy(s, 2, 0, true, b), 0, 9, true, b)
    expect(ext).toEqual({ anchor: { row: 0, col: 0 }, focus: { row: 2, col: 4 } })
    expect(moveBy(ext, 1, 0, false, b)).toEqual(collapsed({ row: 3, col: 4 }))
    expect(moveTo(ext, { row: 500, col: 0 }, true, b).focus).toEqual({ row: 99, col: 0 })
  })

  it('Tab walks right and wraps to the next row; Shift+Tab walks back; both stop at the ends', () => {
    expect(tab(collapsed({ row: 3, col: 4 }), false, b)).toEqual(collapsed({ row: 4, col: 0 }))
    expect(tab(collapsed({ row: 4, col: 0 }), true, b)).toEqual(collapsed({ row: 3, col: 4 }))
    expect(tab(collapsed({ row: 99, col: 4 }), false, b)).toEqual(collapsed({ row: 99, col: 4 }))
    expect(tab(collapsed({ row: 0, col: 0 }), true, b)).toEqual(collapsed({ row: 0, col: 0 }))
  })

  it('Tab collapses a range and moves from its focus cell', () => {
    expect(tab({ anchor: { row: 1, col: 1 }, focus: { row: 2, col: 2 } }, false, b)).toEqual(collapsed({ row: 2, col: 3 }))
  })

  it('select-all spans the grid and clamping follows a shrinking grid (new filter)', () => {
    const all = selectAll(b)
    expect(toRange(all)).toEqual({ top: 0, left: 0, bottom: 99, right: 4 })
    expect(toRange(clampSelection(all, { rows: 10, cols: 2 }))).toEqual({ top: 0, left: 0, bottom: 9, right: 1 })
  })
})
