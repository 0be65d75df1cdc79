// Conflicts found at push time (3-way, per field; non-overlapping edits merge silently) and their
// resolution in bulk; revert as a new session that restores the before state and is itself
// conflict-checked against edits made after the push.
import { afterEach, describe, expect, it } from 'vitest'
import { serverProduct, setup, resourceIds, type Harness } from './helpers'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

const serverEdit = (h: Harness, id: number, change: (p: Record<string, unknown>) => void): void =>
  void h.sb.state.updateProduct(h.sb.state.productIndex(id) as number, (p) => change(p as unknown as Record<string, unknown>))

describe('conflicts', () => {
  it('merges non-overlapping edits, settles identical ones, and asks about overlapping ones', async () => {
    h = await setup()
    const { service, storeId, sb } = h
    const [a, b, c] = resourceIds(h, 'products', 3) as [number, number, number]
    const s = await service.api.createSession(storeId, 'c1')
    await service.api.stageEdits(storeId, s.id, [
      { resource: 'products', entityId: a, field: 'price', value: 11 },
      { resource: 'products', entityId: b, field: 'price', value: 22 },
      { resource: 'products', entityId: c, field: 'price', value: 33 }
    ])
    const baseA = serverProduct(sb, a)?.price
    serverEdit(h, a, (p) => (p.price = 99)) // overlapping, different: conflict
    serverEdit(h, b, (p) => (p.name = 'Renamed by a colleague')) // other field: merges
    serverEdit(h, c, (p) => (p.price = 33)) // same value: nothing to send
    const result = await service.runPush(storeId, s.id)
    expect(result).toMatchObject({ applied: 2, failed: 0, conflicts: 1 })
    expect(serverProduct(sb, a)?.price).toBe(99)
    expect(serverProduct(sb, b)).toMatchObject({ price: 22, name: 'Renamed by a colleague' })
    const conflicts = await service.api.listConflicts(storeId, s.id)
    expect(conflicts).toEqual([expect.objectContaining({ entityId: String(a), field: 'price', base: baseA, theirs: 99, mine: 11 })])
    // The local copy now shows the colleague's edit too.
    expect(h.ports.tables.get('products')?.get(String(b))?.name).toBe('Renamed by a colleague')

    await service.api.resolveConflicts(storeId, s.id, 'all', 'mine')
    const second = await service.runPush(storeId, s.id)
    expect(second).toMatchObject({ applied: 3, conflicts: 0, state: 'done' })
    expect(serverProduct(sb, a)?.price).toBe(11)
  })

  it('takes theirs or skips in bulk', async () => {
    h = await setup()
    const { service, storeId, sb } = h
    const ids = resourceIds(h, 'products', 4)
    const s = await service.api.createSession(storeId, 'c2')
    await service.api.applyBulk(storeId, s.id, 'products', { ids }, { kind: 'set', field: 'price', value: 1.25 })
    for (const id of ids) serverEdit(h, id, (p) => (p.price = 7))
    const found = await service.api.checkConflicts(storeId, s.id)
    expect(found).toHaveLength(4)
    await service.api.resolveConflicts(storeId, s.id, [found[0]?.changeId as number, found[1]?.changeId as number], 'theirs')
    const after = await service.api.resolveConflicts(storeId, s.id, 'all', 'skip')
    expect(after.counts).toMatchObject({ skipped: 2, conflict: 0 })
    expect(after.changeCount).toBe(2)
    const result = await service.runPush(storeId, s.id)
    expect(result.requests).toBeLessThan(5)
    for (const id of ids) expect(serverProduct(sb, id)?.price).toBe(7)
  })
})

describe('revert', () => {
  it('restores the before state through a new, reviewable session', async () => {
    h = await setup()
    const { service, storeId, sb } = h
    const ids = resourceIds(h, 'products', 20).filter((id) => (serverProduct(sb, id)?.price as number) > 1).slice(0, 6)
    const before = new Map(ids.map((id) => [id, structuredClone(serverProduct(sb, id))]))
    const s = await service.api.createSession(storeId, 'spring')
    await service.api.applyBulk(storeId, s.id, 'products', { ids: ids.slice(0, 4) }, { kind: 'adjust', field: 'price', by: 'percent', amount: -20 })
    await service.api.stageEdits(storeId, s.id, [{ resource: 'products', entityId: ids[4] as number, field: 'enabled', value: false }])
    await service.api.stageDeletes(storeId, s.id, 'products', [ids[5] as number])
    await service.api.stageCreate(storeId, s.id, 'products', { name: 'Temporary', sku: 'TMP-1', price: 1 })
    expect((await service.runPush(storeId, s.id)).state).toBe('done')
    expect(serverProduct(sb, ids[5] as number)).toBeUndefined()

    const revert = await service.api.revertSession(storeId, s.id)
    expect(revert).toMatchObject({ name: 'spring-revert', status: 'draft', revertOf: s.id })
    const review = await service.api.reviewSession(storeId, revert.id, { limit: 100 })
    expect(review.byField).toEqual({ price: 4, enabled: 1, '(whole entry)': 2 })
    // Someone changes one of the products after our push: the revert must not silently undo that.
    serverEdit(h, ids[0] as number, (p) => (p.price = 1234))
    const result = await service.runPush(storeId, revert.id)
    expect(result.conflicts).toBe(1)
    expect(serverProduct(sb, ids[0] as number)?.price).toBe(1234)
    for (const id of ids.slice(1, 5)) expect(serverProduct(sb, id)).toMatchObject({ price: before.get(id)?.price, enabled: before.get(id)?.enabled })
    expect(sb.state.products.select((m) => m.sku === 'TMP-1')).toHaveLength(0)
    const recreated = sb.state.products.select((m) => m.sku === before.get(ids[5] as number)?.sku)
    expect(recreated).toHaveLength(1)
    expect(sb.state.products.get(recreated[0] as number)).toMatchObject({ name: before.get(ids[5] as number)?.name, price: before.get(ids[5] as number)?.price })

    const history = await service.api.listHistory(storeId)
    expect(history.map((e) => e.session.name).sort()).toEqual(['spring', 'spring-revert'])
    const csv = await service.api.exportHistoryCsv(storeId, s.id)
    expect(csv.split('\r\n')[0]).toBe('session,pushed_at,resource,entity_id,entry,field,before,after,state,error')
    expect(csv).toContain('Temporary')
  })
})
