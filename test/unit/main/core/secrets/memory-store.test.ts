// secrets/memory-store: the in-memory SecretStore used by tests and the demo store.
import { describe, expect, it } from 'vitest'
import { createMemorySecretStore } from '../../../../../src/main/core/secrets/memory-store'

describe('createMemorySecretStore', () => {
  it('returns null for a store without a token', async () => {
    expect(await createMemorySecretStore().get(1)).toBeNull()
  })

  it('sets, overwrites, gets and deletes', async () => {
    const s = createMemorySecretStore()
    await s.set(1, 'tok-a')
    expect(await s.get(1)).toBe('tok-a')
    await s.set(1, 'tok-b')
    expect(await s.get(1)).toBe('tok-b')
    expect(await s.delete(1)).toBe(true)
    expect(await s.get(1)).toBeNull()
    expect(await s.delete(1)).toBe(false)
  })

  it('lists store ids in numeric order', async () => {
    const s = createMemorySecretStore()
    for (const id of [10, 9, 100, 2]) await s.set(id, `tok-${id}`)
    expect(await s.list()).toEqual([2, 9, 10, 100])
    await s.delete(9)
    expect(await s.list()).toEqual([2, 10, 100])
  })

  it('starts from initial tokens keyed by store id', async () => {
    const s = createMemorySecretStore({ 5: 'five', 3: 'three' })
    expect(await s.list()).toEqual([3, 5])
    expect(await s.get(5)).toBe('five')
    expect(await s.get(4)).toBeNull()
  })

  it('keeps separate instances separate', async () => {
    const a = createMemorySecretStore()
    const b = createMemorySecretStore()
    await a.set(1, 'only-in-a')
    expect(await b.get(1)).toBeNull()
    expect(await b.list()).toEqual([])
  })
})
