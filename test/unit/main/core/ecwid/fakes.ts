// Test doubles for the Ecwid client: a recording fake fetch with per-call handlers, a fake
// scheduler that records permits and outcomes, and a fake clock that never really waits.

import { AppError, isAppError } from '@shared/errors'
import { createEcwidClient, type EcwidClientOptions } from '../../../../../src/main/core/ecwid/client'
import type { Clock } from '../../../../../src/main/core/limiter/clock'
import type { LimiterStats, Permit, Priority, RequestOutcome, RequestScheduler } from '../../../../../src/main/core/limiter/types'

export const TOKEN = 'secret_TestToken1234567890abcdef'
export const STORE_ID = 4242
export const API_BASE = 'https://ecwid.test/api/v3'

export interface Call {
  url: URL
  method: string
  headers: Record<string, string>
  body: unknown
  signal?: AbortSignal
}

export type Handler = (call: Call) => Response | Promise<Response>

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })
}

export function text(body: string, status = 200): Response {
  return new Response(body, { status })
}

/** Node's fetch wraps socket errors: TypeError('fetch failed', { cause: { code } }). */
export function networkError(code: string, message = 'fetch failed'): TypeError {
  const cause = Object.assign(new Error(code === 'ECONNRESET' ? 'socket hang up' : code), { code })
  return new TypeError(message, { cause })
}

/** A fetch that records calls; each call is answered by the next queued handler, else `fallback`. */
export function fakeFetch(fallback?: Handler) {
  const calls: Call[] = []
  const queue: Handler[] = []
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {}
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v))
    const raw = typeof init?.body === 'string' ? init.body : undefined
    const call: Call = {
      url: new URL(String(input)),
      method: init?.method ?? 'GET',
      headers,
      body: raw === undefined ? undefined : JSON.parse(raw),
      signal: init?.signal ?? undefined
    }
    if (init?.redirect !== 'manual') throw new Error('the client must not follow redirects')
    calls.push(call)
    const handler = queue.shift() ?? fallback
    if (!handler) throw new Error(`unexpected request ${call.method} ${call.url.pathname}`)
    return handler(call)
  }
  return {
    fetch: fetchImpl as typeof fetch,
    calls,
    /** Queues handlers (or fixed responses) for the next calls, in order. */
    next(...handlers: (Handler | (() => Response))[]): void {
      queue.push(...(handlers as Handler[]))
    }
  }
}

/** Never answers until the request is aborted (simulates a hung connection). */
export const hang: Handler = (call) =>
  new Promise<Response>((_, reject) => {
    call.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true })
  })

export function fakeScheduler() {
  const acquires: Priority[] = []
  const outcomes: RequestOutcome[] = []
  let blocked = false
  let doneCalls = 0
  const stats = (): LimiterStats => ({
    usedLastMinute: acquires.length,
    budget: 580,
    limit: 600,
    queued: 0,
    inFlight: acquires.length - doneCalls,
    pausedUntil: null,
    blocked,
    rateLimitedCount: outcomes.filter((o) => o.kind === 'rate-limited').length,
    totalRequests: acquires.length
  })
  const scheduler: RequestScheduler = {
    async acquire(priority: Priority, signal?: AbortSignal): Promise<Permit> {
      if (signal?.aborted) throw new AppError('CANCELLED', 'cancelled')
      if (blocked) throw new AppError('AUTH_INVALID', 'blocked')
      acquires.push(priority)
      let done = false
      return {
        done(outcome: RequestOutcome): void {
          if (done) throw new Error('permit.done called twice')
          done = true
          doneCalls++
          outcomes.push(outcome)
          if (outcome.kind === 'auth-invalid') blocked = true
        }
      }
    },
    stats,
    onChange: () => () => undefined,
    reset: () => {
      blocked = false
    }
  }
  return { scheduler, acquires, outcomes, pending: () => acquires.length - doneCalls }
}

/** Sleeps resolve at once (or reject if aborted) and move `now` forward; every wait is recorded. */
export function fakeClock(start = 1_700_000_000_000): Clock & { sleeps: number[] } {
  let now = start
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason
      sleeps.push(ms)
      now += ms
      await Promise.resolve()
      if (signal?.aborted) throw signal.reason
    }
  }
}

/** A client over a fake fetch, fake scheduler and fake clock, with deterministic jitter. */
export function setup(overrides: Partial<EcwidClientOptions> = {}) {
  const f = fakeFetch()
  const s = fakeScheduler()
  const clock = fakeClock()
  const client = createEcwidClient({
    apiBase: API_BASE,
    storeId: STORE_ID,
    getToken: async () => TOKEN,
    scheduler: s.scheduler,
    fetch: f.fetch,
    clock,
    random: () => 0.5,
    ...overrides
  })
  return { client, f, s, clock }
}

/** The AppError a promise rejects with (fails the test if it resolves). */
export async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p
  } catch (e) {
    if (isAppError(e)) return e
    throw e
  }
  throw new Error('expected the request to fail')
}

/** Asserts the token is nowhere in an error: message, details or stack. */
export function expectNoToken(e: AppError): void {
  for (const text of [e.message, JSON.stringify(e.details ?? {}), String(e.stack)]) {
    if (text.includes(TOKEN)) throw new Error('the token leaked into an error')
  }
}
