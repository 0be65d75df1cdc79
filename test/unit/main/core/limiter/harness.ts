// Test driver for the limiter: simulated requests with latency on a FakeClock, and what they saw.
// Test code only: no electron import, no tokens.

import type { FakeClock } from '../../../../helpers/fake-clock'
import type { Priority, RequestOutcome, RequestScheduler } from '../../../../../src/main/core/limiter/types'

export interface Workload {
  latency?: (i: number) => number
  priority?: (i: number) => Priority
  outcome?: (i: number) => RequestOutcome
}

export interface Trace {
  /** Start time of each request, in grant order. */
  starts: number[]
  /** Which request index was granted, in grant order. */
  order: number[]
  maxInFlight: number
  errors: unknown[]
}

/** Queues n acquisitions at once; each granted one "takes" its latency on the clock, then reports. */
export function simulate(scheduler: RequestScheduler, clock: FakeClock, n: number, work: Workload = {}): { trace: Trace; settled: Promise<void> } {
  const trace: Trace = { starts: [], order: [], maxInFlight: 0, errors: [] }
  let inFlight = 0
  const jobs: Promise<void>[] = []
  for (let i = 0; i < n; i++) {
    jobs.push(
      scheduler.acquire(work.priority?.(i) ?? 'background').then(
        async (permit) => {
          trace.starts.push(clock.now())
          trace.order.push(i)
          inFlight++
          trace.maxInFlight = Math.max(trace.maxInFlight, inFlight)
          await clock.sleep(work.latency?.(i) ?? 100)
          inFlight--
          permit.done(work.outcome?.(i) ?? { kind: 'ok' })
        },
        (error: unknown) => {
          trace.errors.push(error)
        }
      )
    )
  }
  return { trace, settled: Promise.all(jobs).then(() => undefined) }
}


/** Largest number of starts in any half-open window [t, t + windowMs), t being a start time. */
export function maxStartsInWindow(starts: number[], windowMs: number): number {
  const sorted = [...starts].sort((a, b) => a - b)
  let max = 0
  let lo = 0
  for (let hi = 0; hi < sorted.length; hi++) {
    while ((sorted[hi] as number) - (sorted[lo] as number) >= windowMs) lo++
    max = Math.max(max, hi - lo + 1)
  }
  return max
}
