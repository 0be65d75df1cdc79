// Connecting a store against the sandbox on 127.0.0.1 through the real services: what each kind of
// token may do, and that every refusal (bad token, free plan, no network, wrong id) saves nothing.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { missingScopeNotes } from '@shared/scope-notes'
import { createServices, type Services } from '../../../src/main/core/services'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import type { SecretStore } from '../../../src/main/core/secrets/secret-store'
import type { SandboxHandle } from '../../../src/main/sandbox/server'
import { closedPort, registryText, startStoresSandbox, storeSnapshot, tempDataDir } from './helpers'

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
  services = createServices({ dataDir: dataDir.path, appVersion: '0.0.0-test', secrets, apiBase: sandbox.apiBase })
  sandbox.resetStats()
  sandbox.setPlan('paid')
})
afterEach(async () => {
  await services.close()
  await dataDir.cleanup()
})

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    return e as AppError
  }
  throw new Error('expected the call to fail')
}

const codeOf = async (p: Promise<unknown>): Promise<string> => (await errorOf(p)).code

/** After a refusal: no keychain entry, no store listed, no stores.json written. */
async function expectNothingSaved(): Promise<void> {
  expect(await secrets.list()).toEqual([])
  expect(await services.api.listStores()).toEqual([])
  expect(await registryText(dataDir.path)).toBeNull()
}

describe('connectStore against the sandbox', () => {
  it('a full token: every scope Stockroom probes, full capabilities, token in the SecretStore only', async () => {
    const summary = await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.full })
    expect(summary).toMatchObject({ storeId: sandbox.storeId, name: 'Demo Store', label: 'Demo Store', currency: 'USD', demo: false, lastSyncAt: null })
    expect([...summary.scopes].sort()).toEqual(
      ['read_store_profile', 'update_store_profile', 'read_catalog', 'update_catalog', 'create_catalog', 'read_orders', 'update_orders', 'read_discount_coupons', 'update_discount_coupons', 'create_discount_coupons', 'read_customers', 'update_customers'].sort()
    )
    const c = summary.capabilities
    for (const area of [c.catalog, c.orders, c.coupons, c.customers, c.profile]) expect(area).toMatchObject({ read: true, update: true })
    expect(c.catalog.create && c.coupons.create).toBe(true)
    // Creating orders/customers cannot be probed without risking a real record, so it is not claimed.
    expect(c.orders.create || c.customers.create).toBe(false)
    expect(missingScopeNotes(c)).toEqual([])
    expect(await secrets.get(sandbox.storeId)).toBe(sandbox.tokens.full)
    expect(await services.api.listStores()).toEqual([summary])
    expect(await registryText(dataDir.path)).not.toContain(sandbox.tokens.full)
  })

  it('a read-only token: nothing may be updated or created, and the notes say why', async () => {
    const summary = await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.readOnly, label: '  Read only  ' })
    expect(summary.label).toBe('Read only')
    for (const area of Object.values(summary.capabilities)) expect(area).toEqual({ read: true, update: false, create: false })
    expect(summary.scopes.every((s) => s.startsWith('read_'))).toBe(true)
    expect(missingScopeNotes(summary.capabilities)).toEqual([
      'Products: read-only — the token lacks update_catalog.',
      'Orders: read-only — the token lacks update_orders.',
      'Coupons: read-only — the token lacks update_discount_coupons.',
      'Customers: read-only — the token lacks update_customers.',
      'The store profile: read-only — the token lacks update_store_profile.'
    ])
    expect(await secrets.get(sandbox.storeId)).toBe(sandbox.tokens.readOnly)
  })

  it('a public token: catalog and profile to read, the private areas hidden', async () => {
    const summary = await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.public })
    expect([...summary.scopes].sort()).toEqual(['read_catalog', 'read_store_profile'])
    expect(summary.capabilities.catalog).toEqual({ read: true, update: false, create: false })
    expect(summary.capabilities.orders.read || summary.capabilities.customers.read || summary.capabilities.coupons.read).toBe(false)
    const notes = missingScopeNotes(summary.capabilities)
    expect(notes).toContain('Orders: hidden — the token lacks read_orders.')
    expect(notes).toContain('Products: read-only — the token lacks update_catalog.')
    expect(await secrets.get(sandbox.storeId)).toBe(sandbox.tokens.public)
  })

  // Ecwid has no endpoint that lists a token's scopes (https://api-docs.ecwid.com/reference/access-scopes):
  // the probes must be reads or updates of entities that do not exist, never a create or PUT /profile.
  it.each(['full', 'readOnly', 'public'] as const)('a connect with a %s token leaves the store byte-for-byte unchanged', async (kind) => {
    const before = storeSnapshot(sandbox.state)
    await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens[kind] })
    expect(storeSnapshot(sandbox.state)).toBe(before)
    const calls = Object.keys(sandbox.stats().byPath)
    expect(calls.filter((c) => c.startsWith('POST') || c === 'PUT /profile')).toEqual([])
  })

  it('a bad token: AUTH_INVALID after exactly one request, nothing saved', async () => {
    const error = await errorOf(services.api.connectStore({ storeId: sandbox.storeId, token: 'secret_notarealtoken123' }))
    expect(error.code).toBe('AUTH_INVALID')
    expect(error.message).toContain('Nothing was saved')
    expect(error.message).not.toContain('secret_notarealtoken123')
    const stats = sandbox.stats()
    expect(stats.requests).toBe(1)
    expect(stats.invalidToken).toBe(1)
    await expectNothingSaved()
  })

  it('a bad token does not replace the saved one of a connected store', async () => {
    await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.full, label: 'Main' })
    const before = await registryText(dataDir.path)
    expect(await codeOf(services.api.connectStore({ storeId: sandbox.storeId, token: 'secret_revokedtoken999' }))).toBe('AUTH_INVALID')
    expect(await secrets.get(sandbox.storeId)).toBe(sandbox.tokens.full)
    expect(await registryText(dataDir.path)).toBe(before)
  })

  it('a malformed token is refused before any request', async () => {
    expect(await codeOf(services.api.connectStore({ storeId: sandbox.storeId, token: 'not a token' }))).toBe('VALIDATION')
    expect(sandbox.stats().requests).toBe(0)
    await expectNothingSaved()
  })

  it('a wrong store id: NOT_FOUND, nothing saved', async () => {
    expect(await codeOf(services.api.connectStore({ storeId: 777_777, token: sandbox.tokens.full }))).toBe('NOT_FOUND')
    await expectNothingSaved()
  })

  it('a store on the free plan (402): PLAN_REQUIRED, nothing saved', async () => {
    sandbox.setPlan('free')
    const error = await errorOf(services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.full }))
    expect(error.code).toBe('PLAN_REQUIRED')
    expect(error.message).toMatch(/402|paid plan/)
    expect(sandbox.stats().requests).toBe(1)
    await expectNothingSaved()
  })

  it('no network (a closed port): OFFLINE, nothing saved', async () => {
    const offline = createServices({ dataDir: dataDir.path, appVersion: '0.0.0-test', secrets, apiBase: `http://127.0.0.1:${await closedPort()}/api/v3` })
    try {
      const error = await errorOf(offline.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.full }))
      expect(error.code).toBe('OFFLINE')
      expect(error.message).toContain('Nothing was saved')
      await expectNothingSaved()
    } finally {
      await offline.close()
    }
  })

  it('a keychain that refuses to save: the error says so and the store is not listed', async () => {
    const broken: SecretStore = { ...secrets, set: async () => Promise.reject(new AppError('KEYCHAIN_UNAVAILABLE', 'The system keychain refused to save a token.')) }
    const s = createServices({ dataDir: dataDir.path, appVersion: '0.0.0-test', secrets: broken, apiBase: sandbox.apiBase })
    try {
      expect(await codeOf(s.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.full }))).toBe('KEYCHAIN_UNAVAILABLE')
      await expectNothingSaved()
    } finally {
      await s.close()
    }
  })
})
