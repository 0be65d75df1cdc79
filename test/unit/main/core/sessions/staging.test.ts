// Staging rules: edits of one cell collapse, editing back to base removes the change, undo/redo is
// persisted across reopening, creates and deletes, sessions (names, active, discard).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openEngine } from '../../../../../src/main/core/sessions/engine'
import { reviewPage } from '../../../../../src/main/core/sessions/review'
import { stageCreate, stageDeletes, stageEdits } from '../../../../../src/main/core/sessions/staging'
import { unitHarness, type UnitHarness } from './helpers'

let h: UnitHarness
beforeEach(() => {
  h = unitHarness()
})
afterEach(() => h.close())

const rows = () => reviewPage(h.engine.db, h.sessionId, { limit: 100 }).rows

describe('collapse', () => {
  it('keeps one change per cell with the first base and the last value', async () => {
    await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 1, field: 'price', value: 11 }])
    await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 1, field: 'price', value: 12 }])
    expect(rows()).toEqual([expect.objectContaining({ entityId: '1', field: 'price', before: 10, after: 12, label: 'Blue mug', state: 'staged' })])
  })

  it('removes the change when the cell is edited back to its base value', async () => {
    await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 1, field: 'price', value: 11 }])
    await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 1, field: 'price', value: 10 }])
    expect(rows()).toEqual([])
    const noop = await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 2, field: 'price', value: 19.99 }])
    expect(noop.staged).toBe(0)
  })
})

describe('undo / redo', () => {
  it('undoes and redoes whole steps, and survives reopening the database', async () => {
    await stageEdits(h.deps, h.sessionId, [
      { resource: 'products', entityId: 1, field: 'price', value: 11 },
      { resource: 'products', entityId: 2, field: 'price', value: 21 }
    ])
    await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 1, field: 'price', value: 12 }])
    expect(h.engine.undo.undo(h.sessionId)).toBe('Edit price')
    expect(rows().map((r) => r.after)).toEqual([11, 21])
    // Reopen: the undo log is on disk.
    h.engine.close()
    const reopened = openEngine(h.dir, 1)
    h.engine = reopened
    expect(reopened.sessions.get(h.sessionId)).toMatchObject({ canUndo: true, canRedo: true })
    reopened.undo.redo(h.sessionId)
    expect(reviewPage(reopened.db, h.sessionId).rows.map((r) => r.after)).toEqual([12, 21])
    reopened.undo.undo(h.sessionId)
    reopened.undo.undo(h.sessionId)
    expect(reviewPage(reopened.db, h.sessionId).rows).toEqual([])
    expect(reopened.undo.undo(h.sessionId)).toBeNull()
  })

  it('drops the redo tail when a new edit is made', async () => {
    await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 1, field: 'price', value: 11 }])
    h.engine.undo.undo(h.sessionId)
    await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 2, field: 'price', value: 21 }])
    expect(h.engine.undo.redo(h.sessionId)).toBeNull()
  })
})

describe('creates and deletes', () => {
  it('stages a create with required fields and refuses one without', async () => {
    const id = await stageCreate(h.deps, h.sessionId, 'products', { name: 'Plate', sku: 'PL-1', price: 4 })
    expect(id).toMatch(/^new:/)
    expect(rows().filter((r) => r.kind === 'create')).toHaveLength(3)
    await expect(stageCreate(h.deps, h.sessionId, 'coupons', { name: 'X', code: 'X1' })).rejects.toThrow('A new coupon needs: discountType, Discount.')
    const cleared = await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: id, field: 'name', value: '' }])
    expect(cleared.rejected[0]?.message).toBe('Name cannot be empty.')
  })

  it('a delete replaces the entity’s field changes and keeps the entity for a revert', async () => {
    await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 1, field: 'price', value: 11 }])
    await stageDeletes(h.deps, h.sessionId, 'products', [1])
    expect(rows()).toEqual([expect.objectContaining({ kind: 'delete', field: '', before: expect.objectContaining({ name: 'Blue mug' }) })])
    const refused = await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 1, field: 'price', value: 3 }])
    expect(refused.rejected[0]?.message).toMatch(/marked for deletion/)
    h.engine.undo.undo(h.sessionId)
    expect(rows().map((r) => r.field)).toEqual(['price'])
  })
})

describe('sessions', () => {
  it('has unique names, one active session, and discards drafts', () => {
    const s = h.engine.sessions
    expect(() => s.create('TEST')).toThrow(/already exists/)
    const other = s.create('other')
    s.setActive(other.id)
    expect(s.active()?.id).toBe(other.id)
    expect(s.rename(other.id, 'renamed').name).toBe('renamed')
    s.discard(other.id)
    expect(s.active()).toBeNull()
    expect(s.list().map((x) => x.name)).toEqual(['test'])
    expect(s.create('renamed').name).toBe('renamed')
  })
})
