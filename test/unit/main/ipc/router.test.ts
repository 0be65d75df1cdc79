// ipc/router: the transport-free dispatcher. Untrusted arguments are rejected with VALIDATION (issue
// paths only, no input echoed), throws are mapped to wire errors, good calls reach the service.
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { API_METHODS, type ApiMethod, type StockroomApi } from '@shared/contract'
import { AppError } from '@shared/errors'
import type { Result } from '@shared/wire'
import { createRouter, type Dispatch } from '../../../../src/main/ipc/router'

const SECRET = 'secret_tok_5f2b9c1e'

// One mock per contract method, built from API_METHODS so the fake follows the contract as it grows.
type FakeApi = { [K in ApiMethod]: Mock<(...args: unknown[]) => Promise<unknown>> }
function fakeApi(): FakeApi {
  const api = {} as FakeApi
  for (const m of API_METHODS) api[m] = vi.fn(async (...args: unknown[]) => ({ method: m, args }))
  return api
}
const asApi = (f: FakeApi): StockroomApi => f as unknown as StockroomApi

type Failure = Extract<Result<unknown>, { ok: false }>

function expectFailure(result: Result<unknown>, code: string): Failure['error'] {
  expect(result.ok).toBe(false)
  const error = (result as Failure).error
  expect(error.code).toBe(code)
  return error
}

function issuesOf(error: Failure['error']): { path: string; message: string }[] {
  return (error.details?.issues ?? []) as { path: string; message: string }[]
}

let api: FakeApi
let onInternalError: Mock<(method: string, error: unknown) => void>
let dispatch: Dispatch

beforeEach(() => {
  api = fakeApi()
  onInternalError = vi.fn()
  dispatch = createRouter(asApi(api), { onInternalError })
})

const anyServiceCalled = (): boolean => Object.values(api).some((fn) => fn.mock.calls.length > 0)

describe('createRouter', () => {
  it('returns {ok:true,value} for a good call, with the parsed arguments and the service bound to the api', async () => {
    expect(await dispatch('getAppInfo', [])).toEqual({ ok: true, value: { method: 'getAppInfo', args: [] } })
    expect(await dispatch('getRateLimit', [7])).toEqual({ ok: true, value: { method: 'getRateLimit', args: [7] } })
    expect(api.getRateLimit).toHaveBeenCalledWith(7)
    expect(api.getRateLimit.mock.contexts[0]).toBe(api)
  })

  it('passes the schema-parsed arguments (trimmed token) to connectStore', async () => {
    const result = await dispatch('connectStore', [{ storeId: 15695068, token: `  ${SECRET}\n`, label: ' Main ' }])
    expect(result.ok).toBe(true)
    expect(api.connectStore).toHaveBeenCalledWith({ storeId: 15695068, token: SECRET, label: 'Main' })
  })

  it.each(['nope', 'on', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 42, null, undefined])(
    'rejects the unknown method %j with VALIDATION',
    async (method) => {
      const error = expectFailure(await dispatch(method, []), 'VALIDATION')
      expect(error.message).toBe('Unknown method.')
      expect(anyServiceCalled()).toBe(false)
      expect(onInternalError).not.toHaveBeenCalled()
    }
  )

  it.each([
    ['a string id', 'getRateLimit', ['42'], '0'],
    ['NaN', 'getRateLimit', [Number.NaN], '0'],
    ['Infinity', 'getRateLimit', [Number.POSITIVE_INFINITY], '0'],
    ['a negative id', 'getRateLimit', [-1], '0'],
    ['zero', 'getRateLimit', [0], '0'],
    ['a fraction', 'getRateLimit', [1.5], '0'],
    ['a huge number', 'getRateLimit', [2 ** 60], '0'],
    ['an object id', 'getRateLimit', [{ storeId: 1 }], '0'],
    ['a missing argument', 'getRateLimit', [], ''],
    ['an extra argument', 'getRateLimit', [1, 2], ''],
    ['an extra argument to a no-arg method', 'getAppInfo', [1], ''],
    ['args that are not an array', 'listStores', 'x', ''],
    ['args that are null', 'listStores', null, ''],
    ['args that are an object', 'listStores', { 0: 1, length: 1 }, ''],
    ['a string store id in connectStore', 'connectStore', [{ storeId: '1', token: 't' }], '0.storeId'],
    ['an empty token', 'connectStore', [{ storeId: 1, token: '   ' }], '0.token'],
    ['a missing token', 'connectStore', [{ storeId: 1 }], '0.token'],
    ['a non-string token', 'connectStore', [{ storeId: 1, token: 12345 }], '0.token'],
    ['an unknown key', 'connectStore', [{ storeId: 1, token: 't', admin: true }], '0'],
    ['a null input', 'connectStore', [null], '0']
  ])('rejects %s with VALIDATION and issue paths', async (_name, method, args, path) => {
    const error = expectFailure(await dispatch(method, args), 'VALIDATION')
    expect(error.message).toBe(`Invalid arguments for ${method}.`)
    const issues = issuesOf(error)
    expect(issues.length).toBeGreaterThan(0)
    expect(issues.length).toBeLessThanOrEqual(10)
    expect(issues.map((i) => i.path)).toContain(path)
    for (const i of issues) expect(typeof i.message).toBe('string')
    expect(anyServiceCalled()).toBe(false)
  })

  it('never echoes the input values in a VALIDATION error', async () => {
    const cases: [string, unknown][] = [
      ['getRateLimit', [SECRET]],
      ['getRateLimit', [{ token: SECRET }]],
      ['getRateLimit', [1, SECRET]],
      ['getAppInfo', [SECRET]],
      ['listStores', { token: SECRET }],
      ['listStores', SECRET],
      ['connectStore', [{ storeId: 'abc', token: SECRET }]],
      ['connectStore', [{ storeId: 1, token: SECRET + 'x'.repeat(300) }]],
      ['connectStore', [{ storeId: -1, token: SECRET, label: 5 }]],
      ['connectStore', [{ storeId: 1, token: SECRET }, SECRET]],
      ['renameStore', [1, SECRET.repeat(10)]]
    ]
    for (const [method, args] of cases) {
      const result = await dispatch(method, args)
      expectFailure(result, 'VALIDATION')
      expect(JSON.stringify(result)).not.toContain(SECRET)
    }
  })

  it.each([
    ['__proto__ as the args', 'getRateLimit', () => JSON.parse(`{"__proto__":{"polluted":"${SECRET}"}}`)],
    ['__proto__ inside a number arg', 'getRateLimit', () => JSON.parse(`[{"__proto__":{"polluted":"${SECRET}"}}]`)],
    ['an own __proto__ key', 'connectStore', () => JSON.parse(`[{"storeId":1,"token":"${SECRET}","__proto__":{"polluted":"${SECRET}"}}]`)],
    ['a constructor key', 'connectStore', () => [{ storeId: 1, token: SECRET, constructor: { prototype: { polluted: SECRET } } }]],
    ['a prototype key', 'connectStore', () => [{ storeId: 1, token: SECRET, prototype: { polluted: SECRET } }]],
    ['__proto__ in options', 'removeStore', () => [1, JSON.parse(`{"deleteLocalData":true,"__proto__":{"polluted":true}}`)]]
  ])('rejects prototype-pollution input (%s) without polluting or echoing', async (_name, method, make) => {
    const result = await dispatch(method, make())
    const error = expectFailure(result, 'VALIDATION')
    expect(issuesOf(error).length).toBeGreaterThan(0)
    expect(JSON.stringify(result)).not.toContain(SECRET)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(anyServiceCalled()).toBe(false)
  })

  it('keeps the code, message and details of a thrown AppError', async () => {
    api.getRateLimit.mockRejectedValueOnce(new AppError('AUTH_INVALID', 'Ecwid refused the token.', { storeId: 42 }))
    const result = await dispatch('getRateLimit', [42])
    expect(result).toEqual({ ok: false, error: { code: 'AUTH_INVALID', message: 'Ecwid refused the token.', details: { storeId: 42 } } })
    expect(onInternalError).not.toHaveBeenCalled()
  })

  it('maps a thrown plain Error to INTERNAL and reports it, without the arguments', async () => {
    const boom = new Error('db is locked')
    api.getRateLimit.mockRejectedValueOnce(boom)
    const result = await dispatch('getRateLimit', [42])
    const error = expectFailure(result, 'INTERNAL')
    expect(error.details).toBeUndefined()
    expect(JSON.stringify(result)).not.toMatch(/\n\s+at /)
    expect(onInternalError).toHaveBeenCalledTimes(1)
    expect(onInternalError).toHaveBeenCalledWith('getRateLimit', boom)
  })

  it('maps a synchronous throw and a thrown non-Error to INTERNAL', async () => {
    const syncApi = fakeApi()
    syncApi.listStores.mockImplementation(() => {
      throw 'sync failure'
    })
    const d = createRouter(asApi(syncApi), { onInternalError })
    expectFailure(await d('listStores', []), 'INTERNAL')
    expect(onInternalError).toHaveBeenCalledWith('listStores', 'sync failure')
  })

  it('works without an onInternalError callback', async () => {
    api.listStores.mockRejectedValueOnce(new Error('x'))
    expectFailure(await createRouter(asApi(api))('listStores', []), 'INTERNAL')
  })
})
