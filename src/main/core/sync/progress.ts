// Sync progress for the status bar: items done / total per resource, requests used, and an ETA
// from the pages still to read and the request budget. Pure bookkeeping; emits through a callback.
import { DEFAULT_CONCURRENCY } from '../limiter/scheduler'
import type { LimiterStats } from '../limiter/types'

export interface ProgressSnapshot {
  /** The resource this update is about (the last one to advance, start or finish)... */
  resource: string
  /** ...and its own items done / total. */
  done: number
  total: number
  /** Resources in flight right now (several sync at once), in the order they started. */
  active: string[]
  /** Items done / total over every resource of this sync: one figure that only grows. */
  overall: { done: number; total: number }
  requests: number
  etaMs: number | null
}

export interface ProgressDeps {
  emit(p: ProgressSnapshot): void
  /** Requests this sync has sent so far. */
  requests(): number
  /** The store's scheduler figures, for the ETA; without them the ETA is null. */
  limiter?: () => LimiterStats
  now(): number
  /** Minimum ms between two emits (phase changes are always emitted). */
  throttleMs?: number
}

/** Requests a resource still needs after its walk: catch-up, deleted log, count check. */
const TAIL_REQUESTS = 3
const PAGE = 100
/** What one request takes end to end when the budget is not the limit (Ecwid ~100-300 ms). */
const ASSUMED_LATENCY_MS = 200
// Resources sync at once, so the store's scheduler (not one walk) bounds the requests in flight.
const ASSUMED_CONCURRENCY = DEFAULT_CONCURRENCY
const WINDOW_MS = 60_000

export class SyncProgress {
  private readonly plans = new Map<string, { total: number; done: number }>()
  /** When this sync's recent requests started (sampled as the count grows), oldest first. */
  private readonly starts: number[] = []
  private counted = 0
  private current = ''
  private readonly active = new Set<string>()
  private lastEmit = -Infinity

  constructor(private readonly deps: ProgressDeps) {}

  /** Declares (or updates) how many items a resource has to read and how many are already in. */
  plan(resource: string, total: number, done = 0): void {
    this.plans.set(resource, { total, done: Math.min(done, total) })
  }

  start(resource: string): void {
    this.current = resource
    this.active.add(resource)
    this.plans.set(resource, this.plans.get(resource) ?? { total: 0, done: 0 })
    this.flush(true)
  }

  advance(resource: string, items: number, total?: number): void {
    this.sample()
    const p = this.plans.get(resource) ?? { total: 0, done: 0 }
    if (total !== undefined) p.total = total
    p.done = Math.min(p.total || Infinity, p.done + items)
    this.plans.set(resource, p)
    this.current = resource
    this.flush(false)
  }

  finish(resource: string): void {
    const p = this.plans.get(resource)
    if (p) p.done = p.total = Math.max(p.done, p.total)
    this.current = resource
    this.active.delete(resource)
    this.flush(true)
  }

  snapshot(): ProgressSnapshot {
    const p = this.plans.get(this.current) ?? { total: 0, done: 0 }
    const overall = { done: 0, total: 0 }
    for (const q of this.plans.values()) {
      overall.done += q.done
      overall.total += q.total
    }
    return { resource: this.current, done: p.done, total: p.total, active: [...this.active], overall, requests: this.deps.requests(), etaMs: this.eta() }
  }

  /** Requests still to send, from every planned resource's remaining pages. */
  remainingRequests(): number {
    let n = 0
    for (const p of this.plans.values()) {
      const left = Math.max(0, p.total - p.done)
      n += Math.ceil(left / PAGE) + (left > 0 || p.total === 0 ? TAIL_REQUESTS : 0)
    }
    return n
  }

  private sample(): void {
    const n = this.deps.requests()
    const now = this.deps.now()
    for (; this.counted < n; this.counted++) this.starts.push(now)
    while (this.starts.length > 0 && (this.starts[0] as number) <= now - WINDOW_MS) this.starts.shift()
  }

  /**
   * The fastest schedule for the remaining requests, continuing from the real recent starts: request
   * k may start one window after request k - budget (the lower-bound recurrence of lower-bound.ts,
   * seeded with history), so a half-used window is credited with the time it has already run.
   */
  private eta(): number | null {
    const stats = this.deps.limiter?.()
    if (!stats) return null
    this.sample()
    const remaining = this.remainingRequests()
    if (remaining === 0) return 0
    const now = this.deps.now()
    const budget = Math.max(1, stats.budget)
    // Requests of others in this window (a grid page, a save) take budget too; assume just sent.
    const others = Math.max(0, stats.usedLastMinute - this.starts.length)
    const s = [...this.starts, ...Array<number>(others).fill(now)]
    const past = s.length
    for (let k = 0; k < remaining; k++) {
      const i = s.length
      let t = now
      if (i >= budget) t = Math.max(t, (s[i - budget] as number) + WINDOW_MS)
      if (i - past >= ASSUMED_CONCURRENCY) t = Math.max(t, (s[i - ASSUMED_CONCURRENCY] as number) + ASSUMED_LATENCY_MS)
      s.push(t)
    }
    return Math.max(0, Math.round((s.at(-1) as number) + ASSUMED_LATENCY_MS - now))
  }

  private flush(force: boolean): void {
    const now = this.deps.now()
    if (!force && now - this.lastEmit < (this.deps.throttleMs ?? 250)) return
    this.lastEmit = now
    this.deps.emit(this.snapshot())
  }
}
