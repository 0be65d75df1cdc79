// Push against the sandbox: exactly the intended state, batch API used where it saves requests,
// single calls for a few, per-item failures with Ecwid's message, retry failed, local store updated.
import { afterEach, describe, expect, it } from 'vitest'
import { serverProduct, setup, resourceIds, type Harness } from './helpers'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe('push', () => {
  it('applies exactly the staged values through the batch API and updates the local store', async () => {
    h = await setup()
    const { service, storeId, sb } = h
    const s = await service.api.createSession(storeId, 'prices')
    const bulk = await service.api.applyBulk(storeId, s.id, 'products', {}, { kind: 'adjust', field: 'price', by: 'percent', amount: 10, round: { mode: 'ending', ending: 0.99 } })
    expect(bulk.changes).toBeGreaterThan(30)
    const before = new Map(resourceIds(h, 'products', 100).map((id) => [id, structuredClone(serverProduct(sb, id))]))
    const intended = (await service.api.reviewSession(storeId, s.id, { limit: 1000 })).rows
    const estimate = await service.api.estimatePush(storeId, s.id)
    expect(estimate.batchRequests).toBe(1)
    expect(estimate.text).toMatch(/changes → 1 batch request \+ 0 single calls → about \d+ s at the 600\/min budget/)
    sb.resetStats()
    const result = await service.runPush(storeId, s.id)
    expect(result).toMatchObject({ applied: intended.length, failed: 0, conflicts: 0, state: 'done' })
    for (const c of intended) {
      const p = serverProduct(sb, Number(c.entityId))
      expect(p?.price).toBe(c.after)
      // Only the changed field was written.
      expect(p?.name).toBe(before.get(Number(c.entityId))?.name)
    }
    const stats = sb.stats()
    expect(stats.byPath['POST /batch']).toBe(1)
    expect(stats.byPath['PUT /products/:id'] ?? 0).toBe(0)
    expect(stats.batchSubRequests).toBe(intended.length)
    expect(stats.rateLimited).toBe(0)
    const local = h.ports.tables.get('products')?.get(intended[0]?.entityId ?? '')
    expect(local?.price).toBe(intended[0]?.after)
    expect((await service.api.listSessions(storeId))[0]?.status).toBe('applied')
  })

  it('sends two entities as single calls, records Ecwid failures, and retries them', async () => {
    h = await setup()
    const { service, storeId, sb } = h
    const [a, b, c] = resourceIds(h, 'products', 3) as [number, number, number]
    const s = await service.api.createSession(storeId, 'two')
    await service.api.stageEdits(storeId, s.id, [
      { resource: 'products', entityId: a, field: 'price', value: 5 },
      { resource: 'products', entityId: b, field: 'sku', value: 'TAKEN-1' }
    ])
    // Meanwhile someone gives another product that SKU on the server: Ecwid answers 409.
    sb.state.updateProduct(sb.state.productIndex(c) as number, (p) => void (p.sku = 'TAKEN-1'))
    sb.resetStats()
    const first = await service.runPush(storeId, s.id)
    expect(first).toMatchObject({ applied: 1, failed: 1, state: 'done' })
    expect(sb.stats().byPath['PUT /products/:id']).toBe(2)
    expect(sb.stats().byPath['POST /batch'] ?? 0).toBe(0)
    const failed = (await service.api.reviewSession(storeId, s.id, { state: 'failed' })).rows
    expect(failed[0]?.error).toContain("Product with SKU 'TAKEN-1' already exists")
    expect((await service.api.listSessions(storeId))[0]?.status).toBe('partial')
    // The clash is fixed on the server; retry only the failed change.
    sb.state.updateProduct(sb.state.productIndex(c) as number, (p) => void (p.sku = 'FREE-9'))
    sb.resetStats()
    const retry = await service.runPush(storeId, s.id, { retryFailed: true })
    expect(retry).toMatchObject({ applied: 2, failed: 0, state: 'done' })
    expect(sb.stats().byPath['PUT /products/:id']).toBe(1)
    expect(serverProduct(sb, b)?.sku).toBe('TAKEN-1')
    expect(serverProduct(sb, a)?.price).toBe(5)
  })

  it('creates and deletes, and reports progress as a background job with events', async () => {
    h = await setup()
    const { service, storeId, sb } = h
    const s = await service.api.createSession(storeId, 'crud')
    const { entityId } = await service.api.stageCreate(storeId, s.id, 'products', { name: 'Brand new', sku: 'NEW-1', price: 3.5 })
    const [victim] = resourceIds(h, 'products', 1) as [number]
    await service.api.stageDeletes(storeId, s.id, 'products', [victim])
    const events: string[] = []
    const jobId = await service.api.pushSession(storeId, s.id)
    const progress = await service.api.getJob(jobId)
    expect(progress?.sessionId).toBe(s.id)
    await new Promise<void>((resolve) => {
      const timer = setInterval(async () => {
        const p = await service.api.getJob(jobId)
        if (p) events.push(p.state)
        else {
          clearInterval(timer)
          resolve()
        }
      }, 10)
    })
    const rows = (await service.api.reviewSession(storeId, s.id, {})).rows
    expect(rows.every((r) => r.state === 'applied')).toBe(true)
    expect(serverProduct(sb, victim)).toBeUndefined()
    const created = sb.state.products.select((m) => m.sku === 'NEW-1')
    expect(created).toHaveLength(1)
    expect(entityId.startsWith('new:')).toBe(true)
  })
})
