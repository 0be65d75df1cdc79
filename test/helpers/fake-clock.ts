// Deterministic Clock for tests: time moves only through advance()/runAll(), sleeps resolve in time order.
// Test helper only: no electron import, no real timers besides the microtask flush.

import type { Clock } from '../../src/main/core/limiter/clock'

interface Timer {
  at: number
  seq: number
  resolve(): void
}

// Captured at load so tests that install vi.useFakeTimers() afterwards still flush for real.
const realSetImmediate = globalThis.setImmediate

/** Lets every pending promise continuation run (a macrotask turn drains the whole microtask queue). */
export function flushMicrotasks(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve))
}

export class FakeClock implements Clock {
  private time: number
  private seq = 0
  private timers: Timer[] = []

  constructor(startMs = 1_700_000_000_000) {
    this.time = startMs
  }

  now(): number {
    return this.time
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason)
      const timer: Timer = {
        at: this.time + Math.max(0, ms),
        seq: this.seq++,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        }
      }
      const onAbort = (): void => {
        this.timers = this.timers.filter((t) => t !== timer)
        reject(signal?.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.timers.push(timer)
    })
  }

  /** Number of sleeps not yet resolved: 0 means nothing would keep a real process alive. */
  pendingTimers(): number {
    return this.timers.length
  }

  /** Time of the earliest pending sleep, if any. */
  nextTimerAt(): number | undefined {
    return this.earliest()?.at
  }

  /**
   * Moves time forward by ms, firing due sleeps one by one in (time, creation) order, with the
   * clock set to each one's time and microtasks flushed after each, so code woken by one sleep can
   * schedule another that is still due within this advance.
   */
  async advance(ms: number): Promise<void> {
    const target = this.time + Math.max(0, ms)
    await flushMicrotasks()
    for (;;) {
      const next = this.earliest()
      if (next === undefined || next.at > target) break
      this.fire(next)
      await flushMicrotasks()
    }
    this.time = target
    await flushMicrotasks()
  }

  /** Fires sleeps in order until none is left; throws after maxTimers to catch endless loops. */
  async runAll(maxTimers = 100_000): Promise<void> {
    await flushMicrotasks()
    for (let fired = 0; ; fired++) {
      const next = this.earliest()
      if (next === undefined) return
      if (fired >= maxTimers) throw new Error(`FakeClock.runAll: more than ${maxTimers} timers, endless loop?`)
      this.fire(next)
      await flushMicrotasks()
    }
  }

  private earliest(): Timer | undefined {
    let best: Timer | undefined
    for (const t of this.timers) if (best === undefined || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t
    return best
  }

  private fire(timer: Timer): void {
    this.timers = this.timers.filter((t) => t !== timer)
    this.time = Math.max(this.time, timer.at)
    timer.resolve()
  }
}

export function createFakeClock(startMs?: number): FakeClock {
  return new FakeClock(startMs)
}
