// secrets/keytar-store with an injected fake keytar: account mapping, listing, a clear
// KEYCHAIN_UNAVAILABLE error with a fix, and no token in any error.
import { describe, expect, it, vi } from 'vitest'
import { AppError } from '@shared/errors'
import { createKeytarSecretStore } from '../../../../../src/main/core/secrets/keytar-store'
import { KEYCHAIN_SERVICE } from '../../../../../src/main/core/secrets/secret-store'

type Keytar = typeof import('keytar')
const TOKEN = 'secret_tok_7d1e4a9b2c'

function fakeKeytar(initial: Record<string, Record<string, string>> = {}) {
  const data = new Map(Object.entries(initial).map(([svc, accounts]) => [svc, new Map(Object.entries(accounts))]))
  const accounts = (svc: string): Map<string, string> => {
    if (!data.has(svc)) data.set(svc, new Map())
    return data.get(svc)!
  }
  const kt = {
    getPassword: vi.fn(async (svc: string, account: string) => accounts(svc).get(account) ?? null),
    setPassword: vi.fn(async (svc: string, account: string, password: string) => {
      accounts(svc).set(account, password)
    }),
    deletePassword: vi.fn(async (svc: string, account: string) => accounts(svc).delete(account)),
    findCredentials: vi.fn(async (svc: string) => [...accounts(svc)].map(([account, password]) => ({ account, password }))),
    findPassword: vi.fn(async () => null)
  }
  return { kt, data, load: vi.fn(async () => kt as unknown as Keytar) }
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err
  )
  expect(e).toBeInstanceOf(AppError)
  return e as AppError
}

const everything = (e: AppError): string => `${e.message} ${JSON.stringify(e.details ?? {})} ${String(e.stack)}`

describe('createKeytarSecretStore', () => {
  it('uses the Stockroom service and store:<id> accounts by default', async () => {
    const { kt, data, load } = fakeKeytar()
    const store = createKeytarSecretStore(undefined, load)
    await store.set(42, TOKEN)
    expect(kt.setPassword).toHaveBeenCalledWith(KEYCHAIN_SERVICE, 'store:42', TOKEN)
    expect(KEYCHAIN_SERVICE).toBe('Stockroom')
    expect(data.get('Stockroom')?.get('store:42')).toBe(TOKEN)
  })

  it('gets, deletes and reports missing entries', async () => {
    const { kt, load } = fakeKeytar({ svc: { 'store:7': 'tok-7' } })
    const store = createKeytarSecretStore('svc', load)
    expect(await store.get(7)).toBe('tok-7')
    expect(kt.getPassword).toHaveBeenCalledWith('svc', 'store:7')
    expect(await store.get(8)).toBeNull()
    expect(await store.delete(7)).toBe(true)
    expect(kt.deletePassword).toHaveBeenCalledWith('svc', 'store:7')
    expect(await store.delete(7)).toBe(false)
    expect(await store.get(7)).toBeNull()
  })

  it('lists store ids sorted, ignoring accounts that are not ours', async () => {
    const { load } = fakeKeytar({
      svc: { 'store:10': 'a', 'store:9': 'b', other: 'c', 'store:abc': 'd', 'store:5:x': 'e', 'xstore:3': 'f', 'store:': 'g', 'store:100': 'h' },
      elsewhere: { 'store:1': 'z' }
    })
    expect(await createKeytarSecretStore('svc', load).list()).toEqual([9, 10, 100])
  })

  it('loads keytar lazily, once', async () => {
    const { load } = fakeKeytar()
    const store = createKeytarSecretStore('svc', load)
    expect(load).not.toHaveBeenCalled()
    await store.set(1, 'a')
    await store.get(1)
    await store.list()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('turns a keytar that cannot load into KEYCHAIN_UNAVAILABLE with a how-to-fix, and retries later', async () => {
    const { load: good } = fakeKeytar()
    const load = vi.fn<() => Promise<Keytar>>().mockRejectedValueOnce(new Error('libsecret-1.so.0: cannot open shared object file')).mockImplementation(good)
    const store = createKeytarSecretStore('svc', load)
    const e = await rejection(store.get(1))
    expect(e.code).toBe('KEYCHAIN_UNAVAILABLE')
    expect(e.message).toMatch(/keychain/i)
    expect(e.message).toMatch(/Secret Service/)
    expect(e.message).toMatch(/gnome-keyring/)
    expect(await store.get(1)).toBeNull()
    expect(load).toHaveBeenCalledTimes(2)
  })

  it.each(['get', 'set', 'delete', 'list'] as const)('maps a failing keytar call (%s) to KEYCHAIN_UNAVAILABLE', async (op) => {
    const { kt, load } = fakeKeytar()
    const fail = async (): Promise<never> => {
      throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')
    }
    kt.getPassword.mockImplementation(fail)
    kt.setPassword.mockImplementation(fail)
    kt.deletePassword.mockImplementation(fail)
    kt.findCredentials.mockImplementation(fail)
    const store = createKeytarSecretStore('svc', load)
    const call = { get: () => store.get(1), set: () => store.set(1, TOKEN), delete: () => store.delete(1), list: () => store.list() }[op]
    const e = await rejection(call())
    expect(e.code).toBe('KEYCHAIN_UNAVAILABLE')
    expect(e.message).toMatch(/gnome-keyring/)
    expect(everything(e)).not.toContain(TOKEN)
  })

  it('never puts the token in an error, even when the backend echoes it', async () => {
    const { kt, load } = fakeKeytar()
    kt.setPassword.mockImplementation(async (_s: string, account: string, password: string) => {
      throw new Error(`Failed to store ${account} with password ${password} (${password.slice(0, 8)})`)
    })
    const e = await rejection(createKeytarSecretStore('svc', load).set(3, TOKEN))
    expect(e.code).toBe('KEYCHAIN_UNAVAILABLE')
    expect(everything(e)).not.toContain(TOKEN)
    expect(JSON.stringify(e.details)).toContain('store:3')
  })

  it('never puts the token in an error when keytar cannot load during set', async () => {
    const load = vi.fn(async (): Promise<Keytar> => {
      throw new Error('no keychain')
    })
    const e = await rejection(createKeytarSecretStore('svc', load).set(3, TOKEN))
    expect(e.code).toBe('KEYCHAIN_UNAVAILABLE')
    expect(everything(e)).not.toContain(TOKEN)
  })
})
