// Deterministic crash points of the push journal, in-process: a process that died right after
// journaling "sent" (before or after the request left), or after Ecwid answered with a ticket but
// before the outcome was written. The next push must settle each without applying anything twice.
import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { buildOps } from '../../../src/main/core/sessions/plan'
import { createRemote } from '../../../src/main/core/sessions/remote'
import type { JournalRequest } from '../../../src/main/core/sessions/journal'
import { serverProduct, setup, resourceIds, type Harness } from './helpers'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

function countWrites(h: Harness): Map<number, number> {
  const writes = new Map<number, number>()
  const original = h.sb.state.updateProduct.bind(h.sb.state)
  h.sb.state.updateProduct = (index, change) => {
    writes.set(index, (writes.get(index) ?? 0) + 1)
    return original(index, change)
  }
  return writes
}

async function staged(h: Harness, ids: number[], price: number): Promise<{ sessionId: string; items: JournalRequest['items'] }> {
  const s = await h.service.api.createSession(h.storeId, `s-${randomUUID()}`)
  await h.service.api.applyBulk(h.storeId, s.id, 'products', { ids }, { kind: 'set', field: 'price', value: price })
  const engine = h.service.engine(h.storeId)
  engine.db.prepare("UPDATE changes SET state = 'pending' WHERE session_id = ?").run(s.id)
  const ops = buildOps(engine.changes.byState(s.id, ['pending']))
  const items = ops.map((o) => ({ resource: o.resource, entityId: o.entityId, sub: o.sub, changeIds: o.changeIds, fields: o.fields, kind: o.kind }))
  engine.sessions.setStatus(s.id, 'pushing')
  return { sessionId: s.id, items }
}

describe('journal recovery', () => {
  it('a batch journaled as sent but never posted is sent once', async () => {
    h = await setup()
    const writes = countWrites(h)
    const ids = resourceIds(h, 'products', 5)
    const { sessionId, items } = await staged(h, ids, 3.33)
    const engine = h.service.engine(h.storeId)
    const push = engine.journal.openPush(sessionId).push
    engine.journal.beforeSend(sessionId, push.id, 'batch', items, randomUUID())
    const result = await h.service.runPush(h.storeId, sessionId)
    expect(result).toMatchObject({ applied: 5, failed: 0, state: 'done' })
    for (const id of ids) expect(serverProduct(h.sb, id)?.price).toBe(3.33)
    expect([...writes.values()]).toEqual([1, 1, 1, 1, 1])
  })

  it('a batch posted without its ticket journaled is recovered through its deduplication key', async () => {
    h = await setup()
    const writes = countWrites(h)
    const ids = resourceIds(h, 'products', 5)
    const { sessionId, items } = await staged(h, ids, 4.44)
    const engine = h.service.engine(h.storeId)
    const push = engine.journal.openPush(sessionId).push
    const key = randomUUID()
    engine.journal.beforeSend(sessionId, push.id, 'batch', items, key)
    // The POST reached Ecwid and ran; the process died before writing the ticket down.
    const remote = createRemote(h.api, { pollIntervalMs: 20 })
    await remote.poll(await remote.postBatch(items.map((i) => i.sub), key), items.map((i) => i.sub))
    h.sb.resetStats()
    const result = await h.service.runPush(h.storeId, sessionId)
    expect(result).toMatchObject({ applied: 5, failed: 0, state: 'done' })
    expect([...writes.values()]).toEqual([1, 1, 1, 1, 1])
    expect(h.sb.stats().batchSubRequests).toBe(0)
  })

  it('a batch with a ticket but no outcome is settled by polling the ticket', async () => {
    h = await setup()
    const writes = countWrites(h)
    const ids = resourceIds(h, 'products', 4)
    const { sessionId, items } = await staged(h, ids, 5.55)
    const engine = h.service.engine(h.storeId)
    const push = engine.journal.openPush(sessionId).push
    const key = randomUUID()
    const requestId = engine.journal.beforeSend(sessionId, push.id, 'batch', items, key)
    const remote = createRemote(h.api, { pollIntervalMs: 20 })
    engine.journal.setTicket(requestId, await remote.postBatch(items.map((i) => i.sub), key))
    h.sb.resetStats()
    expect(await h.service.runPush(h.storeId, sessionId)).toMatchObject({ applied: 4, state: 'done' })
    expect(h.sb.stats().byPath['POST /batch'] ?? 0).toBe(0)
    expect([...writes.values()]).toEqual([1, 1, 1, 1])
  })

  it('single calls: one that reached Ecwid is confirmed by a re-read, one that did not is re-sent', async () => {
    h = await setup()
    const writes = countWrites(h)
    const [a, b] = resourceIds(h, 'products', 2) as [number, number]
    const { sessionId, items } = await staged(h, [a, b], 6.66)
    const engine = h.service.engine(h.storeId)
    const push = engine.journal.openPush(sessionId).push
    const [ia, ib] = items as [JournalRequest['items'][number], JournalRequest['items'][number]]
    engine.journal.beforeSend(sessionId, push.id, 'single', [ia], null)
    engine.journal.beforeSend(sessionId, push.id, 'single', [ib], null)
    await createRemote(h.api).single(ia.sub) // reached Ecwid, answer lost
    h.sb.resetStats()
    expect(await h.service.runPush(h.storeId, sessionId)).toMatchObject({ applied: 2, failed: 0, state: 'done' })
    expect(h.sb.stats().byPath['GET /products/:id']).toBe(2)
    expect(h.sb.stats().byPath['PUT /products/:id']).toBe(1)
    expect(serverProduct(h.sb, b)?.price).toBe(6.66)
    expect([...writes.values()]).toEqual([1, 1])
  })
})
