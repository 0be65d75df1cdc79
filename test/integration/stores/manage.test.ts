// Several stores side by side through the real services and the sandbox: rename, remove (keychain
// entry always, local data only when asked), two stores with their own tokens, the demo store.
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../src/main/core/services'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import type { SecretStore } from '../../../src/main/core/secrets/secret-store'
import { storeDataDir } from '../../../src/main/core/stores/local-data'
import { createStoreRegistry } from '../../../src/main/core/stores/store-registry'
import type { SandboxHandle } from '../../../src/main/sandbox/server'
import { EXTRA_STORE_ID, registryText, startStoresSandbox, tempDataDir } from './helpers'

let sandbox: SandboxHandle
let dataDir: { path: string; cleanup(): Promise<void> }
let secrets: SecretStore
let services: Services

beforeAll(async () => {
  sandbox = await startStoresSandbox()
})
afterAll(async () => {
  await sandbox.close()
})
beforeEach(async () => {
  dataDir = await tempDataDir()
  secrets = createMemorySecretStore()
  services = createServices({ dataDir: dataDir.path, appVersion: '0.0.0-test', secrets, apiBase: sandbox.apiBase, demo: { products: 20, orders: 10, customers: 5, coupons: 5 } })
})
afterEach(async () => {
  await services.close()
  await dataDir.cleanup()
})

const extraTokens = (): { full: string; readOnly: string } => {
  const extra = sandbox.stores.get(EXTRA_STORE_ID)
  if (!extra) throw new Error('the sandbox has no extra store')
  return extra.tokens
}

async function seedLocalData(storeId: number): Promise<string> {
  const dir = storeDataDir(dataDir.path, storeId)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'store.db'), 'local copy')
  return dir
}

describe('managing stores', () => {
  it('renames a store: the label changes, the name and the token do not', async () => {
    await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.full })
    const renamed = await services.api.renameStore(sandbox.storeId, 'Client A — live')
    expect(renamed).toMatchObject({ storeId: sandbox.storeId, label: 'Client A — live', name: 'Demo Store' })
    // A fresh registry reads the file: the label was persisted, not only returned.
    expect((await createStoreRegistry(dataDir.path).get(sandbox.storeId))?.label).toBe('Client A — live')
    expect(await secrets.get(sandbox.storeId)).toBe(sandbox.tokens.full)
    await expect(services.api.renameStore(424_242, 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('reconnecting keeps the label the user chose', async () => {
    await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.readOnly, label: 'Mine' })
    const again = await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.full })
    expect(again.label).toBe('Mine')
    expect(again.capabilities.catalog.update).toBe(true)
    expect(await secrets.get(sandbox.storeId)).toBe(sandbox.tokens.full)
  })

  it('removes a store: keychain entry and registry entry gone, local data kept unless asked', async () => {
    await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.full })
    const dir = await seedLocalData(sandbox.storeId)
    await services.api.removeStore(sandbox.storeId, { deleteLocalData: false })
    expect(await secrets.get(sandbox.storeId)).toBeNull()
    expect(await services.api.listStores()).toEqual([])
    expect(existsSync(join(dir, 'store.db'))).toBe(true)
    await expect(services.api.removeStore(sandbox.storeId, { deleteLocalData: false })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('removes a store with its local data when asked, and only that store’s data', async () => {
    await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.full })
    await services.api.connectStore({ storeId: EXTRA_STORE_ID, token: extraTokens().full })
    const gone = await seedLocalData(sandbox.storeId)
    const kept = await seedLocalData(EXTRA_STORE_ID)
    await services.api.removeStore(sandbox.storeId, { deleteLocalData: true })
    expect(existsSync(gone)).toBe(false)
    expect(existsSync(join(kept, 'store.db'))).toBe(true)
    expect(await secrets.list()).toEqual([EXTRA_STORE_ID])
  })

  it('keeps two stores side by side, each with its own token and scopes', async () => {
    const a = await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.full, label: 'Client A' })
    const b = await services.api.connectStore({ storeId: EXTRA_STORE_ID, token: extraTokens().readOnly, label: 'Client B' })
    expect(b.name).toBe('Second Shop')
    expect(a.capabilities.catalog.update).toBe(true)
    expect(b.capabilities.catalog.update).toBe(false)
    const listed = await services.api.listStores()
    expect(listed.map((s) => [s.storeId, s.label])).toEqual([
      [sandbox.storeId, 'Client A'],
      [EXTRA_STORE_ID, 'Client B']
    ])
    expect(await secrets.get(sandbox.storeId)).toBe(sandbox.tokens.full)
    expect(await secrets.get(EXTRA_STORE_ID)).toBe(extraTokens().readOnly)
    // Each store has its own request budget.
    expect((await services.api.getRateLimit(sandbox.storeId)).storeId).toBe(sandbox.storeId)
    expect((await services.api.getRateLimit(EXTRA_STORE_ID)).storeId).toBe(EXTRA_STORE_ID)
    const text = (await registryText(dataDir.path)) ?? ''
    for (const token of [sandbox.tokens.full, extraTokens().readOnly]) expect(text).not.toContain(token)
  })

  it('refuses one store’s token for another store', async () => {
    await expect(services.api.connectStore({ storeId: EXTRA_STORE_ID, token: sandbox.tokens.full })).rejects.toMatchObject({ code: 'AUTH_INVALID' })
    expect(await secrets.list()).toEqual([])
  })

  it('opens the demo store beside real ones without touching the keychain, and removes it', async () => {
    await services.api.connectStore({ storeId: EXTRA_STORE_ID, token: extraTokens().full })
    const demo = await services.api.openDemoStore()
    expect(demo).toMatchObject({ demo: true, label: 'Demo store' })
    expect(demo.capabilities.catalog).toEqual({ read: true, update: true, create: true })
    expect((await services.api.listStores()).map((s) => s.storeId).sort()).toEqual([demo.storeId, EXTRA_STORE_ID].sort())
    expect(await secrets.list()).toEqual([EXTRA_STORE_ID])
    await services.api.removeStore(demo.storeId, { deleteLocalData: true })
    expect((await services.api.listStores()).map((s) => s.storeId)).toEqual([EXTRA_STORE_ID])
    expect(await secrets.get(EXTRA_STORE_ID)).toBe(extraTokens().full)
  })

  // The demo's id (1003, like the test sandbox's primary store) is a real Ecwid id: neither may
  // silently replace the other, or a keychain token would be orphaned or a sandbox token used.
  it('keeps a connected store and the demo store with the same id apart', async () => {
    await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.full, label: 'Real' })
    await expect(services.api.openDemoStore()).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await services.api.listStores()).toMatchObject([{ storeId: sandbox.storeId, label: 'Real', demo: false }])
    await services.api.removeStore(sandbox.storeId, { deleteLocalData: false })
    const demo = await services.api.openDemoStore()
    expect(demo.storeId).toBe(sandbox.storeId)
    await expect(services.api.connectStore({ storeId: demo.storeId, token: sandbox.tokens.full })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await secrets.list()).toEqual([])
  })
})
