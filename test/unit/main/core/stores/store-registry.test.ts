// stores/store-registry: stores.json in the data dir; serialised writes; never a token on disk.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { StoreSummary } from '@shared/model/store'
import { capabilitiesFromScopes } from '../../../../../src/main/core/stores/capabilities'
import { createStoreRegistry } from '../../../../../src/main/core/stores/store-registry'
import { useTempDir } from '../../../../helpers/temp-dir'

function summary(storeId: number, over: Partial<StoreSummary> = {}): StoreSummary {
  const scopes = ['read_catalog', 'update_catalog']
  return { storeId, label: `Store ${storeId}`, name: `Shop ${storeId}`, currency: 'USD', scopes, capabilities: capabilitiesFromScopes(scopes), demo: false, lastSyncAt: null, ...over }
}

const fileOf = (dir: string): string => join(dir, 'stores.json')

describe('createStoreRegistry', () => {
  const dir = useTempDir()

  it('lists nothing when the file does not exist, even when the dir does not', async () => {
    expect(await createStoreRegistry(dir()).list()).toEqual([])
    expect(await createStoreRegistry(join(dir(), 'not', 'yet')).list()).toEqual([])
    expect(await createStoreRegistry(dir()).get(1)).toBeNull()
  })

  it('puts, gets, lists and removes', async () => {
    const reg = createStoreRegistry(join(dir(), 'data'))
    await reg.put(summary(1))
    await reg.put(summary(2, { demo: true, lastSyncAt: 1_700_000_000_000 }))
    expect(await reg.get(1)).toEqual(summary(1))
    expect(await reg.get(2)).toEqual(summary(2, { demo: true, lastSyncAt: 1_700_000_000_000 }))
    expect(await reg.get(3)).toBeNull()
    expect((await reg.list()).map((s) => s.storeId)).toEqual([1, 2])
    expect(await reg.remove(1)).toBe(true)
    expect(await reg.remove(1)).toBe(false)
    expect(await reg.list()).toEqual([summary(2, { demo: true, lastSyncAt: 1_700_000_000_000 })])
  })

  it('persists to stores.json, readable by a fresh instance', async () => {
    await createStoreRegistry(dir()).put(summary(5))
    expect(await createStoreRegistry(dir()).list()).toEqual([summary(5)])
    expect(JSON.parse(readFileSync(fileOf(dir()), 'utf8'))).toMatchObject({ version: 1, stores: [{ storeId: 5 }] })
  })

  it('replaces a store with the same id instead of adding a second one', async () => {
    const reg = createStoreRegistry(dir())
    await reg.put(summary(1))
    await reg.put(summary(2))
    await reg.put(summary(1, { label: 'Renamed' }))
    const list = await reg.list()
    expect(list.map((s) => s.storeId)).toEqual([1, 2])
    expect(list[0]?.label).toBe('Renamed')
  })

  it('keeps every one of many concurrent puts', async () => {
    const reg = createStoreRegistry(dir())
    const ids = Array.from({ length: 25 }, (_, i) => i + 1)
    await Promise.all(ids.map((id) => reg.put(summary(id))))
    expect((await reg.list()).map((s) => s.storeId).sort((a, b) => a - b)).toEqual(ids)
    expect((await createStoreRegistry(dir()).list()).length).toBe(25)
  })

  it('serialises concurrent puts and removes in call order', async () => {
    const reg = createStoreRegistry(dir())
    await Promise.all([reg.put(summary(1)), reg.put(summary(2)), reg.remove(1), reg.put(summary(3))])
    expect((await reg.list()).map((s) => s.storeId)).toEqual([2, 3])
  })

  it('get and list see a put that was called before them, even when it was not awaited', async () => {
    const reg = createStoreRegistry(dir())
    const pending = reg.put(summary(4))
    const [got, list] = await Promise.all([reg.get(4), reg.list()])
    await pending
    expect(got).toEqual(summary(4))
    expect(list).toEqual([summary(4)])
  })

  it('never writes a token to the file, even when the caller passes one', async () => {
    const reg = createStoreRegistry(dir())
    const leaky = { ...summary(9), token: 'secret_tok_abc123', accessToken: 'secret_tok_def456' } as StoreSummary
    await reg.put(leaky)
    const text = readFileSync(fileOf(dir()), 'utf8')
    expect(text).not.toMatch(/token/i)
    expect(text).not.toContain('secret_tok')
    expect(await reg.get(9)).toEqual(summary(9))
  })
})
