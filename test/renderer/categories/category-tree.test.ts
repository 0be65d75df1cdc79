// The Categories screen's pure tree rules: staged values on top, depth-first order by position,
// keyboard moves as parentId/orderBy edits, and no move under a category's own subtree.
import { describe, expect, it } from 'vitest'
import type { CategoryNode } from '../../../src/shared/model/category'
import { canPlaceUnder, flatten, moveEdits, placeEdits, withStaged } from '../../../src/renderer/src/components/categories/category-tree'

const node = (id: number, parentId: number, orderBy: number): CategoryNode => ({
  id, parentId, orderBy, name: `C${id}`, enabled: true, description: '', imageUrl: '', productCount: 0, productsLosing: 0
})
// 1 (10) ─ 11 (10), 12 (20);  2 (20);  3 (30)
const tree = [node(1, 0, 10), node(11, 1, 10), node(12, 1, 20), node(2, 0, 20), node(3, 0, 30)]
const ids = (rows: { id: number }[]): number[] => rows.map((r) => r.id)

describe('category tree', () => {
  it('flattens depth-first by position, children only under expanded parents', () => {
    expect(ids(flatten(tree, new Set()))).toEqual([1, 2, 3])
    const open = flatten(tree, new Set([1]))
    expect(open.map((r) => [r.id, r.depth, r.hasChildren])).toEqual([[1, 0, true], [11, 1, false], [12, 1, false], [2, 0, false], [3, 0, false]])
  })

  it('applies staged parent, position and name', () => {
    const staged = withStaged(tree, (id) => (id === 3 ? new Map<string, null | number | string>([['parentId', 1], ['orderBy', 5], ['name', 'Moved']]) : undefined))
    expect(ids(flatten(staged, new Set([1])))).toEqual([1, 3, 11, 12, 2])
    expect(staged.find((n) => n.id === 3)?.name).toBe('Moved')
  })

  it('Alt+↑/↓ swap positions among siblings and renumber them 10, 20, 30', () => {
    expect(moveEdits(tree, 2, 'up')).toEqual([
      { resource: 'categories', entityId: 2, field: 'orderBy', value: 10 },
      { resource: 'categories', entityId: 1, field: 'orderBy', value: 20 }
    ])
    expect(moveEdits(tree, 1, 'up')).toEqual([])
    expect(moveEdits(tree, 3, 'down')).toEqual([])
  })

  it('Alt+→ puts a category last under its previous sibling; Alt+← puts it right after its parent', () => {
    expect(moveEdits(tree, 2, 'indent')).toEqual([
      { resource: 'categories', entityId: 2, field: 'parentId', value: 1 },
      { resource: 'categories', entityId: 2, field: 'orderBy', value: 30 }
    ])
    expect(moveEdits(tree, 1, 'indent')).toEqual([])
    expect(moveEdits(tree, 11, 'outdent')).toEqual([
      { resource: 'categories', entityId: 11, field: 'parentId', value: 0 },
      { resource: 'categories', entityId: 11, field: 'orderBy', value: 20 },
      { resource: 'categories', entityId: 2, field: 'orderBy', value: 30 },
      { resource: 'categories', entityId: 3, field: 'orderBy', value: 40 }
    ])
  })

  it('places before a given sibling, and refuses a category’s own subtree as its parent', () => {
    expect(placeEdits(tree, 3, 1, 12)).toEqual([
      { resource: 'categories', entityId: 3, field: 'parentId', value: 1 },
      { resource: 'categories', entityId: 3, field: 'orderBy', value: 20 },
      { resource: 'categories', entityId: 12, field: 'orderBy', value: 30 }
    ])
    expect(canPlaceUnder(tree, 1, 11)).toBe(false)
    expect(canPlaceUnder(tree, 1, 1)).toBe(false)
    expect(canPlaceUnder(tree, 11, 2)).toBe(true)
    expect(canPlaceUnder(tree, 11, 0)).toBe(true)
  })
})
