// The review (diff, counts, filters, discarding single changes), the 3-way verdict, conflict
// resolution in bulk, and the push plan/estimate (one write per entity, batch when cheaper).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runBulk } from '../../../../../src/main/core/sessions/bulk'
import type { ChangeRow } from '../../../../../src/main/core/sessions/changes'
import { listConflicts, resolveConflicts, threeWay } from '../../../../../src/main/core/sessions/conflicts'
import { buildOps, estimatePush, planRequests } from '../../../../../src/main/core/sessions/plan'
import { reviewPage } from '../../../../../src/main/core/sessions/review'
import { stageEdits } from '../../../../../src/main/core/sessions/staging'
import { unitHarness, type UnitHarness } from './helpers'

let h: UnitHarness
beforeEach(() => {
  h = unitHarness()
})
afterEach(() => h.close())

describe('review', () => {
  it('shows before → after with counts, filters and single discards', async () => {
    const preview = await runBulk(h.deps, h.sessionId, 'products', {}, { kind: 'adjust', field: 'price', by: 'percent', amount: 10 }, true)
    expect(preview).toMatchObject({ matched: 3, entities: 2, changes: 2, unchanged: 1 })
    await stageEdits(h.deps, h.sessionId, [{ resource: 'coupons', entityId: 50, field: 'discount', value: 15 }])
    const page = reviewPage(h.engine.db, h.sessionId)
    expect(page.total).toBe(3)
    expect(page.byResource).toEqual({ products: 2, coupons: 1 })
    expect(page.byField).toEqual({ price: 2, discount: 1 })
    expect(page.rows.find((r) => r.entityId === '2')).toMatchObject({ before: 19.99, after: 21.99, label: 'Red mug' })
    expect(reviewPage(h.engine.db, h.sessionId, { search: 'red' }).rows.map((r) => r.entityId)).toEqual(['2'])
    expect(reviewPage(h.engine.db, h.sessionId, { resource: 'coupons' }).total).toBe(1)
    const red = page.rows.find((r) => r.entityId === '2') as { id: number }
    const row = h.engine.changes.byIds(h.sessionId, [red.id])[0] as ChangeRow
    h.engine.undo.record(h.sessionId, 'Discard', [h.engine.changes.remove(h.sessionId, row)])
    expect(reviewPage(h.engine.db, h.sessionId).total).toBe(2)
  })

  it('compounds a second bulk operation on the staged value and previews without staging', async () => {
    await runBulk(h.deps, h.sessionId, 'products', { ids: [1] }, { kind: 'adjust', field: 'price', by: 'percent', amount: 10 }, true)
    const preview = await runBulk(h.deps, h.sessionId, 'products', { ids: [1] }, { kind: 'adjust', field: 'price', by: 'percent', amount: 10 }, false)
    expect(preview.sample[0]).toMatchObject({ before: 11, after: 12.1 })
    expect(reviewPage(h.engine.db, h.sessionId).rows[0]).toMatchObject({ before: 10, after: 11 })
  })
})

describe('three-way merge', () => {
  it('tells clean, same and conflict apart', () => {
    expect(threeWay(10, 12, 10)).toBe('clean')
    expect(threeWay(10, 12, 12)).toBe('same')
    expect(threeWay(10, 12, 15)).toBe('conflict')
    expect(threeWay([1, 2], [1, 2, 3], [1, 2])).toBe('clean')
    expect(threeWay({ a: 1, b: 2 }, { a: 2 }, { b: 2, a: 1 })).toBe('clean')
  })

  it('resolves recorded conflicts: mine rebases, theirs drops, skip keeps it unsent', async () => {
    await stageEdits(h.deps, h.sessionId, [
      { resource: 'products', entityId: 1, field: 'price', value: 11 },
      { resource: 'products', entityId: 2, field: 'price', value: 22 },
      { resource: 'products', entityId: 3, field: 'name', value: 'Towel' }
    ])
    const db = h.engine.db
    const ids = (db.prepare('SELECT id FROM changes ORDER BY id').all() as { id: number }[]).map((r) => r.id)
    for (const [i, id] of ids.entries()) {
      db.prepare("UPDATE changes SET state = 'conflict' WHERE id = ?").run(id)
      db.prepare('INSERT INTO conflicts (change_id, theirs, theirs_ts, detected_at) VALUES (?, ?, ?, 0)').run(id, JSON.stringify(100 + i), 1_800_000_000)
    }
    expect(listConflicts(db, h.sessionId).map((c) => [c.base, c.theirs, c.mine])).toEqual([[10, 100, 11], [19.99, 101, 22], ['Tea towel', 102, 'Towel']])
    resolveConflicts(db, h.sessionId, [ids[0] as number], 'mine')
    resolveConflicts(db, h.sessionId, [ids[1] as number], 'theirs')
    resolveConflicts(db, h.sessionId, 'all', 'skip')
    expect(reviewPage(db, h.sessionId).rows.map((r) => [r.entityId, r.state, r.before])).toEqual([
      ['1', 'staged', 100],
      ['3', 'skipped', 'Tea towel']
    ])
  })
})

describe('push plan', () => {
  const row = (id: number, entity: number, field: string, value: unknown, kind: ChangeRow['kind'] = 'update'): ChangeRow => ({
    id, session_id: 's', resource: 'products', entity_id: String(entity), kind, field, label: '', base: null, value: JSON.stringify(value), base_ts: 1, state: 'pending', request_id: null, error: null, result_id: null
  })

  it('groups changes per entity with only the changed fields, nested paths inside their parent', () => {
    const ops = buildOps([row(1, 7, 'price', 5), row(2, 7, 'dimensions.width', 3), row(3, 8, 'enabled', false)], new Map([['products:7', { id: 7, dimensions: { length: 1, width: 2 } }]]))
    expect(ops.map((o) => [o.entityId, o.sub])).toEqual([
      ['7', { method: 'PUT', path: '/products/7', body: { price: 5, dimensions: { length: 1, width: 3 } } }],
      ['8', { method: 'PUT', path: '/products/8', body: { enabled: false } }]
    ])
  })

  it('batches 500 at a time, sends a small remainder as single calls, and estimates', () => {
    const ops = buildOps(Array.from({ length: 1002 }, (_, i) => row(i + 1, i + 1, 'price', 1)))
    const plan = planRequests(ops)
    expect(plan.batches.map((b) => b.length)).toEqual([500, 500])
    expect(plan.singles).toHaveLength(2)
    const est = estimatePush({ changes: 1002, ops, conflictReads: 1 })
    expect(est).toMatchObject({ batchRequests: 2, singleCalls: 2, otherRequests: 5, totalRequests: 9 })
    expect(est.text).toBe(`1002 changes → 2 batch requests + 2 single calls → about ${est.seconds} s at the 600/min budget`)
    expect(planRequests(buildOps([row(1, 1, '', { name: 'x' }, 'create')])).batches).toHaveLength(1)
  })
})
