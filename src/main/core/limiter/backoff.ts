// Pure retry timing for 429 answers: exponential back-off with jitter, and Retry-After parsing.
// No timers, no I/O, no electron import; never sees a token.

export interface BackoffOptions {
  /** Delay after the first 429 of a streak. Ecwid's temporary block is short, 2 s is a polite start. */
  baseMs?: number
  /** Ceiling: Ecwid's window is one minute, so waiting longer than that never buys more budget. */
  maxMs?: number
  /** Extra delay as a fraction of the delay, drawn from `random`, so several clients do not retry in step. */
  jitter?: number
}

export const DEFAULT_BACKOFF: Required<BackoffOptions> = { baseMs: 2_000, maxMs: 60_000, jitter: 0.1 }

/**
 * Delay before retrying after the `attempt`-th consecutive 429 (1-based): base, 2×base, 4×base …
 * capped at maxMs, plus up to `jitter`×delay. Jitter is only ever added, so the delay is never
 * shorter than the plain exponential one.
 */
export function backoffDelayMs(attempt: number, random: () => number = Math.random, options: BackoffOptions = {}): number {
  const { baseMs, maxMs, jitter } = { ...DEFAULT_BACKOFF, ...options }
  const n = Math.max(1, Math.floor(attempt))
  // 2 ** 30 already dwarfs any sane cap; bounding the exponent avoids Infinity for silly attempt counts.
  const plain = Math.min(maxMs, baseMs * 2 ** Math.min(n - 1, 30))
  const r = Math.min(1, Math.max(0, random()))
  return Math.round(plain * (1 + jitter * r))
}

/**
 * Parses an HTTP Retry-After header value into a delay in ms from `nowMs`: either delay-seconds
 * ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"). Returns undefined when absent or
 * unreadable, so the caller falls back to back-off. A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined
  const text = value.trim()
  if (text === '') return undefined
  // RFC 9110 says 1*DIGIT; decimals are tolerated because some proxies send them.
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  // A bare number with a sign or junk is not a date either; Date.parse would accept e.g. "-1".
  if (/^[-+]?\d/.test(text)) return undefined
  const at = Date.parse(text)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - nowMs)
}
