import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Order, Product, SearchResult } from '../../../src/shared/model'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { client } from './helpers'

// Benchmarks need 100k products + 500k orders: seeding must stay fast and lazy.
let sb: SandboxHandle
let startMs = 0

beforeAll(async () => {
  const t0 = Date.now()
  sb = await startSandbox({ products: 100_000, orders: 500_000 })
  startMs = Date.now() - t0
})
afterAll(() => sb.close())

describe('sandbox at benchmark scale', () => {
  it('starts in seconds and pages the far end of both tables quickly', async () => {
    expect(startMs).toBeLessThan(10_000)
    const api = client(sb)
    const t0 = Date.now()
    const orders = await api.get<SearchResult<Order>>('/orders?offset=499950')
    const products = await api.get<SearchResult<Product>>('/products?offset=99900')
    expect(orders.body).toMatchObject({ total: 500_000, count: 50 })
    expect(products.body).toMatchObject({ total: 100_000, count: 100 })
    // The oldest order is last (newest first), and ids stay unique at scale.
    expect(orders.body.items.at(-1)?.orderNumber).toBe(1001)
    expect(new Set(orders.body.items.map((o) => o.id)).size).toBe(50)
    expect(Date.now() - t0).toBeLessThan(2_000)
    // Only touched items are held in memory.
    expect(sb.state.orders.overlaySize + sb.state.products.overlaySize).toBe(0)
  })
})
