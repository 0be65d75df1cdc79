// Back-off delays and Retry-After parsing.

import { describe, expect, it } from 'vitest'
import { backoffDelayMs, parseRetryAfter } from '../../../../../src/main/core/limiter/backoff'

describe('backoffDelayMs', () => {
  it('doubles from 2 s and caps at 60 s', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 100, 10_000].map((n) => backoffDelayMs(n, () => 0))
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000])
  })

  it('adds at most 10 % jitter, never less than the plain delay', () => {
    expect(backoffDelayMs(1, () => 0.999999)).toBe(2_200)
    expect(backoffDelayMs(6, () => 1)).toBe(66_000)
    expect(backoffDelayMs(2, () => -5)).toBe(4_000)
  })

  it('treats attempts below 1 as the first and honours options', () => {
    expect(backoffDelayMs(0, () => 0)).toBe(2_000)
    expect(backoffDelayMs(3, () => 0, { baseMs: 100, maxMs: 300, jitter: 0 })).toBe(300)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-01T12:00:00Z')

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('1.5', now)).toBe(1_500)
  })

  it('reads an HTTP-date relative to now, and a past date as 0', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now)).toBe(0)
  })

  it('returns undefined for missing or unreadable values', () => {
    for (const v of [null, undefined, '', '  ', '-1', '+5', 'soon', '12abc']) expect(parseRetryAfter(v, now)).toBeUndefined()
  })
})
