// DataGrid in happy-dom: virtual painting, roles, sanitized previews, selection by mouse and keys,
// sorting, resizing and visible columns. Editing and clipboard are in DataGrid.edit.test.ts.
import { afterEach, describe, expect, it } from 'vitest'
import { cell, mountGrid, mouse, press, type Mounted } from './fixtures/mount'
import { makeRows } from './fixtures/synthetic'

let m: Mounted | null = null
afterEach(() => {
  m?.wrapper.unmount()
  m = null
})

const last = <T>(xs: T[]): T => xs[xs.length - 1]!

describe('DataGrid painting', () => {
  it('paints only a window of 100,000 rows, asks the source for it, and exposes grid roles', async () => {
    m = await mountGrid({ rows: 100_000 })
    const grid = m.grid()
    expect(grid.getAttribute('aria-rowcount')).toBe('100001')
    expect(grid.getAttribute('aria-colcount')).toBe('9')
    expect(grid.querySelectorAll('[role="columnheader"]')).toHaveLength(9)
    const rows = grid.querySelectorAll('[role="row"][data-row]')
    expect(rows.length).toBeGreaterThan(15)
    expect(rows.length).toBeLessThan(60)
    expect(m.source.requests[0]![0]).toBe(0)
    expect(m.source.requests.every(([s, e]) => e - s < 100)).toBe(true)
    expect(cell(m, 0, 1).textContent).toBe('Red Mug 1')
    expect(cell(m, 0, 1).getAttribute('role')).toBe('gridcell')
    expect(m.wrapper.find('[data-testid="grid-row-count"]').text()).toBe('100,000 rows')
  })

  it('paints placeholders while rows load, then the rows', async () => {
    m = await mountGrid({ rows: 50 })
    await m.source.query([], '')
    await m.wrapper.vm.$nextTick()
    expect(m.grid().querySelectorAll('.dg-loading[aria-busy="true"]').length).toBeGreaterThan(0)
    await m.settle()
    expect(m.grid().querySelectorAll('.dg-loading')).toHaveLength(0)
  })

  it('shows HTML as sanitized text and images only over https', async () => {
    const data = makeRows(3)
    data[1]!.image = 'http://insecure.example.com/a.jpg'
    data[2]!.description = '<img src=x onerror="window.__pwned=1"><p>Safe <i>text</i></p>'
    m = await mountGrid({ data })
    // Previews are sanitized in a background pass, at most one per 100 ms while rows keep arriving.
    await new Promise((r) => setTimeout(r, 150))
    await m.wrapper.vm.$nextTick()
    expect(cell(m, 0, 8).textContent).toBe('Handmade Mug')
    expect(m.grid().querySelector('script, b, i, [onerror]')).toBeNull()
    expect(cell(m, 2, 8).textContent).toBe('Safe text')
    expect(cell(m, 0, 0).querySelector('img')?.getAttribute('src')).toBe('https://images.example.com/p/1.jpg')
    expect(cell(m, 0, 0).querySelector('img')?.getAttribute('loading')).toBe('lazy')
    expect(cell(m, 1, 0).querySelector('img')).toBeNull()
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
  })
})

describe('DataGrid selection', () => {
  it('selects with click and shift-click, reports counts and marks aria-selected', async () => {
    m = await mountGrid()
    mouse(cell(m, 2, 1), 'mousedown')
    mouse(document.body, 'mouseup')
    mouse(cell(m, 4, 3), 'mousedown', true)
    mouse(document.body, 'mouseup')
    await m.wrapper.vm.$nextTick()
    expect(last(m.selections)).toMatchObject({ rows: 3, columns: 3, cells: 9, range: { top: 2, left: 1, bottom: 4, right: 3 }, columnKeys: ['name', 'sku', 'price'] })
    expect(cell(m, 3, 2).getAttribute('aria-selected')).toBe('true')
    expect(cell(m, 5, 2).getAttribute('aria-selected')).toBe('false')
    expect(m.wrapper.find('[data-testid="grid-selection-count"]').text()).toBe('3 × 3 selected (9 cells)')
    expect(document.activeElement).toBe(m.grid())
  })

  it('extends the selection while dragging across cells', async () => {
    m = await mountGrid()
    mouse(cell(m, 1, 1), 'mousedown')
    const target = cell(m, 3, 2)
    const realFromPoint = document.elementFromPoint
    document.elementFromPoint = () => target
    window.dispatchEvent(new MouseEvent('mousemove', { clientX: 300, clientY: 150 }))
    document.elementFromPoint = realFromPoint
    mouse(document.body, 'mouseup')
    await m.wrapper.vm.$nextTick()
    expect(last(m.selections).range).toEqual({ top: 1, left: 1, bottom: 3, right: 2 })
  })

  it('navigates with arrows, shift+arrows, Tab, Home/End, Ctrl+Home/End and PageDown', async () => {
    m = await mountGrid()
    const g = m.grid()
    mouse(cell(m, 0, 1), 'mousedown')
    mouse(document.body, 'mouseup')
    press(g, 'ArrowDown')
    press(g, 'ArrowDown')
    press(g, 'ArrowRight')
    await m.wrapper.vm.$nextTick()
    expect(cell(m, 2, 2).classList.contains('dg-active')).toBe(true)
    expect(g.getAttribute('aria-activedescendant')).toBe(cell(m, 2, 2).id)
    press(g, 'ArrowDown', { shift: true })
    press(g, 'ArrowRight', { shift: true })
    await m.wrapper.vm.$nextTick()
    expect(last(m.selections)).toMatchObject({ rows: 2, columns: 2 })
    press(g, 'Tab')
    await m.wrapper.vm.$nextTick()
    expect(last(m.selections).range).toEqual({ top: 3, left: 4, bottom: 3, right: 4 })
    press(g, 'Tab', { shift: true })
    press(g, 'Home')
    await m.wrapper.vm.$nextTick()
    expect(last(m.selections).range).toMatchObject({ top: 3, left: 0 })
    press(g, 'End', { mod: true })
    await m.wrapper.vm.$nextTick()
    expect(last(m.selections).range).toEqual({ top: 999, left: 8, bottom: 999, right: 8 })
    press(g, 'Home', { mod: true, shift: true })
    await m.wrapper.vm.$nextTick()
    expect(last(m.selections).cells).toBe(1000 * 9)
    press(g, 'Home', { mod: true })
    press(g, 'PageDown')
    await m.wrapper.vm.$nextTick()
    // 600px viewport - 34px header = 18 rows of 30px, minus one for context.
    expect(last(m.selections).range?.top).toBe(17)
    press(g, 'a', { mod: true })
    await m.wrapper.vm.$nextTick()
    expect(last(m.selections).cells).toBe(9000)
    press(g, 'Escape')
    await m.wrapper.vm.$nextTick()
    expect(last(m.selections).cells).toBe(1)
  })
})

describe('DataGrid columns', () => {
  it('sorts on header click, multi-sorts on shift-click and marks aria-sort', async () => {
    m = await mountGrid()
    const head = (key: string) => m!.grid().querySelector<HTMLElement>(`[role="columnheader"][data-key="${key}"]`)!
    head('price').click()
    await m.settle()
    expect(m.sort.value).toEqual([{ key: 'price', dir: 'asc' }])
    expect(head('price').getAttribute('aria-sort')).toBe('ascending')
    head('name').dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }))
    head('price').click()
    await m.settle()
    expect(m.events).toEqual(['sort:price-asc', 'sort:price-asc,name-asc', 'sort:price-desc'])
    expect(head('price').getAttribute('aria-sort')).toBe('descending')
    expect(head('name').getAttribute('aria-sort')).toBe('none')
    const prices = [0, 1, 2].map((r) => Number(cell(m!, r, 3).textContent!.replace(/[$,]/g, '')))
    expect(prices[0]).toBeGreaterThanOrEqual(prices[1]!)
    expect(prices[1]).toBeGreaterThanOrEqual(prices[2]!)
    head('image').click()
    expect(m.events).toHaveLength(3)
  })

  it('resizes a column by dragging its header edge and reports the width once', async () => {
    m = await mountGrid()
    const handle = m.grid().querySelector<HTMLElement>('[data-key="name"] .dg-resize')!
    handle.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: 200 }))
    window.dispatchEvent(new PointerEvent('pointermove', { clientX: 230 }))
    window.dispatchEvent(new PointerEvent('pointermove', { clientX: 250 }))
    window.dispatchEvent(new PointerEvent('pointerup', { clientX: 250 }))
    await m.wrapper.vm.$nextTick()
    expect(m.events).toEqual(['resize:name:270'])
    expect(cell(m, 0, 1).style.width).toBe('270px')
    expect(m.sort.value).toEqual([])
  })

  it('shows only the visible columns, in the given order', async () => {
    m = await mountGrid({ visibleColumns: ['sku', 'name'] })
    const titles = [...m.grid().querySelectorAll('[role="columnheader"]')].map((h) => h.textContent?.trim())
    expect(titles).toEqual(['SKU', 'Name'])
    expect(cell(m, 0, 1).textContent).toBe('Red Mug 1')
  })
})
