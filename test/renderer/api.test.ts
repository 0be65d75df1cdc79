// renderer api.ts: the only reader of window.stockroom. Results unwrap to values, errors rethrow as
// AppError with their code, events delegate to the bridge's `on`.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { API_METHODS } from '@shared/contract'
import { AppError } from '@shared/errors'
import type { RateLimitState } from '@shared/model/app'
import { api, onEvent, setBridge, type StockroomBridge } from '../../src/renderer/src/api'

const RATE: RateLimitState = { storeId: 42, usedLastMinute: 3, limit: 600, budget: 597, queued: 0, inFlight: 0, pausedUntil: null, blocked: false }

function fakeBridge() {
  const off = vi.fn()
  const bridge = {
    getAppInfo: vi.fn(async () => ({ ok: true as const, value: { name: 'Stockroom', version: '1', platform: 'linux', dataDir: '/d' } })),
    listStores: vi.fn(async () => ({ ok: true as const, value: [] })),
    openDemoStore: vi.fn(async () => ({ ok: false as const, error: { code: 'OFFLINE' as const, message: 'No network.', details: { retry: true } } })),
    getRateLimit: vi.fn(async (storeId: number) => ({ ok: true as const, value: { ...RATE, storeId } })),
    on: vi.fn(() => off)
  }
  return { bridge, off }
}

let fake: ReturnType<typeof fakeBridge>

beforeEach(() => {
  fake = fakeBridge()
  setBridge(fake.bridge as unknown as StockroomBridge)
})

describe('api', () => {
  it('has exactly the contract methods', () => {
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort())
  })

  it('unwraps ok results and passes the arguments through', async () => {
    expect(await api.getRateLimit(7)).toEqual({ ...RATE, storeId: 7 })
    expect(fake.bridge.getRateLimit).toHaveBeenCalledWith(7)
    expect(await api.listStores()).toEqual([])
    expect(fake.bridge.listStores).toHaveBeenCalledWith()
  })

  it('throws an AppError that keeps code, message and details for error results', async () => {
    const e = await api.openDemoStore().then(
      () => null,
      (err: unknown) => err
    )
    expect(e).toBeInstanceOf(AppError)
    expect(e).toMatchObject({ code: 'OFFLINE', message: 'No network.', details: { retry: true } })
  })

  it('uses the bridge set last', async () => {
    const other = fakeBridge()
    other.bridge.listStores.mockResolvedValueOnce({ ok: true, value: [] })
    setBridge(other.bridge as unknown as StockroomBridge)
    await api.listStores()
    expect(other.bridge.listStores).toHaveBeenCalledTimes(1)
    expect(fake.bridge.listStores).not.toHaveBeenCalled()
  })

  it('onEvent delegates to the bridge and returns its unsubscribe', () => {
    const listener = vi.fn()
    const unsubscribe = onEvent('rateLimit', listener)
    expect(fake.bridge.on).toHaveBeenCalledWith('rateLimit', listener)
    unsubscribe()
    expect(fake.off).toHaveBeenCalledTimes(1)
  })
})

describe('api without setBridge', () => {
  beforeEach(() => {
    vi.resetModules()
    delete (globalThis as { stockroom?: unknown }).stockroom
  })

  it('falls back to window.stockroom', async () => {
    const fresh = await import('../../src/renderer/src/api')
    const b = fakeBridge()
    ;(globalThis as { stockroom?: unknown }).stockroom = b.bridge
    expect(await fresh.api.getRateLimit(3)).toMatchObject({ storeId: 3 })
    expect(b.bridge.getRateLimit).toHaveBeenCalledWith(3)
    delete (globalThis as { stockroom?: unknown }).stockroom
  })

  it('throws an INTERNAL AppError when there is no bridge at all', async () => {
    const fresh = await import('../../src/renderer/src/api')
    await expect(fresh.api.listStores()).rejects.toMatchObject({ name: 'AppError', code: 'INTERNAL' })
    expect(() => fresh.onEvent('connection', () => undefined)).toThrow(/no bridge/)
  })
})
