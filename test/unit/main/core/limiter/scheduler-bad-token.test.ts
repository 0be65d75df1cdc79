// The scheduler with a refused token: probe first, block on the first refusal, reject everyone, reset().

import { describe, expect, it } from 'vitest'
import { FakeClock, flushMicrotasks } from '../../../../helpers/fake-clock'
import { createScheduler } from '../../../../../src/main/core/limiter/scheduler'
import type { Permit } from '../../../../../src/main/core/limiter/types'
import { simulate } from './harness'

describe('scheduler with a bad token', () => {
  it('sends exactly one request with a refused token and rejects every queued and later acquirer', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock })
    const { trace, settled } = simulate(scheduler, clock, 50, {
      latency: () => 300,
      priority: (i) => (i % 2 ? 'interactive' : 'background'),
      outcome: () => ({ kind: 'auth-invalid' })
    })
    await flushMicrotasks()
    expect(scheduler.stats()).toMatchObject({ inFlight: 1, queued: 49 })
    await clock.runAll()
    await settled
    expect(trace.starts).toHaveLength(1)
    expect(trace.errors).toHaveLength(49)
    for (const e of trace.errors) expect(e).toMatchObject({ code: 'AUTH_INVALID', message: expect.stringMatching(/refused.*replace/s) })
    expect(scheduler.stats()).toMatchObject({ blocked: true, queued: 0, inFlight: 0, totalRequests: 1 })
    await expect(scheduler.acquire('interactive')).rejects.toMatchObject({ code: 'AUTH_INVALID' })
    expect(clock.pendingTimers()).toBe(0)
  })

  it('keeps one request in flight until the first ok, whatever else comes back before it', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock, concurrency: 8 })
    const outcomes = [{ kind: 'transient' }, { kind: 'error' }, { kind: 'rate-limited', retryAfterMs: 0 }, { kind: 'ok' }] as const
    const { trace, settled } = simulate(scheduler, clock, 30, { latency: () => 100, outcome: (i) => outcomes[i] ?? { kind: 'ok' } })
    await clock.advance(399)
    expect(trace.maxInFlight).toBe(1)
    expect(trace.starts).toHaveLength(4)
    await clock.advance(1)
    expect(scheduler.stats().inFlight).toBe(8)
    await clock.runAll()
    await settled
  })

  it('does not let a request still in flight with the old token block the new one after reset()', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock })
    ;(await scheduler.acquire('background')).done({ kind: 'ok' })
    const stale = await scheduler.acquire('background')
    ;(await scheduler.acquire('background')).done({ kind: 'auth-invalid' })
    expect(scheduler.stats().blocked).toBe(true)
    scheduler.reset()
    stale.done({ kind: 'auth-invalid' })
    expect(scheduler.stats().blocked).toBe(false)
    ;(await scheduler.acquire('background')).done({ kind: 'ok' })
  })

  it('after reset() accepts acquirers again and probes the new token first', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock })
    ;(await scheduler.acquire('background')).done({ kind: 'auth-invalid' })
    await expect(scheduler.acquire('background')).rejects.toMatchObject({ code: 'AUTH_INVALID' })
    const changes: boolean[] = []
    scheduler.onChange((s) => changes.push(s.blocked))
    scheduler.reset()
    expect(changes).toEqual([false])
    expect(scheduler.stats().blocked).toBe(false)
    const granted: Permit[] = []
    for (let i = 0; i < 3; i++) void scheduler.acquire('background').then((p) => granted.push(p))
    await flushMicrotasks()
    expect(granted).toHaveLength(1)
    granted[0]?.done({ kind: 'ok' })
    await flushMicrotasks()
    expect(granted).toHaveLength(3)
  })

  it('blocks on a refusal that comes after the token was proven (revoked mid-run)', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock })
    const { trace, settled } = simulate(scheduler, clock, 100, {
      latency: () => 100,
      outcome: (i) => (i < 20 ? { kind: 'ok' } : { kind: 'auth-invalid' })
    })
    await clock.runAll()
    await settled
    // Requests already in flight when the first refusal arrives still come back, nothing after.
    expect(trace.starts.length).toBeLessThanOrEqual(20 + 8)
    expect(trace.errors.length).toBe(100 - trace.starts.length)
    expect(scheduler.stats().blocked).toBe(true)
  })
})
