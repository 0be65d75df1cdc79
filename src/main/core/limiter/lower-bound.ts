// The fastest possible schedule under the limiter's rules, as a yardstick for benchmarks.
// Pure arithmetic: no timers, no I/O, no electron import.

export interface LowerBoundParams {
  /** Starts allowed in any sliding window. */
  budget: number
  windowMs: number
  /** Fixed time from a request's start to its answer. */
  latencyMs: number
  /** Requests in flight at once. */
  concurrency: number
}

/**
 * Minimal time from the first start to the last answer for n identical requests when at most
 * `budget` may start in any window of `windowMs` and at most `concurrency` are in flight.
 *
 * The greedy schedule (each request starts as soon as both rules allow) is optimal because every
 * start time is a non-decreasing function of earlier ones: s[k] = max(s[k-budget] + windowMs,
 * s[k-concurrency] + latencyMs). This implies the looser s[k] ≥ windowMs·floor(k/budget) and equals
 * it whenever the window, not the concurrency, is what binds. O(n) time, O(budget) memory.
 */
export function lowerBoundMs(n: number, params: LowerBoundParams): number {
  const { budget, windowMs, latencyMs, concurrency } = params
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a non-negative integer')
  if (!Number.isInteger(budget) || budget < 1) throw new RangeError('budget must be a positive integer')
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a positive integer')
  if (!(windowMs >= 0) || !(latencyMs >= 0)) throw new RangeError('windowMs and latencyMs must be >= 0')
  if (n === 0) return 0
  // Ring buffer of the last `size` start times: enough to look back budget and concurrency steps.
  const size = Math.max(budget, concurrency)
  const starts = new Float64Array(size)
  let last = 0
  for (let k = 0; k < n; k++) {
    let s = 0
    if (k >= budget) s = Math.max(s, (starts[(k - budget) % size] as number) + windowMs)
    if (k >= concurrency) s = Math.max(s, (starts[(k - concurrency) % size] as number) + latencyMs)
    s = Math.max(s, last) // starts are in order: request k never overtakes k-1
    starts[k % size] = s
    last = s
  }
  return last + latencyMs
}
