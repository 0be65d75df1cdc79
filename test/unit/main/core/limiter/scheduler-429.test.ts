// The scheduler's answer to 429: pause every start, honour Retry-After, back off per wave, reset on success.

import { describe, expect, it } from 'vitest'
import { FakeClock, flushMicrotasks } from '../../../../helpers/fake-clock'
import { createScheduler } from '../../../../../src/main/core/limiter/scheduler'
import type { RequestOutcome } from '../../../../../src/main/core/limiter/types'

async function proven(opts: Parameters<typeof createScheduler>[0] = {}) {
  const clock = new FakeClock()
  const scheduler = createScheduler({ random: () => 0, ...opts, clock })
  ;(await scheduler.acquire('interactive')).done({ kind: 'ok' })
  return { clock, scheduler }
}

/** Acquires and answers one request with the given outcome; returns the time it started. */
async function oneRequest(
  scheduler: ReturnType<typeof createScheduler>,
  clock: FakeClock,
  outcome: RequestOutcome
): Promise<number> {
  const pending = scheduler.acquire('background')
  await clock.advance(0)
  const nextAt = clock.nextTimerAt()
  if (nextAt !== undefined) await clock.advance(nextAt - clock.now())
  const permit = await pending
  const startedAt = clock.now()
  permit.done(outcome)
  return startedAt
}

describe('scheduler on 429', () => {
  it('pauses all starts, of every priority, until retryAfter has passed', async () => {
    const { clock, scheduler } = await proven()
    const a = await scheduler.acquire('background')
    const b = await scheduler.acquire('background')
    const t0 = clock.now()
    a.done({ kind: 'rate-limited', retryAfterMs: 5_000 })
    expect(scheduler.stats()).toMatchObject({ pausedUntil: t0 + 5_000, rateLimitedCount: 1, inFlight: 1 })
    const started: string[] = []
    void scheduler.acquire('interactive').then(() => started.push('interactive'))
    void scheduler.acquire('background').then(() => started.push('background'))
    b.done({ kind: 'ok' }) // a freed slot does not end the pause
    await clock.advance(4_999)
    expect(started).toEqual([])
    expect(scheduler.stats().queued).toBe(2)
    await clock.advance(1)
    expect(started).toEqual(['interactive', 'background'])
    expect(scheduler.stats().pausedUntil).toBeNull()
  })

  it('backs off 2 s, 4 s, 8 s … up to 60 s for consecutive waves, and starts over after a success', async () => {
    const { clock, scheduler } = await proven()
    const delays: number[] = []
    for (let i = 0; i < 7; i++) {
      await oneRequest(scheduler, clock, { kind: 'rate-limited' })
      delays.push((scheduler.stats().pausedUntil as number) - clock.now())
    }
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000])
    await oneRequest(scheduler, clock, { kind: 'ok' })
    await oneRequest(scheduler, clock, { kind: 'rate-limited' })
    expect((scheduler.stats().pausedUntil as number) - clock.now()).toBe(2_000)
    expect(scheduler.stats().rateLimitedCount).toBe(8)
  })

  it('adds the injected jitter on top of the plain delay', async () => {
    const { clock, scheduler } = await proven({ random: () => 0.5 })
    await oneRequest(scheduler, clock, { kind: 'rate-limited' })
    expect((scheduler.stats().pausedUntil as number) - clock.now()).toBe(2_100)
  })

  it('counts 429s of requests already in flight as one wave, not as consecutive failures', async () => {
    const { clock, scheduler } = await proven()
    const permits = await Promise.all(Array.from({ length: 8 }, () => scheduler.acquire('background')))
    for (const p of permits.slice(0, 7)) p.done({ kind: 'rate-limited' })
    expect(scheduler.stats()).toMatchObject({ rateLimitedCount: 7, pausedUntil: clock.now() + 2_000 })
    permits[7]?.done({ kind: 'ok' })
    // Nor does an ok from one of that wave reset the streak: the next wave backs off 4 s.
    await oneRequest(scheduler, clock, { kind: 'rate-limited' })
    expect((scheduler.stats().pausedUntil as number) - clock.now()).toBe(4_000)
  })

  it('keeps the later end when a short Retry-After follows a long one', async () => {
    const { clock, scheduler } = await proven()
    const a = await scheduler.acquire('background')
    const b = await scheduler.acquire('background')
    a.done({ kind: 'rate-limited', retryAfterMs: 10_000 })
    b.done({ kind: 'rate-limited', retryAfterMs: 1_000 })
    expect(scheduler.stats().pausedUntil).toBe(clock.now() + 10_000)
    let started = false
    void scheduler.acquire('interactive').then(() => (started = true))
    await clock.advance(9_999)
    await flushMicrotasks()
    expect(started).toBe(false)
    await clock.advance(1)
    expect(started).toBe(true)
  })
})

// Ecwid documents the 429 and a "temporarily blocked" token, not how long the block lasts nor a
// Retry-After header (https://docs.ecwid.com/api-reference/rest-api/get-started#rate-limits).
describe('scheduler on 429 without Retry-After', () => {
  async function waveThenQueue(outcome: RequestOutcome) {
    const { clock, scheduler } = await proven()
    const wave = await Promise.all(Array.from({ length: 8 }, () => scheduler.acquire('background')))
    for (const p of wave) p.done(outcome)
    const granted: { done(o: RequestOutcome): void }[] = []
    for (let i = 0; i < 20; i++) void scheduler.acquire('background').then((p) => granted.push(p))
    return { clock, scheduler, granted }
  }

  it('backs off by itself, then sends one request and opens up again step by step as answers come back ok', async () => {
    const { clock, scheduler, granted } = await waveThenQueue({ kind: 'rate-limited' })
    expect((scheduler.stats().pausedUntil as number) - clock.now()).toBe(2_000)
    await clock.advance(1_999)
    expect(granted).toHaveLength(0)
    await clock.advance(1)
    expect(granted).toHaveLength(1)
    // Still blocked: the next wait doubles, and again only one request tries.
    granted[0]?.done({ kind: 'rate-limited' })
    expect((scheduler.stats().pausedUntil as number) - clock.now()).toBe(4_000)
    await clock.advance(4_000)
    expect(granted).toHaveLength(2)
    granted[1]?.done({ kind: 'ok' })
    await flushMicrotasks()
    // Slow start: 2 in flight, then 4, then the full 8.
    expect(scheduler.stats().inFlight).toBe(2)
    granted[2]?.done({ kind: 'ok' })
    await flushMicrotasks()
    expect(scheduler.stats().inFlight).toBe(4)
    for (const p of granted.slice(3, 6)) p.done({ kind: 'ok' })
    await flushMicrotasks()
    expect(scheduler.stats().inFlight).toBe(8)
  })

  it('with Retry-After resumes at full concurrency: Ecwid said when the block ends', async () => {
    const { clock, granted } = await waveThenQueue({ kind: 'rate-limited', retryAfterMs: 3_000 })
    await clock.advance(3_000)
    expect(granted).toHaveLength(8)
  })
})
