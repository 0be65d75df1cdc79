// Scheduler behaviour in the small: priorities, cancellation, stats and onChange, timers when idle.

import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { FakeClock, flushMicrotasks } from '../../../../helpers/fake-clock'
import { createScheduler } from '../../../../../src/main/core/limiter/scheduler'
import { systemClock } from '../../../../../src/main/core/limiter/clock'
import type { LimiterStats } from '../../../../../src/main/core/limiter/types'
import { AppError } from '../../../../../src/shared/errors'
import { simulate } from './harness'

/** A scheduler whose token is already proven, so the probe does not get in the way. */
async function proven(opts: Parameters<typeof createScheduler>[0] = {}) {
  const clock = opts.clock instanceof FakeClock ? opts.clock : new FakeClock()
  const scheduler = createScheduler({ ...opts, clock })
  ;(await scheduler.acquire('interactive')).done({ kind: 'ok' })
  return { clock, scheduler }
}

describe('scheduler priorities', () => {
  it('serves queued interactive acquirers before queued background ones, FIFO within each', async () => {
    const { scheduler } = await proven({ concurrency: 1 })
    const log: string[] = []
    const holder = await scheduler.acquire('background')
    // Each grant logs itself and finishes at once, so the next in line can start.
    const run = (priority: 'interactive' | 'background', label: string): Promise<void> =>
      scheduler.acquire(priority).then((permit) => {
        log.push(label)
        permit.done({ kind: 'ok' })
      })
    const all = [run('background', 'b1'), run('background', 'b2'), run('interactive', 'i1'), run('background', 'b3'), run('interactive', 'i2')]
    expect(scheduler.stats().queued).toBe(5)
    holder.done({ kind: 'ok' })
    await Promise.all(all)
    expect(log).toEqual(['i1', 'i2', 'b1', 'b2', 'b3'])
  })

  it('reserves part of the budget for interactive requests when asked to', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock, limit: 10, safetyMargin: 0, interactiveReserve: 3, windowMs: 1_000 })
    ;(await scheduler.acquire('background')).done({ kind: 'ok' })
    for (let i = 0; i < 6; i++) (await scheduler.acquire('background')).done({ kind: 'ok' })
    let background = false
    void scheduler.acquire('background').then(() => (background = true))
    for (let i = 0; i < 3; i++) (await scheduler.acquire('interactive')).done({ kind: 'ok' })
    await flushMicrotasks()
    expect(background).toBe(false)
    expect(scheduler.stats().usedLastMinute).toBe(10)
    await clock.advance(1_000)
    expect(background).toBe(true)
  })
})

describe('scheduler cancellation', () => {
  it('rejects a queued acquirer with CANCELLED when its signal aborts and removes it from the queue', async () => {
    const { clock, scheduler } = await proven({ concurrency: 1 })
    const holder = await scheduler.acquire('background')
    const controller = new AbortController()
    const cancelled = scheduler.acquire('background', controller.signal)
    const next = scheduler.acquire('background')
    expect(scheduler.stats().queued).toBe(2)
    controller.abort()
    await expect(cancelled).rejects.toMatchObject({ code: 'CANCELLED' })
    await expect(cancelled).rejects.toBeInstanceOf(AppError)
    expect(scheduler.stats().queued).toBe(1)
    holder.done({ kind: 'ok' })
    ;(await next).done({ kind: 'ok' })
    expect(scheduler.stats()).toMatchObject({ queued: 0, inFlight: 0, totalRequests: 3 })
    expect(clock.pendingTimers()).toBe(0)
  })

  it('rejects at once when the signal is already aborted, and ignores aborts after the grant', async () => {
    const { scheduler } = await proven()
    const controller = new AbortController()
    controller.abort()
    await expect(scheduler.acquire('interactive', controller.signal)).rejects.toMatchObject({ code: 'CANCELLED' })
    const late = new AbortController()
    const permit = await scheduler.acquire('interactive', late.signal)
    late.abort()
    expect(scheduler.stats().inFlight).toBe(1)
    permit.done({ kind: 'ok' })
    expect(scheduler.stats().inFlight).toBe(0)
  })

  it('drops the window timer when the only waiter is cancelled', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock, limit: 2, safetyMargin: 1 })
    ;(await scheduler.acquire('background')).done({ kind: 'ok' })
    const controller = new AbortController()
    const waiting = scheduler.acquire('background', controller.signal)
    await flushMicrotasks()
    expect(clock.pendingTimers()).toBe(1)
    controller.abort()
    await expect(waiting).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(clock.pendingTimers()).toBe(0)
  })
})

describe('scheduler stats and onChange', () => {
  it('reports live figures', async () => {
    const { clock, scheduler } = await proven({ concurrency: 2, limit: 100, safetyMargin: 10 })
    const a = await scheduler.acquire('background')
    await scheduler.acquire('background')
    void scheduler.acquire('background')
    expect(scheduler.stats()).toEqual({
      usedLastMinute: 3, budget: 90, limit: 100, queued: 1, inFlight: 2,
      pausedUntil: null, blocked: false, rateLimitedCount: 0, totalRequests: 3
    })
    a.done({ kind: 'ok' })
    await flushMicrotasks()
    expect(scheduler.stats()).toMatchObject({ usedLastMinute: 4, queued: 0, inFlight: 2, totalRequests: 4 })
    await clock.advance(60_000)
    expect(scheduler.stats().usedLastMinute).toBe(0)
  })

  it('notifies on start, finish and pause, survives a throwing listener, and unsubscribes', async () => {
    const { clock, scheduler } = await proven()
    const seen: LimiterStats[] = []
    scheduler.onChange(() => {
      throw new Error('broken status bar')
    })
    const off = scheduler.onChange((s) => seen.push(s))
    const permit = await scheduler.acquire('interactive')
    expect(seen.at(-1)).toMatchObject({ inFlight: 1, totalRequests: 2 })
    permit.done({ kind: 'rate-limited', retryAfterMs: 1_000 })
    expect(seen.at(-1)).toMatchObject({ inFlight: 0, rateLimitedCount: 1, pausedUntil: clock.now() + 1_000 })
    const count = seen.length
    await clock.advance(1_000)
    expect(seen.length).toBe(count) // a pause running out on its own is seen lazily, without a timer
    const next = await scheduler.acquire('interactive')
    expect(seen.length).toBeGreaterThan(count)
    off()
    const after = seen.length
    next.done({ kind: 'ok' })
    expect(seen.length).toBe(after)
  })

  it('ignores a second done() on the same permit', async () => {
    const { scheduler } = await proven({ concurrency: 1 })
    const permit = await scheduler.acquire('background')
    permit.done({ kind: 'ok' })
    permit.done({ kind: 'ok' })
    expect(scheduler.stats().inFlight).toBe(0)
    const a = await scheduler.acquire('background')
    let b = false
    void scheduler.acquire('background').then(() => (b = true))
    await flushMicrotasks()
    expect(b).toBe(false)
    a.done({ kind: 'ok' })
  })

  it('rejects invalid options', () => {
    expect(() => createScheduler({ limit: 10, safetyMargin: 10 })).toThrow(RangeError)
    expect(() => createScheduler({ concurrency: 0 })).toThrow(RangeError)
    expect(() => createScheduler({ interactiveReserve: 590 })).toThrow(RangeError)
  })
})

describe('scheduler timers', () => {
  it('leaves no timer behind when idle on the fake clock', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock, limit: 3, safetyMargin: 0, windowMs: 500 })
    const { trace, settled } = simulate(scheduler, clock, 7, { latency: () => 10 })
    await clock.advance(100)
    expect(trace.starts).toHaveLength(3)
    expect(clock.nextTimerAt()).toBe(trace.starts[0]! + 500) // the scheduler waits for the window
    await clock.runAll()
    await settled
    expect(clock.pendingTimers()).toBe(0)
    // A 429 with nobody queued pauses lazily: no timer runs just to end the pause.
    const permit = await scheduler.acquire('background')
    permit.done({ kind: 'rate-limited' })
    expect(scheduler.stats().pausedUntil).not.toBeNull()
    expect(clock.pendingTimers()).toBe(0)
  })

  it('leaves no real timer behind with the system clock (the CLI must be able to exit)', async () => {
    // Count only the timers set while this test runs: the process's own count also holds the
    // runner's timers, which come and go on their own.
    const live = new Set<unknown>()
    const realSet = globalThis.setTimeout
    const realClear = globalThis.clearTimeout
    const spySet = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      const handle: unknown = realSet(() => {
        live.delete(handle)
        fn()
      }, ms)
      live.add(handle)
      return handle
    }) as typeof setTimeout)
    const spyClear = vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((handle?: unknown) => {
      live.delete(handle)
      realClear(handle as Parameters<typeof clearTimeout>[0])
    }) as typeof clearTimeout)
    onTestFinished(() => {
      spySet.mockRestore()
      spyClear.mockRestore()
    })
    const timeouts = (): number => live.size
    const before = 0
    const quick = createScheduler({ clock: systemClock, limit: 2, safetyMargin: 0, windowMs: 30 })
    const jobs = Array.from({ length: 5 }, () => quick.acquire('background').then((p) => p.done({ kind: 'ok' })))
    await Promise.all(jobs)
    expect(timeouts()).toBe(before)
    // A waiter on a long window holds one timer, and cancelling it frees the timer.
    const scheduler = createScheduler({ clock: systemClock, limit: 1, safetyMargin: 0, windowMs: 60_000 })
    ;(await scheduler.acquire('background')).done({ kind: 'ok' })
    const controller = new AbortController()
    const waiting = scheduler.acquire('background', controller.signal)
    const queuedBehind = scheduler.acquire('background', controller.signal)
    expect(timeouts()).toBe(before + 1)
    controller.abort()
    await expect(waiting).rejects.toMatchObject({ code: 'CANCELLED' })
    await expect(queuedBehind).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(timeouts()).toBe(before)
  })
})
