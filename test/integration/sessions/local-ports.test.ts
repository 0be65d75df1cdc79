// Sessions over the local store, through the real composition root: bulk operations and staging read
// the synced SQLite copy (zero API requests), a push writes Ecwid's answers back so grids show the
// new values at once, and a store never synced falls back to the API source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JobProgress } from '../../../src/shared/model/job'
import type { ProductQuery } from '../../../src/shared/model/grid'
import { createServices, type Services } from '../../../src/main/core/services'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import { createMemoryPorts } from '../../../src/main/core/sessions/memory-ports'
import { createStorePorts, localFreshAsOf } from '../../../src/main/core/sessions/local-ports'
import { openDb } from '../../../src/main/core/store/db'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { createTempDir, type TempDir } from '../../helpers/temp-dir'
import { pushAndWait, waitForSync as waitForSyncOf } from './services-helpers'

let sb: SandboxHandle
let dir: TempDir
let services: Services
let storeId: number

const waitForSync = (): Promise<void> => waitForSyncOf(services, storeId)
const push = (sessionId: string): Promise<JobProgress> => pushAndWait(services, storeId, sessionId)

const priceFilter: ProductQuery['filters'] = [{ field: 'price', kind: 'number', min: 10, max: 60 }]

beforeAll(async () => {
  sb = await startSandbox({ storeId: 7_301, products: 120, orders: 10, customers: 5, coupons: 8 })
  dir = await createTempDir('stockroom-local-ports-')
  services = createServices({ dataDir: dir.path, appVersion: 'test', secrets: createMemorySecretStore(), apiBase: sb.apiBase, sync: { intervalMs: 600_000 } })
  storeId = (await services.api.connectStore({ storeId: sb.storeId, token: sb.tokens.full })).storeId
  await waitForSync()
})
afterAll(async () => {
  await services?.close()
  await sb?.close()
  await dir?.cleanup()
})

describe('sessions over the local store', () => {
  it('a bulk op over a filter matches the grid rows and reads only the local copy (zero API requests)', async () => {
    const grid = await services.api.queryProducts(storeId, { filters: priceFilter, offset: 0, limit: 500 })
    expect(grid.total).toBeGreaterThan(5)
    // The server moves on after the sync: the bulk op must still see the local copy the grid shows.
    const first = grid.rows[0]
    if (!first) throw new Error('no rows')
    sb.state.updateProduct(sb.state.productIndex(first.id) as number, (p) => void (p.name = 'Renamed on the server'))
    sb.resetStats()
    const s = await services.api.createSession(storeId, 'local bulk')
    const op = { kind: 'adjust', field: 'price', by: 'percent', amount: 10 } as const
    const preview = await services.api.previewBulk(storeId, s.id, 'products', { query: { filters: priceFilter } }, op)
    expect(preview.matched).toBe(grid.total)
    const applied = await services.api.applyBulk(storeId, s.id, 'products', { query: { filters: priceFilter } }, op)
    expect(applied.changes).toBe(preview.changes)
    const review = await services.api.reviewSession(storeId, s.id, { limit: 1000 })
    expect(review.rows.map((r) => Number(r.entityId)).sort((a, b) => a - b)).toEqual(grid.rows.map((r) => r.id).sort((a, b) => a - b))
    expect(review.rows.find((r) => Number(r.entityId) === first.id)?.label).toBe(first.name)
    // Staging by id and the SKU uniqueness check are local too.
    const other = (await services.api.queryProducts(storeId, { offset: 0, limit: 3, sort: [{ field: 'price', dir: 'desc' }] })).rows
    const [a, b] = other as [typeof first, typeof first]
    const staged = await services.api.stageEdits(storeId, s.id, [
      { resource: 'products', entityId: a.id, field: 'name', value: 'Locally staged' },
      { resource: 'products', entityId: a.id, field: 'sku', value: b.sku }
    ])
    expect(staged.staged).toBe(1)
    expect(staged.rejected[0]?.message).toMatch(/SKU/)
    expect(sb.stats().requests).toBe(0)
  })

  it('after the push, the local rows show the pushed values at once (no sync needed)', async () => {
    const s = (await services.api.listSessions(storeId)).find((x) => x.name === 'local bulk')
    if (!s) throw new Error('session missing')
    const intended = (await services.api.reviewSession(storeId, s.id, { limit: 1000 })).rows
    const done = await push(s.id)
    expect(done).toMatchObject({ state: 'done', failed: 0 })
    const rows = new Map((await services.api.queryProducts(storeId, { offset: 0, limit: 500 })).rows.map((r) => [r.id, r]))
    for (const c of intended) {
      const row = rows.get(Number(c.entityId))
      expect(row?.[c.field as 'price' | 'name']).toBe(c.after)
      expect(sb.state.products.get(sb.state.productIndex(Number(c.entityId)) as number)?.[c.field as 'price' | 'name']).toBe(c.after)
    }
    // The search index follows the pushed name.
    expect((await services.api.queryProducts(storeId, { search: 'Locally staged', offset: 0, limit: 10 })).total).toBe(1)
    // A revert reads the pushed values from the local copy and restores the before state.
    const revert = await services.api.revertSession(storeId, s.id)
    expect(revert.changeCount).toBe(intended.length)
    expect((await push(revert.id)).state).toBe('done')
    const back = new Map((await services.api.queryProducts(storeId, { offset: 0, limit: 500 })).rows.map((r) => [r.id, r]))
    for (const c of intended) expect(back.get(Number(c.entityId))?.[c.field as 'price' | 'name']).toBe(c.before)
  })

  it('a variation edit reads the synced variation and writes the pushed values to the variation rows', async () => {
    const product = (await services.api.queryProducts(storeId, { offset: 0, limit: 500 })).rows.find((r) => r.variations.length > 0)
    const v = product?.variations[0]
    if (!product || !v) throw new Error('no synced variations')
    const s = await services.api.createSession(storeId, 'local variation')
    const staged = await services.api.stageEdits(storeId, s.id, [
      { resource: 'variations', entityId: `${product.id}/${v.id}`, field: 'price', value: 31.25 },
      { resource: 'variations', entityId: `${product.id}/${v.id}`, field: 'sku', value: 'LOCAL-VAR-SKU' }
    ])
    expect(staged.rejected).toEqual([])
    // The SKU is now taken by that variation, for products and other variations alike.
    const again = await services.api.stageEdits(storeId, s.id, [{ resource: 'products', entityId: product.id, field: 'sku', value: 'LOCAL-VAR-SKU' }])
    expect(again.rejected).toHaveLength(1)
    expect((await push(s.id)).state).toBe('done')
    const row = (await services.api.queryProducts(storeId, { offset: 0, limit: 500 })).rows.find((r) => r.id === product.id)
    expect(row?.variations.find((x) => x.id === v.id)).toMatchObject({ price: 31.25, sku: 'LOCAL-VAR-SKU' })
    expect((await services.api.queryProducts(storeId, { search: 'LOCAL-VAR-SKU', offset: 0, limit: 10 })).total).toBe(1)
  })
})

describe('store ports before a sync', () => {
  it('read through the fallback (the API) and write nothing while a resource has no local copy', async () => {
    const db = openDb(':memory:')
    try {
      const api = createMemoryPorts()
      api.load('products', [{ id: 5, name: 'From the API', sku: 'API-5', price: 3 }])
      const ports = createStorePorts(db, api.source)
      expect(localFreshAsOf(db, 'products')).toBeNull()
      expect((await ports.source.get('products', 5))?.name).toBe('From the API')
      expect(await ports.source.isSkuTaken('API-5')).toBe(true)
      expect(ports.sink.discards).toBe(true)
      await ports.sink.upsert('products', { id: 5, name: 'x', sku: 'x', price: 1 })
      expect(db.get<{ n: number }>('SELECT count(*) AS n FROM products')?.n).toBe(0)
    } finally {
      db.close()
    }
  })
})
