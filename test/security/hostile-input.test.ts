// Attack: a compromised renderer calls every contract method with hostile arguments (wrong types,
// missing/extra args, 1 MB strings, deep nesting, prototype keys, NaN/Infinity). Each must be a VALIDATION.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { API_METHODS, type ApiMethod, type StockroomApi } from '@shared/contract'
import type { Result } from '@shared/wire'
import { apiSchemas } from '../../src/main/ipc/schemas'
import { createRouter } from '../../src/main/ipc/router'
import { describe as show, hostileCases, MB, TEMPLATES } from './hostile-cases'

const SEED = Number(process.env.HOSTILE_SEED ?? 0x5eed)
const called: ApiMethod[] = []
const api = Object.fromEntries(
  API_METHODS.map((m) => [m, async () => {
    called.push(m)
    return 'reached the service'
  }])
) as unknown as StockroomApi
const internal = vi.fn()
const dispatch = createRouter(api, { onInternalError: internal })
const protoKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort()
const cleanProto = protoKeys()

function expectPristine(): void {
  expect(protoKeys()).toEqual(cleanProto)
  const probe: Record<string, unknown> = {}
  expect(probe.polluted).toBeUndefined()
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype)
  expect(typeof Object.prototype.toString).toBe('function')
}

afterAll(() => expectPristine())
beforeEach(() => {
  called.length = 0
  internal.mockClear()
})

describe('hostile IPC arguments', () => {
  it('has a valid template for every contract method (so each mutation is the only thing wrong)', () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual([...API_METHODS].sort())
    for (const m of API_METHODS) expect(apiSchemas[m].safeParse(TEMPLATES[m]).success, m).toBe(true)
  })

  it.each([...API_METHODS])('%s: every hostile case is a VALIDATION error, never a call, a crash or INTERNAL', async (method) => {
    const cases = hostileCases(method, SEED + API_METHODS.indexOf(method))
    expect(cases.length).toBeGreaterThanOrEqual(TEMPLATES[method].length === 0 ? 7 : 30)
    for (const c of cases) {
      const result: Result<unknown> = await dispatch(method, c.args)
      const where = `${method} ${c.label} (seed ${SEED})`
      expect(result.ok, where).toBe(false)
      if (result.ok) continue
      expect(result.error.code, `${where}: ${result.error.message}`).toBe('VALIDATION')
      // No input echoed back: a 1 MB string or a token must not come back in the error.
      expect(JSON.stringify(result).length, where).toBeLessThan(8_000)
      expect(JSON.stringify(result), where).not.toContain(MB.slice(0, 1000))
      expect(JSON.stringify(result), where).not.toContain('secret_abc123')
    }
    expect(called).toEqual([])
    expect(internal).not.toHaveBeenCalled()
    expectPristine()
  })

  it('unknown and prototype method names are VALIDATION errors', async () => {
    for (const name of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', MB, 42, null, {}, ['listStores']]) {
      const result = await dispatch(name, [])
      expect(result, show(name)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    expect(called).toEqual([])
  })

  it('the valid templates do reach the service (the router is not simply refusing everything)', async () => {
    for (const m of API_METHODS) expect(await dispatch(m, structuredClone(TEMPLATES[m])), m).toEqual({ ok: true, value: 'reached the service' })
    expect(called.sort()).toEqual([...API_METHODS].sort())
  })
})
