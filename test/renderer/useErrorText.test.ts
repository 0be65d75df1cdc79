// useErrorText: error code -> text a merchant understands; never a stack or a raw exception message.
import { describe, expect, it } from 'vitest'
import { AppError, ERROR_CODES } from '@shared/errors'
import { errorText } from '../../src/renderer/src/composables/useErrorText'

describe('errorText', () => {
  it('shows the message main wrote for an AppError', () => {
    expect(errorText(new AppError('AUTH_INVALID', 'Ecwid refused the token for store 42.'))).toBe('Ecwid refused the token for store 42.')
  })

  it('has a distinct, non-empty fallback for every code', () => {
    const texts = ERROR_CODES.map((code) => errorText(new AppError(code, '')))
    for (const t of texts) {
      expect(typeof t).toBe('string')
      expect(t.trim().length).toBeGreaterThan(0)
    }
    expect(new Set(texts).size).toBe(ERROR_CODES.length)
  })

  it.each([
    ['a plain Error', new Error('TypeError: cannot read x of undefined at foo.ts:12')],
    ['a string', 'raw failure text'],
    ['undefined', undefined],
    ['an impostor object', { code: 'OFFLINE', message: 'looks like AppError' }]
  ])('shows the INTERNAL fallback for %s, not its message', (_name, thrown) => {
    const internal = errorText(new AppError('INTERNAL', ''))
    expect(errorText(thrown)).toBe(internal)
    expect(errorText(thrown)).not.toMatch(/undefined|raw failure|looks like|foo\.ts/)
  })
})
