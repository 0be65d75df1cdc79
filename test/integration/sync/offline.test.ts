// The app's services end to end: opening the demo store syncs it in the background with progress
// events; once the Ecwid side is gone the app reports offline and every grid still reads locally.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StockroomEvents } from '../../../src/shared/contract'
import { createServices, type Services } from '../../../src/main/core/services'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import { createRouter } from '../../../src/main/ipc/router'

let services: Services
let dataDir: string
const events: { name: keyof StockroomEvents; payload: unknown }[] = []

function waitFor<E extends keyof StockroomEvents>(name: E, ok: (p: StockroomEvents[E]) => boolean, timeoutMs = 20_000): Promise<StockroomEvents[E]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { stop(); reject(new Error(`no ${name} event in time`)) }, timeoutMs)
    const stop = services.events.subscribe((n, p) => {
      if ((n as string) === name && ok(p as StockroomEvents[E])) {
        clearTimeout(timer)
        stop()
        resolve(p as StockroomEvents[E])
      }
    })
  })
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'stockroom-offline-'))
  services = createServices({
    dataDir, appVersion: 'test', secrets: createMemorySecretStore(),
    demo: { products: 240, orders: 310, customers: 40, coupons: 15 },
    sync: { intervalMs: 60_000, retryMs: 300 }
  })
  services.events.subscribe((name, payload) => events.push({ name, payload }))
})
afterAll(async () => {
  await services?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('sync through the services, then offline', () => {
  let storeId = 0

  it('opening the demo store starts a full sync with progress, then records lastSyncAt', async () => {
    const done = waitFor('syncState', (s) => s.phase === 'done')
    const demo = await services.api.openDemoStore()
    storeId = demo.storeId
    const final = await done
    expect(final).toMatchObject({ storeId, mode: 'full' })
    const running = events.filter((e) => e.name === 'syncState' && (e.payload as { phase: string }).phase === 'running')
    expect(running.length).toBeGreaterThan(0)
    expect(running.some((e) => (e.payload as { resource?: string }).resource === 'orders')).toBe(true)
    const [stored] = await services.api.listStores()
    expect(stored?.lastSyncAt).toBe(final.lastSyncAt)
    expect(await services.api.getSyncState(storeId)).toMatchObject({ phase: 'done', lastSyncAt: final.lastSyncAt })
  })

  it('answers grid queries from the local copy through the validating router', async () => {
    const dispatch = createRouter(services.api)
    const page = await dispatch('queryProducts', [storeId, { offset: 0, limit: 25, sort: [{ field: 'name', dir: 'asc' }] }])
    expect(page).toMatchObject({ ok: true, value: { total: 240, offset: 0 } })
    const bad = await dispatch('queryProducts', [storeId, { offset: 0, limit: 10_000 }])
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect((await services.api.queryOrders(storeId, { offset: 0, limit: 1 })).total).toBe(310)
    expect((await services.api.queryCoupons(storeId, { offset: 0, limit: 1 })).total).toBe(15)
    expect((await services.api.queryCustomers(storeId, { offset: 0, limit: 1 })).total).toBe(40)
  })

  it('cancelSync stops a running sync; the state says so and nothing breaks', async () => {
    const idle = waitFor('syncState', (s) => s.phase === 'idle' || s.phase === 'done')
    await services.api.syncStore(storeId, { full: true, resources: ['orders'] })
    await services.api.cancelSync(storeId)
    const s = await idle
    expect(['idle', 'done']).toContain(s.phase)
  })

  it('with the server gone: connection goes offline, the sync fails softly, queries still work', async () => {
    await services.testing.stopDemoServer()
    const offline = waitFor('connection', (c) => c.status === 'offline')
    const failed = waitFor('syncState', (s) => s.phase === 'failed')
    await services.api.syncStore(storeId, {})
    expect(await offline).toMatchObject({ storeId, status: 'offline' })
    expect((await failed).message).toMatch(/Offline/)
    const page = await services.api.queryProducts(storeId, { offset: 0, limit: 5, search: 'a' })
    expect(page.total).toBeGreaterThan(0)
    expect((await services.api.queryOrders(storeId, { offset: 0, limit: 1 })).total).toBe(310)
    // Retries keep going quietly: still offline, no crash, no flood of connection events.
    await new Promise((r) => setTimeout(r, 800))
    expect(events.filter((e) => e.name === 'connection' && (e.payload as { status: string }).status === 'offline')).toHaveLength(1)
  })

  it('removing the store closes its database before deleting its folder', async () => {
    await services.api.removeStore(storeId, { deleteLocalData: true })
    await expect(services.api.queryProducts(storeId, { offset: 0, limit: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
