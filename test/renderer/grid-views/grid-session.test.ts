// stores/grid-session: the first edit creates and activates an "Edits <date>" session, accepted
// values overlay at once, rejected ones keep the engine's message, undo re-reads the session.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { ReviewPage, SessionSummary, StagedChange } from '@shared/model/session'
import { setBridge, type StockroomBridge } from '../../../src/renderer/src/api'
import { useGridSessionStore } from '../../../src/renderer/src/stores/grid-session'
import { useSessionsStore } from '../../../src/renderer/src/stores/sessions'

const summary = (over: Partial<SessionSummary> = {}): SessionSummary => ({
  id: 's1', storeId: 9, name: 'Edits', status: 'draft', active: true, createdAt: 1, updatedAt: 1, revertOf: null, pushedAt: null,
  changeCount: 0, entityCount: 0, counts: { staged: 0, pending: 0, sent: 0, applied: 0, failed: 0, conflict: 0, skipped: 0 }, canUndo: false, canRedo: false, ...over
})
const change = (entityId: string, field: string, after: StagedChange['after']): StagedChange => ({
  id: 1, resource: 'products', entityId, label: 'x', kind: 'update', field, before: null, after, state: 'staged', error: null
})
const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value })

function fake() {
  let active: SessionSummary | null = null
  let changes: StagedChange[] = []
  const calls = {
    createSession: vi.fn((_s: number, name: string) => ok((active = summary({ name, active: false })))),
    setActiveSession: vi.fn(() => ok((active = summary({ name: active?.name ?? '' })))),
    stageEdits: vi.fn(() => {
      changes = [change('7', 'price', 6)]
      active = summary({ name: active?.name, counts: { ...summary().counts, staged: 1 }, canUndo: true, updatedAt: 2 })
      return ok({ session: active, staged: 1, rejected: [{ index: 1, entityId: '7', field: 'compareToPrice', message: 'Compare-to price cannot be negative.' }] })
    }),
    undoSession: vi.fn(() => {
      changes = []
      active = summary({ name: active?.name, updatedAt: 3 })
      return ok(active)
    })
  }
  const bridge = {
    ...calls,
    getActiveSession: () => ok(active),
    listSessions: () => ok(active ? [active] : []),
    reviewSession: () => ok<ReviewPage>({ total: changes.length, offset: 0, rows: changes, byResource: {}, byField: {} }),
    on: () => () => undefined
  }
  setBridge(bridge as unknown as StockroomBridge)
  return calls
}

describe('grid session store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('creates a session on the first edit, overlays accepted values and keeps rejection messages', async () => {
    const calls = fake()
    const s = useGridSessionStore()
    await s.open(9)
    expect(s.active).toBeNull()
    const result = await s.stage([
      { resource: 'products', entityId: 7, field: 'price', value: 6 },
      { resource: 'products', entityId: 7, field: 'compareToPrice', value: -1 }
    ])
    expect(calls.createSession.mock.calls[0]?.[1]).toMatch(/^Edits \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(calls.setActiveSession).toHaveBeenCalled()
    expect(result?.staged).toBe(1)
    expect(s.stagedFields('products', 7)?.get('price')).toBe(6)
    expect(s.isStaged('products', '7', 'compareToPrice')).toBe(false)
    expect(s.errorOf('products', 7, 'compareToPrice')).toBe('Compare-to price cannot be negative.')
    expect(s.stagedCount).toBe(1)
    // The Sessions screen's store (and its bar) hears about the new summary.
    expect(useSessionsStore().activeByStore[9]?.counts.staged).toBe(1)
  })

  it('undo re-reads the staged values; a corrected edit clears the message', async () => {
    const calls = fake()
    const s = useGridSessionStore()
    await s.open(9)
    await s.stage([{ resource: 'products', entityId: 7, field: 'price', value: 6 }, { resource: 'products', entityId: 7, field: 'compareToPrice', value: -1 }])
    await s.undo()
    expect(calls.undoSession).toHaveBeenCalledOnce()
    expect(s.stagedFields('products', 7)).toBeUndefined()
    calls.stageEdits.mockImplementationOnce(() => ok({ session: summary(), staged: 1, rejected: [] }))
    await s.stage([{ resource: 'products', entityId: 7, field: 'compareToPrice', value: 8 }])
    expect(s.errorOf('products', 7, 'compareToPrice')).toBeUndefined()
  })
})
