// DataGrid editing in happy-dom: typing and editors per type, paste of blocks from a spreadsheet,
// copy/cut, fill-down, clear, undo/redo, staged/invalid marks and read-only refusals.
import { afterEach, describe, expect, it } from 'vitest'
import { cell, clipboard, mountGrid, mouse, press, type Mounted } from './fixtures/mount'
import { makeRows } from './fixtures/synthetic'

let m: Mounted | null = null
afterEach(() => {
  m?.wrapper.unmount()
  m = null
})
const rows = makeRows(1000)

async function select(mm: Mounted, from: [number, number], to?: [number, number]): Promise<void> {
  mouse(cell(mm, ...from), 'mousedown')
  mouse(document.body, 'mouseup')
  if (to) {
    mouse(cell(mm, ...to), 'mousedown', true)
    mouse(document.body, 'mouseup')
  }
  await mm.wrapper.vm.$nextTick()
}
const editor = (mm: Mounted): HTMLInputElement | HTMLSelectElement | null => mm.grid().querySelector('.dg-editor')
async function typeInto(mm: Mounted, text: string, key = 'Enter'): Promise<void> {
  const input = editor(mm)!
  input.value = text
  input.dispatchEvent(new Event('input'))
  input.dispatchEvent(new Event('change'))
  press(input as HTMLElement, key)
  await mm.settle()
}

describe('DataGrid editors', () => {
  it('starts editing by typing, commits on Enter with the row key and moves down', async () => {
    m = await mountGrid()
    await select(m, [1, 1])
    press(m.grid(), 'Z')
    await m.wrapper.vm.$nextTick()
    expect(editor(m)?.value).toBe('Z')
    expect(document.activeElement).toBe(editor(m))
    await typeInto(m, 'Zed')
    expect(m.edits).toEqual([[{ rowKey: 2, columnKey: 'name', value: 'Zed', rowIndex: 1 }]])
    expect(editor(m)).toBeNull()
    expect(document.activeElement).toBe(m.grid())
    expect(cell(m, 2, 1).classList.contains('dg-active')).toBe(true)
    expect(cell(m, 1, 1).textContent).toBe('Zed')
    expect(cell(m, 1, 1).classList.contains('dg-staged')).toBe(true)
  })

  it('F2 edits the current value, parses numbers, and Esc cancels without an edit', async () => {
    m = await mountGrid()
    await select(m, [3, 3])
    press(m.grid(), 'F2')
    await m.wrapper.vm.$nextTick()
    expect(editor(m)?.value).toBe(String(rows[3]!.price))
    await typeInto(m, '1.234,50', 'Tab')
    expect(m.edits[0]).toEqual([{ rowKey: 4, columnKey: 'price', value: 1234.5, rowIndex: 3 }])
    expect(last(m.selections).range).toMatchObject({ top: 3, left: 4 })
    press(m.grid(), 'Enter')
    await m.wrapper.vm.$nextTick()
    press(editor(m) as HTMLElement, 'Escape')
    await m.wrapper.vm.$nextTick()
    expect(editor(m)).toBeNull()
    expect(m.edits).toHaveLength(1)
  })

  it('uses a select for enums and does not emit unchanged values', async () => {
    m = await mountGrid()
    await select(m, [0, 6])
    press(m.grid(), 'Enter')
    await m.wrapper.vm.$nextTick()
    const sel = editor(m) as HTMLSelectElement
    expect(sel.tagName).toBe('SELECT')
    expect([...sel.options].map((o) => o.textContent)).toEqual(['—', 'Draft', 'Active', 'Archived'])
    await typeInto(m, rows[0]!.status)
    expect(m.edits).toEqual([])
    await select(m, [0, 6])
    press(m.grid(), 'a')
    await m.wrapper.vm.$nextTick()
    expect(editor(m)?.value).toBe('active')
    await typeInto(m, 'archived')
    expect(m.edits.flat().map((e) => e.value)).toEqual(rows[0]!.status === 'archived' ? [] : ['archived'])
  })

  it('toggles booleans by click and Space, never opening an editor', async () => {
    m = await mountGrid()
    await select(m, [1, 5])
    cell(m, 1, 5).querySelector<HTMLElement>('.dg-bool')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    press(m.grid(), ' ')
    await m.settle()
    expect(editor(m)).toBeNull()
    expect(m.edits.map((e) => e[0]!.value)).toEqual([!rows[1]!.enabled, rows[1]!.enabled])
  })

  it('marks invalid values with a red corner, the message on hover and a tooltip on focus', async () => {
    m = await mountGrid()
    await select(m, [0, 4])
    press(m.grid(), '-')
    await m.wrapper.vm.$nextTick()
    await typeInto(m, '-3')
    expect(m.edits[0]![0]!.value).toBe(-3)
    const bad = cell(m, 0, 4)
    expect(bad.classList.contains('dg-invalid')).toBe(true)
    expect(bad.getAttribute('title')).toBe('Quantity must be a number ≥ 0')
    expect(bad.getAttribute('aria-invalid')).toBe('true')
    await select(m, [0, 4])
    const tip = m.grid().querySelector('[role="tooltip"]')
    expect(tip?.textContent).toBe('Quantity must be a number ≥ 0')
    expect(m.grid().getAttribute('aria-describedby')).toBe(tip?.id)
  })

  it('refuses to edit non-editable cells with a note', async () => {
    m = await mountGrid()
    await select(m, [0, 7])
    press(m.grid(), 'Enter')
    await m.wrapper.vm.$nextTick()
    expect(editor(m)).toBeNull()
    expect(m.wrapper.find('[data-testid="grid-note"]').text()).toBe('“Created” can\'t be edited here.')
  })
})

describe('DataGrid clipboard and bulk keys', () => {
  it('pastes a 3×20 block from a spreadsheet as one batch of typed edits and selects it', async () => {
    m = await mountGrid()
    await select(m, [0, 1])
    const text = Array.from({ length: 20 }, (_r, i) => `"Name ${i}\twith tab"\tSKU-${i}\t$${i},50`).join('\r\n') + '\r\n'
    clipboard('paste', text)
    await m.settle()
    expect(m.edits).toHaveLength(1)
    const batch = m.edits[0]!
    expect(batch).toHaveLength(60)
    expect(batch[0]).toEqual({ rowKey: 1, columnKey: 'name', value: 'Name 0\twith tab', rowIndex: 0 })
    expect(batch.find((e) => e.rowIndex === 19 && e.columnKey === 'price')?.value).toBe(19.5)
    expect(last(m.selections)).toMatchObject({ rows: 20, columns: 3 })
    expect(cell(m, 5, 2).textContent).toBe('SKU-5')
  })

  it('fills a multi-cell selection with a single pasted value', async () => {
    m = await mountGrid()
    await select(m, [0, 4], [4, 4])
    clipboard('paste', '7\r\n')
    await m.settle()
    expect(m.edits[0]!.map((e) => [e.rowIndex, e.value])).toEqual(rows.slice(0, 5).flatMap((r, i) => (r.quantity === 7 ? [] : [[i, 7]])))
  })

  it('copies the selection as TSV of raw values; cut also clears', async () => {
    m = await mountGrid()
    await select(m, [0, 1], [1, 3])
    const data = clipboard('copy')
    expect(data.getData('text/plain')).toBe(`${rows[0]!.name}\t${rows[0]!.sku}\t${rows[0]!.price}\r\n${rows[1]!.name}\t${rows[1]!.sku}\t${rows[1]!.price}`)
    expect(m.edits).toEqual([])
    const cut = clipboard('cut')
    expect(cut.getData('text/plain')).toContain(rows[0]!.sku)
    expect(m.edits[0]!.map((e) => e.value)).toEqual(['', '', null, '', '', null])
  })

  it('leaves clipboard events alone when the grid is not focused', async () => {
    m = await mountGrid()
    await select(m, [0, 1])
    m.grid().blur()
    expect(clipboard('copy').getData('text/plain')).toBe('')
    clipboard('paste', 'x')
    expect(m.edits).toEqual([])
  })

  it('fills down with Ctrl/Cmd+D and clears with Delete', async () => {
    m = await mountGrid()
    await select(m, [0, 1], [2, 2])
    press(m.grid(), 'd', { mod: true })
    await m.settle()
    expect(m.edits[0]).toEqual([
      { rowKey: 2, columnKey: 'name', value: rows[0]!.name, rowIndex: 1 },
      { rowKey: 2, columnKey: 'sku', value: rows[0]!.sku, rowIndex: 1 },
      { rowKey: 3, columnKey: 'name', value: rows[0]!.name, rowIndex: 2 },
      { rowKey: 3, columnKey: 'sku', value: rows[0]!.sku, rowIndex: 2 }
    ])
    await select(m, [5, 3], [5, 4])
    press(m.grid(), 'Delete')
    await m.settle()
    expect(m.edits[1]).toEqual([
      { rowKey: 6, columnKey: 'price', value: null, rowIndex: 5 },
      { rowKey: 6, columnKey: 'quantity', value: null, rowIndex: 5 }
    ])
  })

  it('sends undo and redo to the caller', async () => {
    m = await mountGrid()
    await select(m, [0, 1])
    press(m.grid(), 'z', { mod: true })
    press(m.grid(), 'z', { mod: true, shift: true })
    press(m.grid(), 'y', { mod: true })
    expect(m.events).toEqual(['undo', 'redo', 'redo'])
  })

  it('skips non-editable cells of a paste and says so', async () => {
    m = await mountGrid()
    await select(m, [0, 6])
    clipboard('paste', 'Draft\t2024-01-01\r\nActive\t2024-01-02')
    await m.settle()
    expect(m.edits.flat().some((e) => e.rowIndex === 0 && e.columnKey === 'created')).toBe(false)
    expect(m.edits.flat().filter((e) => e.columnKey === 'created')).toEqual([{ rowKey: 2, columnKey: 'created', value: '2024-01-02', rowIndex: 1 }])
    expect(m.wrapper.find('[data-testid="grid-note"]').text()).toMatch(/skipped 1 not editable/)
  })
})

describe('read-only grids', () => {
  it('reject typing, paste, fill, clear and toggles with the reason, but still copy', async () => {
    m = await mountGrid({ readOnly: true })
    expect(m.wrapper.find('[data-testid="grid-readonly"]').text()).toBe('Read-only — the token lacks the update_catalog scope')
    expect(m.grid().getAttribute('aria-readonly')).toBe('true')
    await select(m, [0, 1], [1, 5])
    press(m.grid(), 'x')
    press(m.grid(), 'Delete')
    press(m.grid(), 'd', { mod: true })
    clipboard('paste', 'a\tb')
    cell(m, 1, 5).querySelector<HTMLElement>('.dg-bool')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await m.settle()
    expect(editor(m)).toBeNull()
    expect(m.edits).toEqual([])
    expect(m.wrapper.find('[data-testid="grid-note"]').text()).toBe('Read-only: the token lacks the update_catalog scope')
    expect(clipboard('copy').getData('text/plain')).toContain(rows[0]!.name)
  })
})

function last<T>(xs: T[]): T {
  return xs[xs.length - 1]!
}
