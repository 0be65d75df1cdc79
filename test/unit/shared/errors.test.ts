// shared/errors: the wire shape of errors, code checks, and that unknown throws become INTERNAL.
import { describe, expect, it } from 'vitest'
import { AppError, ERROR_CODES, fromWire, isAppError, isErrorCode, toWire } from '@shared/errors'

describe('toWire / fromWire', () => {
  it.each(ERROR_CODES)('round-trips an AppError with code %s', (code) => {
    const original = new AppError(code, `message for ${code}`, { storeId: 7, scope: 'read_catalog' })
    const wire = toWire(original)
    expect(wire).toEqual({ code, message: `message for ${code}`, details: { storeId: 7, scope: 'read_catalog' } })
    // What crosses IPC is structured-cloned: the wire form must survive that unchanged.
    const back = fromWire(structuredClone(wire))
    expect(back).toBeInstanceOf(AppError)
    expect(isAppError(back)).toBe(true)
    expect(back.name).toBe('AppError')
    expect(back.code).toBe(code)
    expect(back.message).toBe(original.message)
    expect(back.details).toEqual(original.details)
  })

  it('omits details when there are none and never carries a stack', () => {
    const wire = toWire(new AppError('NOT_FOUND', 'gone'))
    expect(wire).toEqual({ code: 'NOT_FOUND', message: 'gone' })
    expect(Object.keys(wire).sort()).toEqual(['code', 'message'])
    expect(JSON.stringify(toWire(new Error('boom')))).not.toContain('at ')
  })

  it.each([
    ['a plain Error', new Error('boom'), 'boom'],
    ['a TypeError', new TypeError('x is undefined'), 'x is undefined'],
    ['a string', 'just a string', 'just a string'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null']
  ])('turns %s into INTERNAL', (_name, thrown, text) => {
    const wire = toWire(thrown)
    expect(wire.code).toBe('INTERNAL')
    expect(wire.message).toContain(text)
    expect(wire.details).toBeUndefined()
  })

  it('does not trust an object that merely looks like an AppError', () => {
    const impostor = { code: 'AUTH_INVALID', message: 'fake', details: { x: 1 } }
    expect(isAppError(impostor)).toBe(false)
    expect(toWire(impostor).code).toBe('INTERNAL')
    const err = Object.assign(new Error('with code'), { code: 'NOT_FOUND' })
    expect(toWire(err).code).toBe('INTERNAL')
  })
})

describe('isErrorCode', () => {
  it('accepts every declared code', () => {
    for (const code of ERROR_CODES) expect(isErrorCode(code)).toBe(true)
  })

  it.each(['internal', 'NOPE', '', 'toString', '__proto__', 0, null, undefined, {}, ['VALIDATION']])('rejects %j', (v) => {
    expect(isErrorCode(v)).toBe(false)
  })

  it('has no duplicate codes', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length)
  })
})
