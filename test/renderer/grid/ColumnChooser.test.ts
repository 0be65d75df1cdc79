// ColumnChooser (visible columns, never none) and GridStatus (row and selection counts).
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ColumnChooser from '../../../src/renderer/src/components/grid/ColumnChooser.vue'
import GridStatus from '../../../src/renderer/src/components/grid/GridStatus.vue'

const columns = [
  { key: 'a', title: 'Alpha' },
  { key: 'b', title: 'Beta' },
  { key: 'c', title: 'Gamma' }
]

describe('ColumnChooser', () => {
  it('hides and shows columns, keeping the columns order', async () => {
    const w = mount(ColumnChooser, { props: { columns, modelValue: ['a', 'c'] } })
    const boxes = w.findAll('input[type="checkbox"]')
    expect(boxes.map((b) => (b.element as HTMLInputElement).checked)).toEqual([true, false, true])
    await boxes[1]!.setValue(true)
    expect(w.emitted('update:modelValue')?.[0]).toEqual([['a', 'b', 'c']])
    await boxes[0]!.setValue(false)
    expect(w.emitted('update:modelValue')?.[1]).toEqual([['b', 'c']])
  })

  it('never hides the last visible column', async () => {
    const w = mount(ColumnChooser, { props: { columns, modelValue: ['b'] } })
    const box = w.findAll('input[type="checkbox"]')[1]!
    expect((box.element as HTMLInputElement).disabled).toBe(true)
    await box.setValue(false)
    expect(w.emitted('update:modelValue')).toBeUndefined()
  })
})

describe('GridStatus', () => {
  it('shows rows, a multi-cell selection, the read-only reason and the note', () => {
    const w = mount(GridStatus, {
      props: { total: 1, selection: { rows: 2, columns: 3, cells: 6, range: { top: 0, left: 0, bottom: 1, right: 2 }, columnKeys: [] }, readOnly: true, readOnlyReason: 'no scope', note: 'Pasted 6 cells.' }
    })
    expect(w.find('[data-testid="grid-row-count"]').text()).toBe('1 row')
    expect(w.find('[data-testid="grid-selection-count"]').text()).toBe('2 × 3 selected (6 cells)')
    expect(w.find('[data-testid="grid-readonly"]').text()).toBe('Read-only — no scope')
    expect(w.find('[role="status"]').text()).toBe('Pasted 6 cells.')
  })

  it('says nothing about a single-cell selection', () => {
    const w = mount(GridStatus, { props: { total: 12345, selection: { rows: 1, columns: 1, cells: 1, range: null, columnKeys: [] } } })
    expect(w.find('[data-testid="grid-row-count"]').text()).toBe('12,345 rows')
    expect(w.find('[data-testid="grid-selection-count"]').exists()).toBe(false)
  })
})
