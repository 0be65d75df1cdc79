// Runtime fault injection for the sandbox: latency, 5xx, dropped sockets, forced 429s, stalls,
// malformed JSON and truncated pages. Decisions come from a seeded PRNG so failures are repeatable.

import { Prng } from './prng'

export interface FaultConfig {
  /** Added to every response. */
  latencyMs: number
  /** Share (0..1) of requests answered 500 INTERNAL_ERROR. */
  errorRate: number
  /** Share of requests whose socket is destroyed after part of the body was sent. */
  dropRate: number
  /** The next N requests are answered 429 (counted as rate-limit violations). */
  force429: number
  /** Retry-After seconds sent with forced 429s. */
  force429RetryAfter: number
  /** Share of requests held for stallMs before answering (client timeouts). */
  stallRate: number
  stallMs: number
  /** Share of 200 responses whose JSON body is cut short. */
  malformedRate: number
  /** Share of list pages that return only the first half of their items (count says so; total does not change). */
  truncateRate: number
  /** The next N batch sub-request attempts are answered 500 (Ecwid retries each up to 5 times). */
  failSubRequests: number
  /**
   * 403 answers (bad token and missing scope alike) carry no body, so no errorCode: Ecwid sends its
   * error body only "optionally" (https://api-docs.ecwid.com/reference/get-deleted-items-stats).
   */
  bare403: boolean
  /** 429 answers carry no Retry-After header (Ecwid's rate-limit page does not promise one). */
  omitRetryAfter: boolean
  seed: number
}

export const NO_FAULTS: FaultConfig = {
  latencyMs: 0,
  errorRate: 0,
  dropRate: 0,
  force429: 0,
  force429RetryAfter: 1,
  stallRate: 0,
  stallMs: 0,
  malformedRate: 0,
  truncateRate: 0,
  failSubRequests: 0,
  bare403: false,
  omitRetryAfter: false,
  seed: 7
}

export type FaultKind = 'error' | 'drop' | 'force429' | 'stall' | 'malformed' | 'truncate'

/** What to do to one response; computed once per request. */
export interface FaultPlan {
  delayMs: number
  error: boolean
  drop: boolean
  force429: boolean
  malformed: boolean
  truncate: boolean
}

export class Faults {
  private cfg: FaultConfig = { ...NO_FAULTS }
  private rng = new Prng(NO_FAULTS.seed)
  readonly counts: Record<FaultKind, number> = { error: 0, drop: 0, force429: 0, stall: 0, malformed: 0, truncate: 0 }

  get config(): Readonly<FaultConfig> {
    return this.cfg
  }

  /** Merges a partial config; a new seed restarts the decision sequence. */
  set(partial: Partial<FaultConfig>): void {
    this.cfg = { ...this.cfg, ...partial }
    if (partial.seed !== undefined) this.rng = new Prng(partial.seed)
  }

  reset(): void {
    this.cfg = { ...NO_FAULTS }
    this.rng = new Prng(NO_FAULTS.seed)
  }

  private roll(rate: number, kind: FaultKind): boolean {
    // Always draw, so one knob does not shift the sequence of the others.
    const hit = this.rng.next() < rate
    if (hit) this.counts[kind]++
    return hit
  }

  /** One batch sub-request attempt: true when it must answer 500. */
  takeSubRequestFailure(): boolean {
    if (this.cfg.failSubRequests <= 0) return false
    this.cfg = { ...this.cfg, failSubRequests: this.cfg.failSubRequests - 1 }
    this.counts.error++
    return true
  }

  plan(): FaultPlan {
    const c = this.cfg
    let force429 = false
    if (c.force429 > 0) {
      this.cfg = { ...c, force429: c.force429 - 1 }
      this.counts.force429++
      force429 = true
    }
    const stall = this.roll(c.stallRate, 'stall')
    return {
      delayMs: c.latencyMs + (stall ? c.stallMs : 0),
      error: this.roll(c.errorRate, 'error'),
      drop: this.roll(c.dropRate, 'drop'),
      force429,
      malformed: this.roll(c.malformedRate, 'malformed'),
      truncate: this.roll(c.truncateRate, 'truncate')
    }
  }
}
