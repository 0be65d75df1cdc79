// The contract between the Ecwid client and the request scheduler. The client performs HTTP;
// the scheduler decides when a request may start and reacts to how it ended.

/** Interactive requests (a grid page, a single save) go ahead of background jobs (sync, push). */
export type Priority = 'interactive' | 'background'

/** How a request ended, as far as rate limiting and token health are concerned. */
export type RequestOutcome =
  | { kind: 'ok' }
  | { kind: 'rate-limited'; retryAfterMs?: number }
  | { kind: 'auth-invalid' }
  /**
   * A 403 that names neither a bad token nor a scope: hold every other request until the
   * confirming request (acquired with `confirm: true`) tells a refused token from a missing scope.
   */
  | { kind: 'auth-suspect' }
  | { kind: 'transient' }
  | { kind: 'error' }

/** Permission to send exactly one HTTP request. Call done() once, when its answer (or failure) is known. */
export interface Permit {
  done(outcome: RequestOutcome): void
}

/** Live figures for the status bar gauge. */
export interface LimiterStats {
  /** Requests started in the last 60 s. */
  usedLastMinute: number
  /** The per-minute budget this scheduler keeps under (limit minus safety margin). */
  budget: number
  /** Ecwid's documented limit (600). */
  limit: number
  queued: number
  inFlight: number
  /** Epoch ms until which every request is paused after a 429, or null. */
  pausedUntil: number | null
  /** True once the token was refused: nothing more is sent until reset(). */
  blocked: boolean
  /** 429 answers received since creation. */
  rateLimitedCount: number
  /** Total requests started since creation. */
  totalRequests: number
}

export interface AcquireOptions {
  /** The one request that checks a suspect token: it goes first and is the only one let through. */
  confirm?: boolean
}

export interface RequestScheduler {
  /**
   * Resolves when one request may be sent: within the sliding-window budget, under the concurrency
   * cap, not paused. Rejects with AppError AUTH_INVALID when blocked, CANCELLED when the signal aborts.
   */
  acquire(priority: Priority, signal?: AbortSignal, opts?: AcquireOptions): Promise<Permit>
  stats(): LimiterStats
  /** Called whenever stats change (throttled by the caller if needed). Returns an unsubscribe. */
  onChange(listener: (stats: LimiterStats) => void): () => void
  /** Clears the blocked state (after the user replaced the token). */
  reset(): void
  /**
   * Names the token (by its hash, never the token) whose cross-process budget the next requests
   * count against. The client calls it before each acquire; a scheduler without a shared budget ignores it.
   */
  identify?(tokenKey: string): void
}
