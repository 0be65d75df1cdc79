// Request scheduler for one Ecwid token: sliding-window budget, concurrency, priorities, 429 pause, bad-token stop.
// Timers only through the injected Clock (none left running when idle); no electron import; never sees a token.

import { AppError } from '@shared/errors'
import { backoffDelayMs, type BackoffOptions } from './backoff'
import { authInvalidError, TokenHealth } from './bad-token'
import { systemClock, type Clock } from './clock'
import type { SharedBudget } from './shared-budget'
import { SlidingWindow } from './sliding-window'
import type { AcquireOptions, LimiterStats, Permit, Priority, RequestOutcome, RequestScheduler } from './types'

export interface SchedulerOptions {
  clock?: Clock
  /** Ecwid's documented limit per token: 600 requests per minute. */
  limit?: number
  windowMs?: number
  /** Requests of each window kept in reserve: budget = limit - safetyMargin. */
  safetyMargin?: number
  /** Requests in flight at once (1 until the token has been proven by an 'ok'). */
  concurrency?: number
  /** Part of the budget only interactive requests may use, so a bulk job cannot starve the grid. */
  interactiveReserve?: number
  /** Jitter source for back-off; injectable for deterministic tests. */
  random?: () => number
  backoff?: BackoffOptions
  /** The token's budget shared with other processes (app and CLI on one data folder). */
  shared?: SharedBudget
}

/** A scheduler its owner can close (the registry does, when a store is removed). */
export interface ManagedScheduler extends RequestScheduler {
  /** Rejects everything queued with CANCELLED, stops timers, refuses later acquires. */
  dispose(): void
}

export const DEFAULT_LIMIT = 600
export const DEFAULT_WINDOW_MS = 60_000
/**
 * Why 10: our window counts start times, Ecwid counts arrivals, which land up to one latency later
 * and with jitter. Two requests started exactly one window apart can arrive less than a window apart
 * when the older one was slower, and at most about one request per slot can be inverted like that
 * within a latency, so the overshoot is bounded by roughly `concurrency` (8). 10 covers it plus a
 * couple for timer granularity, for 1.7 % of throughput; a 429 costs a temporary block instead.
 */
export const DEFAULT_SAFETY_MARGIN = 10
/**
 * Why 8: the sustained rate is capped by the window (590/60 s ≈ 9.8 req/s) whatever we do; with
 * 100 ms latency one request in flight would already sustain it. But the window allows bursts: the
 * fastest legal schedule sends a window's budget as fast as possible and then waits, so an
 * interactive burst or a 590-request job finishes in 590 × 100 ms / 8 ≈ 7 s instead of 59 s.
 * 8 also keeps the full budget reachable with slow answers (8 / 9.8 req/s ≈ 800 ms latency) while
 * keeping the arrival-skew overshoot (see the margin) and the load on Ecwid small.
 */
export const DEFAULT_CONCURRENCY = 8

/** setTimeout cannot wait longer than this; longer waits are slept in chunks. */
const MAX_TIMER_MS = 2 ** 31 - 1

interface Waiter {
  state: 'queued' | 'settled'
  resolve(permit: Permit): void
  reject(error: AppError): void
  detach(): void
}

function positiveInt(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer`)
  return value
}

export function createScheduler(opts: SchedulerOptions = {}): ManagedScheduler {
  const clock = opts.clock ?? systemClock
  const limit = positiveInt('limit', opts.limit ?? DEFAULT_LIMIT)
  const windowMs = positiveInt('windowMs', opts.windowMs ?? DEFAULT_WINDOW_MS)
  const budget = positiveInt('limit - safetyMargin', limit - (opts.safetyMargin ?? DEFAULT_SAFETY_MARGIN))
  const concurrency = positiveInt('concurrency', opts.concurrency ?? DEFAULT_CONCURRENCY)
  const reserve = opts.interactiveReserve ?? 0
  if (!Number.isInteger(reserve) || reserve < 0 || reserve >= budget) {
    throw new RangeError('interactiveReserve must be an integer in [0, budget)')
  }
  const random = opts.random ?? Math.random

  const window = new SlidingWindow(windowMs)
  const health = new TokenHealth()
  const queues: Record<Priority, Waiter[]> = { interactive: [], background: [] }
  /** Requests confirming a suspect token: ahead of everything, and alone while the token is suspect. */
  const confirms: Waiter[] = []
  const listeners = new Set<(stats: LimiterStats) => void>()
  let inFlight = 0
  let pausedUntil: number | null = null
  let streak = 0 // consecutive 429 waves; drives the back-off
  let waveStartSeq = 0 // requests with a lower sequence number were already out when the last wave hit
  // After a 429 without Retry-After nobody said when the block ends: resume with one request and
  // double the cap with each ok (slow start), instead of spending a whole concurrency's worth of
  // requests on a block that may still be on. null: no such limit.
  let slowStart: number | null = null
  let rateLimitedCount = 0
  let totalRequests = 0
  let disposed = false
  let wake: { at: number; controller: AbortController } | null = null
  let pumping = false
  let pumpAgain = false
  const shared = opts.shared ? guarded(opts.shared) : undefined

  function stats(): LimiterStats {
    const now = clock.now()
    return {
      usedLastMinute: Math.max(window.count(now), shared?.count(now) ?? 0),
      budget,
      limit,
      queued: queues.interactive.length + queues.background.length + confirms.length,
      inFlight,
      pausedUntil: pausedUntil !== null && pausedUntil > now ? pausedUntil : null,
      blocked: health.blocked,
      rateLimitedCount,
      totalRequests
    }
  }

  function emit(): void {
    if (listeners.size === 0) return
    const snapshot = Object.freeze(stats())
    for (const listener of [...listeners]) {
      // A broken status-bar listener must never break request flow, so its error is dropped here.
      try {
        listener(snapshot)
      } catch {
        /* ignored on purpose, see above */
      }
    }
  }

  function cancelWake(): void {
    wake?.controller.abort()
    wake = null
  }

  function scheduleWake(at: number): void {
    if (wake?.at === at) return
    cancelWake()
    const current = { at, controller: new AbortController() }
    wake = current
    const delay = Math.min(MAX_TIMER_MS, Math.max(0, at - clock.now()))
    clock.sleep(delay, current.controller.signal).then(
      () => {
        if (wake !== current) return
        wake = null
        pump()
      },
      () => undefined // aborted by cancelWake: a newer wake or an empty queue superseded it
    )
  }

  /** Re-entrant calls (a listener acquiring or finishing) are folded into the running pump. */
  function pump(): void {
    if (pumping) {
      pumpAgain = true
      return
    }
    pumping = true
    try {
      do {
        pumpAgain = false
        drain()
      } while (pumpAgain)
    } finally {
      pumping = false
    }
  }

  /** The queue to serve next; null when empty or held (a suspect token lets only its confirmation out). */
  function nextQueue(): { queue: Waiter[]; priority: Priority; confirm: boolean } | null {
    if (confirms.length > 0) return { queue: confirms, priority: 'interactive', confirm: true }
    if (health.suspect) return null
    if (queues.interactive.length > 0) return { queue: queues.interactive, priority: 'interactive', confirm: false }
    if (queues.background.length > 0) return { queue: queues.background, priority: 'background', confirm: false }
    return null
  }

  function drain(): void {
    for (;;) {
      const next = nextQueue()
      // Held by a suspect token needs no timer either: the confirmation's done() pumps again.
      if (next === null || disposed || health.blocked) return cancelWake()
      const { priority } = next
      const now = clock.now()
      // A 429 seen by another process on this token blocks us too: Ecwid blocks the token, not the process.
      const elsewhere = shared?.pausedUntil(now) ?? null
      if (elsewhere !== null && elsewhere > (pausedUntil ?? 0)) pausedUntil = elsewhere
      if (pausedUntil !== null) {
        if (now < pausedUntil) return scheduleWake(pausedUntil)
        pausedUntil = null
        emit()
      }
      // Waiting for a slot needs no timer: the done() that frees it pumps again.
      if (inFlight >= Math.min(slowStart ?? concurrency, health.inFlightCap(concurrency))) return cancelWake()
      const cap = priority === 'interactive' ? budget : budget - reserve
      const used = window.count(now)
      if (used >= cap) return scheduleWake(window.expiryOf(used - cap, now) ?? now)
      const taken = shared?.take(now, cap) ?? { ok: true }
      if (!taken.ok) return scheduleWake(Math.max(now + 1, taken.retryAt))
      const waiter = next.queue.shift() as Waiter
      start(waiter, now, taken.ok ? taken.id : undefined, next.confirm)
    }
  }

  function start(waiter: Waiter, now: number, sharedId: number | undefined, confirm: boolean): void {
    waiter.state = 'settled'
    waiter.detach()
    window.record(now)
    inFlight++
    const permit = createPermit(totalRequests, health.generation, sharedId, confirm)
    totalRequests++
    waiter.resolve(permit)
    emit()
  }

  function createPermit(seq: number, generation: number, sharedId: number | undefined, confirm: boolean): Permit {
    let finished = false
    return {
      done(outcome: RequestOutcome): void {
        // A second done() would free a slot twice and break the concurrency cap: ignore it.
        if (finished) return
        finished = true
        if (sharedId !== undefined) shared?.settle(sharedId, clock.now())
        if (confirm) health.confirmed()
        finish(outcome, seq, generation)
      }
    }
  }

  function finish(outcome: RequestOutcome, seq: number, generation: number): void {
    inFlight--
    if (outcome.kind === 'ok') {
      health.ok(generation)
      // An ok from a request sent before the last 429 proves nothing about the pause having worked.
      if (seq >= waveStartSeq) {
        streak = 0
        if (slowStart !== null) slowStart = slowStart * 2 >= concurrency ? null : slowStart * 2
      }
    } else if (outcome.kind === 'rate-limited') {
      rateLimited(seq, outcome.retryAfterMs)
    } else if (outcome.kind === 'auth-invalid' && health.refused(generation)) {
      rejectQueued(authInvalidError)
    } else if (outcome.kind === 'auth-suspect') {
      health.suspected(generation)
    }
    emit()
    pump()
  }

  function rateLimited(seq: number, retryAfterMs: number | undefined): void {
    rateLimitedCount++
    const now = clock.now()
    // Eight requests in flight can all come back 429 from one overshoot; that is one wave, not
    // eight consecutive failures, or a single burst would jump straight to the 60 s ceiling.
    if (seq >= waveStartSeq) {
      streak++
      waveStartSeq = totalRequests
    }
    const honoured = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0
    const delay = honoured ? retryAfterMs : backoffDelayMs(streak, random, opts.backoff)
    if (!honoured) slowStart = 1
    pausedUntil = Math.max(pausedUntil ?? now, now + delay)
    shared?.pause(pausedUntil)
  }

  function rejectQueued(makeError: () => AppError): void {
    for (const queue of [confirms, queues.interactive, queues.background]) {
      for (const waiter of queue.splice(0)) {
        waiter.state = 'settled'
        waiter.detach()
        waiter.reject(makeError())
      }
    }
    cancelWake()
  }

  function acquire(priority: Priority, signal?: AbortSignal, acquireOpts: AcquireOptions = {}): Promise<Permit> {
    if (disposed) return Promise.reject(closedError())
    if (health.blocked) return Promise.reject(authInvalidError())
    if (signal?.aborted) return Promise.reject(cancelledError())
    return new Promise<Permit>((resolve, reject) => {
      const queue = acquireOpts.confirm ? confirms : queues[priority]
      const onAbort = (): void => {
        if (waiter.state !== 'queued') return
        waiter.state = 'settled'
        queue.splice(queue.indexOf(waiter), 1)
        // Nobody left to confirm: flow resumes, and the next bare 403 makes the token suspect again.
        if (queue === confirms && confirms.length === 0) health.confirmed()
        reject(cancelledError())
        emit()
        pump()
      }
      const waiter: Waiter = {
        state: 'queued',
        resolve,
        reject,
        detach: () => signal?.removeEventListener('abort', onAbort)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      queue.push(waiter)
      pump()
      if (waiter.state === 'queued') emit()
    })
  }

  return {
    acquire,
    stats,
    identify(tokenKey) {
      shared?.identify(tokenKey)
    },
    onChange(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    reset() {
      // The window and any 429 pause are kept: they describe what Ecwid has seen from this IP and
      // store recently, and both run out within a minute anyway.
      health.reset()
      emit()
      pump()
    },
    dispose() {
      disposed = true
      rejectQueued(closedError)
      listeners.clear()
    }
  }
}

/**
 * The ledger is an optimisation over the per-process window, which still holds on its own: if the
 * file cannot be used (disk full, locked past the busy timeout) requests go on under the local budget.
 */
function guarded(budget: SharedBudget): SharedBudget {
  let broken = false
  const safe = <T>(run: () => T, fallback: T): T => {
    if (broken) return fallback
    try {
      return run()
    } catch {
      broken = true
      return fallback
    }
  }
  return {
    identify: (key) => safe(() => budget.identify(key), undefined),
    take: (now, cap) => safe(() => budget.take(now, cap), { ok: true }),
    count: (now) => safe(() => budget.count(now), 0),
    settle: (id, at) => safe(() => budget.settle(id, at), undefined),
    pausedUntil: (now) => safe(() => budget.pausedUntil(now), null),
    pause: (until) => safe(() => budget.pause(until), undefined)
  }
}

function cancelledError(): AppError {
  return new AppError('CANCELLED', 'The request was cancelled before it was sent.')
}

function closedError(): AppError {
  return new AppError('CANCELLED', 'The request scheduler for this store was closed.')
}
