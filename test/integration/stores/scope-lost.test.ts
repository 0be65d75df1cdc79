// A store whose token loses a scope after connecting: Ecwid then answers that resource with a 403
// (here a bare one, no body) while the token still works. Through the real services the sync finishes,
// its state says which resource was left out and why, and that area turns read-only in the store list.
// Ecwid: both a missing scope and a bad token answer 403
// (https://docs.ecwid.com/api-reference/rest-api/rest-api-error-codes); "Get store profile … is
// available with any access token" (https://developers.ecwid.com/api-documentation/store-information).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SyncState } from '../../../src/shared/model/app'
import { createServices, type Services } from '../../../src/main/core/services'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import { FULL_SCOPES } from '../../../src/main/sandbox/auth'
import type { SandboxHandle } from '../../../src/main/sandbox/server'
import { startStoresSandbox, tempDataDir } from './helpers'

const TOKEN = 'secret_sandboxLosesCustomers1'
let sandbox: SandboxHandle
let dataDir: { path: string; cleanup(): Promise<void> }
let services: Services

beforeAll(async () => {
  sandbox = await startStoresSandbox()
  sandbox.addToken(TOKEN, FULL_SCOPES, { label: 'losesCustomers' })
  dataDir = await tempDataDir()
  services = createServices({ dataDir: dataDir.path, appVersion: '0.0.0-test', secrets: createMemorySecretStore(), apiBase: sandbox.apiBase })
})
afterAll(async () => {
  await services.close()
  await dataDir.cleanup()
  await sandbox.close()
})

function syncDone(storeId: number): Promise<SyncState> {
  return new Promise((resolve) => {
    const stop = services.events.subscribe((name, payload) => {
      const s = payload as SyncState
      if (name === 'syncState' && s.storeId === storeId && (s.phase === 'done' || s.phase === 'failed')) {
        stop()
        resolve(s)
      }
    })
  })
}

describe('a scope lost after connecting', () => {
  it('the sync goes on without that resource, says so, and makes the area read-only', async () => {
    const storeId = sandbox.storeId
    const first = syncDone(storeId)
    const summary = await services.api.connectStore({ storeId, token: TOKEN })
    expect(summary.capabilities.customers).toMatchObject({ read: true, update: true })
    expect((await first).phase).toBe('done')

    sandbox.addToken(TOKEN, FULL_SCOPES.filter((s) => !s.endsWith('_customers')), { label: 'losesCustomers' })
    sandbox.setFaults({ bare403: true })
    const second = syncDone(storeId)
    await services.api.syncStore(storeId, { full: true })
    const state = await second
    expect(state.phase).toBe('done')
    expect(state.notes).toEqual([{ resource: 'customers', text: expect.stringMatching(/^customers: not synced — the token lacks read_customers/) }])
    const [stored] = await services.api.listStores()
    expect(stored?.capabilities.customers).toEqual({ read: true, update: false, create: false })
    expect(stored?.capabilities.catalog.update).toBe(true)
    expect(sandbox.stats().invalidToken).toBe(0)
  })
})
