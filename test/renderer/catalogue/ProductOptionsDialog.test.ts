// The Product options dialog over a fake bridge: removing a value previews the variations it would
// orphan; choosing to delete them previews again at once and the Stage button names the count; the
// stage sends the same step and closes the dialog.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { BulkOperation, BulkPreview, SessionSummary } from '@shared/model/session'
import { setBridge, type StockroomBridge } from '../../../src/renderer/src/api'
import ProductOptionsDialog from '../../../src/renderer/src/components/catalogue/ProductOptionsDialog.vue'

const session: SessionSummary = {
  id: 's1', storeId: 9, name: 'Edits', status: 'draft', active: true, createdAt: 1, updatedAt: 1, revertOf: null, pushedAt: null,
  changeCount: 0, entityCount: 0, counts: { staged: 0, pending: 0, sent: 0, applied: 0, failed: 0, conflict: 0, skipped: 0 }, canUndo: false, canRedo: false
}
const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value })

function previewFor(op: BulkOperation): BulkPreview {
  const step = op.kind === 'catalogue' ? op.steps[0] : undefined
  const deleted = step?.kind === 'removeOptionValue' && step.deleteVariations === true
  const orphans = ['1/11', '2/21'].map((entityId, i) => ({ entityId, label: `Tee ${i + 1} — L`, deleted }))
  return { matched: 3, entities: 2, changes: deleted ? 4 : 2, unchanged: 1, invalid: [], orphans, sample: [] }
}

function fake() {
  const calls = {
    previewBulk: vi.fn((_s: number, _id: string, _r: string, _sel: unknown, op: BulkOperation) => ok(previewFor(op))),
    applyBulk: vi.fn((_s: number, _id: string, _r: string, _sel: unknown, op: BulkOperation) => ok({ ...previewFor(op), session }))
  }
  setBridge({
    ...calls,
    getActiveSession: () => ok(session),
    reviewSession: () => ok({ total: 0, offset: 0, rows: [], byResource: {}, byField: {} }),
    on: () => () => undefined
  } as unknown as StockroomBridge)
  return calls
}

beforeEach(() => {
  setActivePinia(createPinia())
  // happy-dom's <dialog> may lack the modal API: open and close as the browser would.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.setAttribute('open', '') }
})

describe('ProductOptionsDialog', () => {
  it('shows the orphans of a removal, re-previews when asked to delete them, and stages that step', async () => {
    const calls = fake()
    const w = mount(ProductOptionsDialog, { props: { storeId: 9, query: { search: 'tee' }, matching: 3, selectedIds: [] }, attachTo: document.body })
    await w.get('[data-testid="options-action"]').setValue('removeOptionValue')
    await w.get('[data-testid="options-name"]').setValue('Size')
    await w.get('[data-testid="options-value"]').setValue('L')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('[data-testid="options-summary"]').text()).toBe('2 of 3 products change; 1 stays as it is (already so, or without that Size value)')
    expect(w.get('[data-testid="options-orphans"]').text()).toBe('2 variations use this value and would be left without it:')
    expect(w.get('[data-testid="options-stage"]').text()).toBe('Stage 2 products')

    await w.get('[data-testid="options-delete-variations"]').setValue(true)
    await flushPromises()
    expect(calls.previewBulk).toHaveBeenCalledTimes(2)
    const step = { kind: 'removeOptionValue', name: 'Size', value: 'L', deleteVariations: true }
    expect(calls.previewBulk.mock.calls[1]?.slice(2)).toEqual(['products', { query: { search: 'tee' } }, { kind: 'catalogue', steps: [step] }])
    expect(w.get('[data-testid="options-orphans"]').text()).toBe('2 variations use this value and will be deleted:')
    expect(w.get('[data-testid="options-stage"]').text()).toBe('Stage 2 products and delete 2 variations')

    await w.get('[data-testid="options-stage"]').trigger('click')
    await flushPromises()
    expect(calls.applyBulk.mock.calls[0]?.[4]).toEqual({ kind: 'catalogue', steps: [step] })
    w.unmount()
  })

  it('explains a missing value instead of asking main', async () => {
    const calls = fake()
    const w = mount(ProductOptionsDialog, { props: { storeId: 9, query: {}, matching: 3, selectedIds: [] }, attachTo: document.body })
    await w.get('[data-testid="options-action"]').setValue('renameOptionValue')
    await w.get('[data-testid="options-name"]').setValue('Size')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('[data-testid="options-error"]').text()).toBe('Enter the value of Size to rename and its new name.')
    expect(calls.previewBulk).not.toHaveBeenCalled()
    w.unmount()
  })
})
