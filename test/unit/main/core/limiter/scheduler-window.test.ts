// Long-run properties of the scheduler on a fake clock: the sliding-window budget, the concurrency
// cap, and closeness to the fastest legal schedule.

import { seededRandom } from '../../../../helpers/prng'
import { describe, expect, it } from 'vitest'
import { FakeClock } from '../../../../helpers/fake-clock'
import { createScheduler } from '../../../../../src/main/core/limiter/scheduler'
import { lowerBoundMs } from '../../../../../src/main/core/limiter/lower-bound'
import { maxStartsInWindow, simulate } from './harness'

describe('scheduler sliding window', () => {
  it('never starts more than budget requests in any window over 3,000 acquisitions', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock })
    expect(scheduler.stats().budget).toBe(590)
    const { trace, settled } = simulate(scheduler, clock, 3_000, { latency: () => 100 })
    await clock.runAll()
    await settled
    expect(trace.starts).toHaveLength(3_000)
    // Every request against the one `budget` places earlier: at least a full window apart.
    for (let k = 590; k < trace.starts.length; k++) {
      expect((trace.starts[k] as number) - (trace.starts[k - 590] as number)).toBeGreaterThanOrEqual(60_000)
    }
    expect(maxStartsInWindow(trace.starts, 60_000)).toBe(590)
    expect(trace.maxInFlight).toBe(8)
    expect(clock.pendingTimers()).toBe(0)
  })

  it('keeps the budget with random latencies and mixed priorities', async () => {
    const clock = new FakeClock()
    const random = seededRandom(42)
    const scheduler = createScheduler({ clock, limit: 50, safetyMargin: 5, windowMs: 1_000, concurrency: 4 })
    const latencies = Array.from({ length: 2_000 }, () => 5 + Math.floor(random() * 400))
    const { trace, settled } = simulate(scheduler, clock, 2_000, {
      latency: (i) => latencies[i] as number,
      priority: (i) => (i % 7 === 0 ? 'interactive' : 'background')
    })
    await clock.runAll()
    await settled
    expect(trace.starts).toHaveLength(2_000)
    expect(maxStartsInWindow(trace.starts, 1_000)).toBeLessThanOrEqual(45)
    expect(trace.maxInFlight).toBeLessThanOrEqual(4)
    expect(clock.pendingTimers()).toBe(0)
  })

  it('caps requests in flight at the concurrency', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock, concurrency: 3 })
    const { trace, settled } = simulate(scheduler, clock, 20, { latency: () => 250 })
    await clock.advance(250) // the probe comes back ok
    expect(scheduler.stats().inFlight).toBe(3)
    expect(scheduler.stats().queued).toBe(16)
    await clock.runAll()
    await settled
    expect(trace.maxInFlight).toBe(3)
  })

  it('runs as fast as the fastest legal schedule, give or take the probe', async () => {
    const params = { budget: 590, windowMs: 60_000, latencyMs: 100, concurrency: 8 }
    const n = 2_000
    const clock = new FakeClock()
    const t0 = clock.now()
    const scheduler = createScheduler({ clock })
    const { settled } = simulate(scheduler, clock, n, { latency: () => params.latencyMs })
    await clock.runAll()
    await settled
    const elapsed = clock.now() - t0
    const bound = lowerBoundMs(n, params)
    expect(elapsed).toBeGreaterThanOrEqual(bound)
    // Probe first costs at most one latency at the very start.
    expect(elapsed).toBeLessThanOrEqual(bound + params.latencyMs)
  })
})
