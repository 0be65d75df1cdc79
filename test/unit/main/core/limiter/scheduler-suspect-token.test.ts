// The scheduler after a bare 403: nothing but the confirming request starts until it answers, so a
// refused token still costs at most two requests and a missing scope costs one extra.
// Ecwid answers 403 both for a bad token and for a missing scope
// (https://docs.ecwid.com/api-reference/rest-api/rest-api-error-codes); a bad token may send at
// most 20 requests a minute before Ecwid blocks token and IP (https://docs.ecwid.com/api-reference/rest-api/get-started#rate-limits).

import { describe, expect, it } from 'vitest'
import { FakeClock, flushMicrotasks } from '../../../../helpers/fake-clock'
import { createScheduler } from '../../../../../src/main/core/limiter/scheduler'
import type { Permit } from '../../../../../src/main/core/limiter/types'

function grantsOf(promises: Promise<Permit>[]): Permit[] {
  const granted: Permit[] = []
  for (const p of promises) void p.then((permit) => granted.push(permit), () => undefined)
  return granted
}

describe('scheduler with a suspect token', () => {
  it('holds every queued request behind the confirmation and blocks them all when it is refused', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock })
    const first = await scheduler.acquire('background')
    const queued = Array.from({ length: 10 }, () => scheduler.acquire('background'))
    const granted = grantsOf(queued)
    first.done({ kind: 'auth-suspect' })
    await flushMicrotasks()
    expect(granted).toHaveLength(0)
    const confirm = await scheduler.acquire('interactive', undefined, { confirm: true })
    confirm.done({ kind: 'auth-invalid' })
    for (const p of queued) await expect(p).rejects.toMatchObject({ code: 'AUTH_INVALID' })
    expect(scheduler.stats()).toMatchObject({ blocked: true, totalRequests: 2, queued: 0 })
    expect(clock.pendingTimers()).toBe(0)
  })

  it('lets the rest go on once the confirmation comes back ok (a missing scope, not a bad token)', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock, concurrency: 4 })
    const first = await scheduler.acquire('background')
    const granted = grantsOf(Array.from({ length: 6 }, () => scheduler.acquire('background')))
    first.done({ kind: 'auth-suspect' })
    await flushMicrotasks()
    expect(granted).toHaveLength(0)
    ;(await scheduler.acquire('background', undefined, { confirm: true })).done({ kind: 'ok' })
    await flushMicrotasks()
    // The ok proved the token, so the full concurrency opens up.
    expect(granted).toHaveLength(4)
    expect(scheduler.stats().blocked).toBe(false)
  })

  it('does not stay held when the confirmation is cancelled before it starts', async () => {
    const clock = new FakeClock()
    const scheduler = createScheduler({ clock })
    ;(await scheduler.acquire('background')).done({ kind: 'ok' })
    const [suspect, limited] = [await scheduler.acquire('background'), await scheduler.acquire('background')]
    // A 429 pause keeps the confirmation queued long enough to be cancelled.
    limited.done({ kind: 'rate-limited', retryAfterMs: 1_000 })
    const granted = grantsOf([scheduler.acquire('background')])
    const ctrl = new AbortController()
    const confirm = scheduler.acquire('interactive', ctrl.signal, { confirm: true })
    suspect.done({ kind: 'auth-suspect' })
    ctrl.abort()
    await expect(confirm).rejects.toMatchObject({ code: 'CANCELLED' })
    await clock.advance(1_000)
    expect(granted).toHaveLength(1)
  })
})
