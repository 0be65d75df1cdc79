// Full and incremental sync against the sandbox: counts, changes, deletions, categories, the few
// requests an incremental sync needs, and a forced full sync that drops rows Ecwid no longer has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProgressSnapshot } from '../../../src/main/core/sync/progress'
import { queryProducts } from '../../../src/main/core/store/grids'
import { readSyncState } from '../../../src/main/core/store/sync-state-repo'
import { localIds, serverCounts, syncFixture, type SyncFixture } from './helpers'
import { loadOrderStatuses } from '../../../src/main/core/store/order-statuses'

let f: SyncFixture
beforeAll(async () => {
  f = await syncFixture()
})
afterAll(() => f?.close())

describe('sync against the sandbox', () => {
  it('a first sync is full: every resource, exact counts, no 429, progress with totals and ETA', async () => {
    const progress: ProgressSnapshot[] = []
    const r = await f.sync({}, { onProgress: (p) => progress.push(p) })
    expect(r.mode).toBe('full')
    expect(r.counts).toEqual(serverCounts(f.sb))
    expect(r.rateLimited).toBe(0)
    expect(f.sb.stats().rateLimited).toBe(0)
    expect(r.skipped).toEqual([])
    // Pages: products 5, orders 7, customers 2, coupons 1, categories 1; latest-stats and profile 1
    // each, and the profile's order statuses 1; then a catch-up, a deleted-log read and a count check
    // per resource (categories: the check).
    expect(r.requests).toBe(16 + 2 + 1 + 4 * 3 + 1)
    expect(loadOrderStatuses(f.db)?.find((s) => s.statusId === 'CUSTOM_PAYMENT_STATUS_1')).toMatchObject({ enabled: true, name: 'Money on hold' })
    const ordersSeen = progress.filter((p) => p.resource === 'orders')
    expect(ordersSeen.at(-1)).toMatchObject({ done: 620, total: 620 })
    expect(progress.some((p) => p.etaMs !== null && p.etaMs > 0)).toBe(true)
    expect(readSyncState(f.db, 'products')).toMatchObject({ fullDone: true, runId: null })
    // Category names were known when products were written (categories sync first).
    expect(queryProducts(f.db, { offset: 0, limit: 50 }).rows.some((p) => p.categories.length > 0)).toBe(true)
  })

  it('with nothing changed, an incremental sync is one latest-stats request', async () => {
    // Let the stats settle past STAT_SETTLE_MS's same-second guard without sleeping: age the reads.
    f.db.run('UPDATE sync_state SET stat_read_at = stat_read_at + 10000')
    f.routes()
    const r = await f.sync()
    expect(r.mode).toBe('incremental')
    expect(r.requests).toBe(1)
    expect(f.routes()).toEqual({ 'GET /latest-stats': 1 })
  })

  it('applies updates, creations and deletions of products, orders, coupons and customers', async () => {
    const s = f.sb.state
    for (let i = 0; i < 5; i++) s.updateProduct(i, (p) => void (p.name = `Changed ${i}`))
    const created = s.createProduct({ name: 'Brand new thing', sku: 'NEW-1', price: 12 })
    const productsGone = [s.products.get(10)?.id, s.products.get(11)?.id]
    s.deleteProduct(10)
    s.deleteProduct(11)
    s.updateOrder(3, (o) => void (o.trackingNumber = 'TRACK-123'))
    const orderGone = s.orders.get(4)?.id
    s.deleteOrder(4)
    s.createCoupon({ name: 'Fresh', code: 'FRESH10', discountType: 'PERCENT', discount: 10 })
    s.deleteCoupon(0)
    s.deleteCustomer(0)
    f.routes()
    const r = await f.sync()
    expect(r.mode).toBe('incremental')
    expect(r.counts).toEqual(serverCounts(f.sb))
    const routes = f.routes()
    // Unchanged areas (categories, profile) were not read at all.
    expect(Object.keys(routes).filter((k) => /categories|profile/.test(k))).toEqual([])
    expect(r.requests).toBeLessThanOrEqual(9)
    const names = queryProducts(f.db, { offset: 0, limit: 10, search: 'changed' }).rows.map((p) => p.name).sort()
    expect(names).toEqual(['Changed 0', 'Changed 1', 'Changed 2', 'Changed 3', 'Changed 4'])
    expect(localIds(f.db, 'products')).toContain(created.id)
    for (const id of productsGone) expect(localIds(f.db, 'products')).not.toContain(id)
    expect(f.db.get('SELECT tracking_number AS t FROM orders WHERE id = ?', [s.orders.get(3)?.id ?? ''])).toEqual({ t: 'TRACK-123' })
    expect(localIds(f.db, 'orders')).not.toContain(orderGone)
    expect(f.db.get('SELECT count(*) AS n FROM coupons WHERE code = ?', ['FRESH10'])).toEqual({ n: 1 })
  })

  it('re-reads categories when they change and refreshes product category names', async () => {
    const s = f.sb.state
    const cat = s.categories.get(0)
    expect(cat).toBeDefined()
    s.categories.put(0, { ...(cat as NonNullable<typeof cat>), name: 'Renamed Category' })
    s.touch('categories')
    const r = await f.sync({ resources: ['categories'] })
    expect(r.mode).toBe('incremental')
    expect(f.db.get('SELECT name FROM categories WHERE id = ?', [cat?.id ?? 0])).toEqual({ name: 'Renamed Category' })
    const linked = f.db.get<{ n: number }>("SELECT count(*) AS n FROM products WHERE category_names LIKE '%Renamed Category%'")?.n ?? 0
    const expected = f.db.get<{ n: number }>('SELECT count(*) AS n FROM product_categories WHERE category_id = ?', [cat?.id ?? 0])?.n ?? 0
    expect(linked).toBe(expected)
  })

  it('a forced full sync drops rows Ecwid no longer has even when its deleted log forgot them', async () => {
    const s = f.sb.state
    s.deleteProduct(20)
    s.deletedLog.products.length = 0 // the log was purged: only a full walk can notice
    const r = await f.sync({ full: true, resources: ['products'] })
    expect(r.mode).toBe('full')
    expect(r.counts.products).toBe(s.products.liveCount)
  })

  it('limits a sync to the resources asked for', async () => {
    f.sb.state.updateOrder(7, (o) => void (o.privateAdminNotes = 'only orders'))
    f.sb.state.updateProduct(30, (p) => void (p.name = 'not synced yet'))
    f.routes()
    await f.sync({ resources: ['orders'] })
    expect(Object.keys(f.routes()).some((k) => k.includes('/products'))).toBe(false)
    expect(f.db.get<{ n: number }>("SELECT count(*) AS n FROM orders WHERE private_notes = 'only orders'")?.n).toBe(1)
  })
})
