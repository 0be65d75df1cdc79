// shared/contract: the method and event lists the preload and the binder loop over.
import { describe, expect, it } from 'vitest'
import { API_METHODS, EVENT_NAMES, isApiMethod, isEventName } from '@shared/contract'

const NOT_NAMES: unknown[] = ['', 'on', 'nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'LISTSTORES', 1, null, undefined, {}, ['listStores']]

describe('API_METHODS', () => {
  it('is non-empty and has no duplicates', () => {
    expect(API_METHODS.length).toBeGreaterThan(0)
    expect(new Set(API_METHODS).size).toBe(API_METHODS.length)
  })

  it('does not use names the preload reserves', () => {
    // The preload adds `on` next to the methods; a method named `on` would be overwritten.
    expect(API_METHODS as readonly string[]).not.toContain('on')
  })

  it('isApiMethod accepts exactly the listed names', () => {
    for (const m of API_METHODS) expect(isApiMethod(m)).toBe(true)
    for (const v of NOT_NAMES) expect(isApiMethod(v), String(v)).toBe(false)
    for (const e of EVENT_NAMES) expect(isApiMethod(e)).toBe((API_METHODS as readonly string[]).includes(e))
  })
})

describe('EVENT_NAMES', () => {
  it('is non-empty and has no duplicates', () => {
    expect(EVENT_NAMES.length).toBeGreaterThan(0)
    expect(new Set(EVENT_NAMES).size).toBe(EVENT_NAMES.length)
  })

  it('isEventName accepts exactly the listed names', () => {
    for (const e of EVENT_NAMES) expect(isEventName(e)).toBe(true)
    for (const v of NOT_NAMES) expect(isEventName(v), String(v)).toBe(false)
    for (const m of API_METHODS) expect(isEventName(m)).toBe(false)
  })
})
