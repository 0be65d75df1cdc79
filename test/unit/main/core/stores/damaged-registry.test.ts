// A damaged stores.json (truncated, garbage, wrong shape): set aside, never deleted; the list rebuilt
// from keychain tokens + local copies; one STORAGE notice that says what to do; then it keeps working.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import type { StoreSummary } from '@shared/model/store'
import { createMemorySecretStore } from '../../../../../src/main/core/secrets/memory-store'
import { openDb } from '../../../../../src/main/core/store/db'
import { saveProfile } from '../../../../../src/main/core/store/entities'
import { capabilitiesFromScopes } from '../../../../../src/main/core/stores/capabilities'
import { rebuildStoreList } from '../../../../../src/main/core/stores/registry-rebuild'
import { createStoreRegistry } from '../../../../../src/main/core/stores/store-registry'
import { useTempDir } from '../../../../helpers/temp-dir'

const NOW = Date.UTC(2026, 0, 2, 3, 4, 5)
const ASIDE = 'stores.json.corrupt-2026-01-02T03-04-05-000Z'

function summary(storeId: number, over: Partial<StoreSummary> = {}): StoreSummary {
  const scopes = ['read_catalog', 'update_catalog']
  return { storeId, label: `Store ${storeId}`, name: `Shop ${storeId}`, currency: 'USD', scopes, capabilities: capabilitiesFromScopes(scopes), demo: false, lastSyncAt: null, ...over }
}

async function thrown(p: Promise<unknown>): Promise<AppError> {
  try {
    await p
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected an AppError')
}

/** A store folder as a sync leaves it: local.db with the profile row. */
function localCopy(dataDir: string, storeId: number, storeName: string): void {
  const db = openDb(join(dataDir, 'stores', String(storeId)))
  saveProfile(db, { storeId, settings: { storeName }, formatsAndUnits: { currency: 'EUR' } }, NOW)
  db.close()
}

describe('a damaged stores.json', () => {
  const dir = useTempDir()

  it.each([
    ['truncated JSON', '{"version":1,"stores":[{"storeId":5,"label":"Sh'],
    ['garbage', '\u0000\u0000\u0000 not json at all'],
    ['the wrong shape', '{"version":1,"stores":{"5":"x"}}'],
    ['an empty file', '']
  ])('is set aside and reported once when it holds %s', async (_what, body) => {
    writeFileSync(join(dir(), 'stores.json'), body)
    const reg = createStoreRegistry(dir(), { now: () => NOW })
    const e = await thrown(reg.list())
    expect(e.code).toBe('STORAGE')
    expect(e.message).toContain(`set aside as ${ASIDE} (nothing was deleted)`)
    expect(e.message).toContain('Reconnect your stores (store id and token)')
    expect(e.details).toMatchObject({ problem: 'corrupt', movedTo: ASIDE, restored: [], recovered: true })
    // Kept byte for byte, and a fresh well-formed list in its place.
    expect(readFileSync(join(dir(), ASIDE), 'utf8')).toBe(body)
    expect(JSON.parse(readFileSync(join(dir(), 'stores.json'), 'utf8'))).toEqual({ version: 1, stores: [] })
    // Once: the app keeps working afterwards.
    expect(await reg.list()).toEqual([])
    await reg.put(summary(7))
    expect(await reg.list()).toEqual([summary(7)])
  })

  it('keeps the entries that are still whole', async () => {
    writeFileSync(join(dir(), 'stores.json'), JSON.stringify({ version: 1, stores: [summary(1), { storeId: 'two' }] }))
    const reg = createStoreRegistry(dir(), { now: () => NOW, rebuild: async () => [summary(1, { label: 'from disk' }), summary(3)] })
    // get() repairs quietly; the notice waits for the store list.
    expect(await reg.get(1)).toEqual(summary(1))
    const e = await thrown(reg.list())
    expect(e.message).toContain('2 stores were restored from local data (Store 1, Store 3)')
    expect(await reg.list()).toEqual([summary(1), summary(3)])
  })

  it('repairs once when many calls find it damaged together', async () => {
    writeFileSync(join(dir(), 'stores.json'), '{')
    const reg = createStoreRegistry(dir(), { now: () => NOW })
    const results = await Promise.allSettled([reg.list(), reg.list(), reg.get(1), reg.list()])
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1)
    expect(readdirSync(dir()).filter((f) => f.includes('.corrupt-'))).toEqual([ASIDE])
  })
})

describe('rebuildStoreList', () => {
  const dir = useTempDir()

  it('restores stores that have a token and a local copy with a profile, read-only until reconnected', async () => {
    localCopy(dir(), 11, 'Tea Shop')
    localCopy(dir(), 12, 'Kept after removal') // no token: the user removed it and kept its data
    mkdirSync(join(dir(), 'stores', '13'), { recursive: true }) // a token, a folder, but never synced
    const secrets = createMemorySecretStore({ 11: 'secret_a', 13: 'secret_c', 14: 'secret_d' })
    const list = await rebuildStoreList(dir(), secrets)
    expect(list).toEqual([
      { storeId: 11, label: 'Tea Shop', name: 'Tea Shop', currency: 'EUR', scopes: [], capabilities: expect.objectContaining({ catalog: { read: true, update: false, create: false } }), demo: false, lastSyncAt: null }
    ])
    expect(existsSync(join(dir(), 'stores', '13', 'local.db'))).toBe(false)
  })

  it('restores nothing when the keychain cannot be read', async () => {
    localCopy(dir(), 11, 'Tea Shop')
    const secrets = { ...createMemorySecretStore({ 11: 'secret_a' }), list: async () => Promise.reject(new Error('no keychain')) }
    expect(await rebuildStoreList(dir(), secrets)).toEqual([])
  })
})
