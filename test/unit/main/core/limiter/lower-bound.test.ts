// The fastest-schedule yardstick the benchmarks divide by.

import { describe, expect, it } from 'vitest'
import { lowerBoundMs } from '../../../../../src/main/core/limiter/lower-bound'

const ecwid = { budget: 590, windowMs: 60_000, latencyMs: 100, concurrency: 8 }

describe('lowerBoundMs', () => {
  it('is 0 for no request and one latency for one', () => {
    expect(lowerBoundMs(0, ecwid)).toBe(0)
    expect(lowerBoundMs(1, ecwid)).toBe(100)
  })

  it('is latency-bound inside one window', () => {
    // 590 requests, 8 at a time: 74 rounds of 100 ms.
    expect(lowerBoundMs(590, ecwid)).toBe(7_400)
    expect(lowerBoundMs(16, ecwid)).toBe(200)
  })

  it('is window-bound across windows: request k starts no earlier than windowMs·floor(k/budget)', () => {
    expect(lowerBoundMs(591, ecwid)).toBe(60_100)
    expect(lowerBoundMs(1_180, ecwid)).toBe(60_000 + 7_400)
    expect(lowerBoundMs(3_000, ecwid)).toBe(5 * 60_000 + Math.ceil(50 / 8) * 100)
  })

  it('is never below the simple floor formula, nor below n·latency/concurrency', () => {
    for (const p of [ecwid, { budget: 7, windowMs: 1_000, latencyMs: 333, concurrency: 3 }, { budget: 5, windowMs: 100, latencyMs: 250, concurrency: 2 }]) {
      for (const n of [1, 2, 5, 7, 8, 50, 999]) {
        const bound = lowerBoundMs(n, p)
        expect(bound).toBeGreaterThanOrEqual(p.windowMs * Math.floor((n - 1) / p.budget) + p.latencyMs)
        expect(bound).toBeGreaterThanOrEqual(Math.ceil(n / p.concurrency) * p.latencyMs)
      }
    }
  })

  it('combines both rules when they take turns', () => {
    // One at a time, 400 ms each, 3 per second: starts 0, 400, 800, 1200, 1600 … the slot binds.
    expect(lowerBoundMs(4, { budget: 3, windowMs: 1_000, latencyMs: 400, concurrency: 1 })).toBe(1_600)
    // One at a time, 100 ms each, 2 per second: starts 0, 100, 1000, 1100, 2000: the window binds.
    expect(lowerBoundMs(5, { budget: 2, windowMs: 1_000, latencyMs: 100, concurrency: 1 })).toBe(2_100)
  })

  it('handles a large n quickly', () => {
    expect(lowerBoundMs(1_000_000, ecwid)).toBeGreaterThan(1_000_000 / 590 * 60_000 - 60_000)
  })

  it('rejects nonsense parameters', () => {
    expect(() => lowerBoundMs(-1, ecwid)).toThrow(RangeError)
    expect(() => lowerBoundMs(1, { ...ecwid, budget: 0 })).toThrow(RangeError)
    expect(() => lowerBoundMs(1, { ...ecwid, concurrency: 1.5 })).toThrow(RangeError)
    expect(() => lowerBoundMs(1, { ...ecwid, latencyMs: -1 })).toThrow(RangeError)
  })
})
