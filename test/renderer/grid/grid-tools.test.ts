// Issue 18 §3 items 2, 3, 9: the grid's layout rules (order, freeze, fit), clipped-cell tooltips,
// the context menu's items and keyboard, the command palette's filter and natural text order.
import { describe, expect, it } from 'vitest'
import { cellMenu, headerMenu, nextEnabled, opensMenu } from '../../../src/renderer/src/components/grid/grid-menu'
import { clampFrozen, fitWidth, loadLayout, moveKey, orderKeys, readLayout, saveLayout } from '../../../src/renderer/src/components/grid/layout'
import { clippedTitle } from '../../../src/renderer/src/components/grid/measure'
import { naturalCompare } from '../../../src/renderer/src/components/grid/sort'
import { filterCommands, paletteCommands } from '../../../src/renderer/src/components/shell/commands'

const key = { shiftKey: false, ctrlKey: false, metaKey: false, altKey: false }

describe('grid layout', () => {
  it('orders shown keys by the saved order, unknown keys after in their place', () => {
    expect(orderKeys(['name', 'sku', 'price', 'qty'], ['price', 'gone', 'name'])).toEqual(['price', 'name', 'sku', 'qty'])
  })
  it('moves a dragged column onto the target’s place, both ways', () => {
    expect(moveKey(['a', 'b', 'c', 'd'], 'd', 'b')).toEqual(['a', 'd', 'b', 'c'])
    expect(moveKey(['a', 'b', 'c', 'd'], 'a', 'c')).toEqual(['b', 'c', 'a', 'd'])
  })
  it('never freezes every column', () => {
    expect(clampFrozen(5, 3)).toBe(2)
    expect(clampFrozen(-1, 3)).toBe(0)
  })
  it('fits to the widest content within bounds', () => {
    expect(fitWidth([80.2, 130.4, 60])).toBe(131)
    expect(fitWidth([5])).toBe(40)
    expect(fitWidth([5000])).toBe(600)
  })
  it('survives damaged storage and round-trips a layout per key', () => {
    expect(readLayout({ order: [1, 'a'], widths: { a: 'x', b: 120, c: 99999 }, frozen: 'z' })).toEqual({ order: ['a'], widths: { b: 120 }, frozen: 0 })
    localStorage.setItem('stockroom.gridLayout.bad', '{not json')
    expect(loadLayout('bad')).toEqual({ order: [], widths: {}, frozen: 0 })
    saveLayout('products.1', { order: ['sku', 'name'], widths: { name: 210 }, frozen: 2 })
    expect(loadLayout('products.1')).toEqual({ order: ['sku', 'name'], widths: { name: 210 }, frozen: 2 })
    expect(loadLayout('products.2')).toEqual({ order: [], widths: {}, frozen: 0 })
  })
})

describe('clipped cell tooltip', () => {
  it('shows the full value only when the cell clips it; an error wins', () => {
    expect(clippedTitle({ scrollWidth: 140, clientWidth: 60, textContent: ' $433.00 ' }, undefined)).toBe('$433.00')
    expect(clippedTitle({ scrollWidth: 60, clientWidth: 60, textContent: '$4.00' }, undefined)).toBeUndefined()
    expect(clippedTitle({ scrollWidth: 140, clientWidth: 60, textContent: 'May 30, 2025 03:14 PM' }, 'Not a date')).toBe('Not a date')
  })
})

describe('context menu', () => {
  it('offers copy, paste, fill down, clear and bulk edit with their shortcuts; read-only disables the edits', () => {
    const items = cellMenu({ mac: false, readOnly: false, rows: 3, canBulkEdit: true })
    expect(items.map((i) => [i.action, i.shortcut])).toEqual([
      ['copy', 'Ctrl+C'], ['cut', 'Ctrl+X'], ['paste', 'Ctrl+V'], ['fillDown', 'Ctrl+D'], ['clear', 'Delete'], ['bulkEdit', 'Ctrl+B']
    ])
    expect(items.at(-1)?.label).toBe('Bulk edit 3 rows…')
    const ro = cellMenu({ mac: true, readOnly: true, rows: 1, canBulkEdit: false })
    expect(ro.filter((i) => !i.disabled).map((i) => i.action)).toEqual(['copy'])
    expect(ro[0]?.shortcut).toBe('⌘C')
  })
  it('header menu freezes up to a column, not past the last one, and unfreezes', () => {
    expect(headerMenu({ sortable: true, index: 1, frozen: 0, columns: 5 }).map((i) => i.action)).toEqual(['sortAsc', 'sortDesc', 'freeze', 'fit'])
    expect(headerMenu({ sortable: false, index: 4, frozen: 2, columns: 5 }).map((i) => i.action)).toEqual(['unfreeze', 'fit'])
  })
  it('arrow keys skip disabled items and wrap', () => {
    const items = cellMenu({ mac: false, readOnly: true, rows: 1, canBulkEdit: false })
    expect(nextEnabled(items, 0, 1)).toBe(0)
    const rw = cellMenu({ mac: false, readOnly: false, rows: 1, canBulkEdit: false })
    expect(nextEnabled(rw, 2, 1)).toBe(4) // fill down needs two rows
    expect(nextEnabled(rw, 0, -1)).toBe(4)
  })
  it('opens from Shift+F10 and the ContextMenu key only', () => {
    expect(opensMenu({ ...key, key: 'F10', shiftKey: true })).toBe(true)
    expect(opensMenu({ ...key, key: 'ContextMenu' })).toBe(true)
    expect(opensMenu({ ...key, key: 'F10' })).toBe(false)
    expect(opensMenu({ ...key, key: 'F10', shiftKey: true, ctrlKey: true })).toBe(false)
  })
})

describe('command palette', () => {
  const all = paletteCommands([{ path: '/products', title: 'Products', shortcut: '1' }, { path: '/orders', title: 'Orders', shortcut: '2' }], false)
  it('lists navigation, sync, push, undo/redo, export and bulk edit with shortcuts', () => {
    const ids = all.map((c) => c.id)
    for (const id of ['go-products', 'go-orders', 'sync', 'push', 'undo', 'redo', 'export', 'bulk', 'find']) expect(ids).toContain(id)
    expect(all.find((c) => c.id === 'go-orders')?.shortcut).toBe('Ctrl+2')
    expect(all.find((c) => c.id === 'undo')?.shortcut).toBe('Ctrl+Z')
  })
  it('lists the Products screen commands with the grid shortcuts they share', () => {
    expect(filterCommands(all, 'products').map((c) => [c.id, c.shortcut])).toEqual([
      ['go-products', 'Ctrl+1'], ['product-options', undefined], ['product-new', undefined],
      ['product-duplicate', 'Ctrl+Shift+D'], ['product-delete', 'Ctrl+Delete']
    ])
  })
  it('filters by every typed word, case-insensitively', () => {
    expect(filterCommands(all, 'PUSH').map((c) => c.id)).toEqual(['push'])
    expect(filterCommands(all, 'go ord').map((c) => c.id)).toEqual(['go-orders'])
    expect(filterCommands(all, '  ')).toHaveLength(all.length)
  })
})

describe('natural text order', () => {
  it('sorts accents with their letter and digit runs by number', () => {
    expect(['Bob Tanaka', 'Bob Çelik', 'bob adams'].sort(naturalCompare)).toEqual(['bob adams', 'Bob Çelik', 'Bob Tanaka'])
    expect(['#40', '#5', '#100', '#5a'].sort(naturalCompare)).toEqual(['#5', '#5a', '#40', '#100'])
  })
})
