// Low-level Ecwid REST v3 client: one permit from the scheduler per HTTP attempt, JSON in and out,
// retries for transient failures and 429s. Plain Node; the token goes only in the Authorization header.

import { AppError, isAppError } from '@shared/errors'
import type { Clock } from '../limiter/clock'
import { systemClock } from '../limiter/clock'
import { tokenKey } from '../limiter/token-key'
import type { Priority, RequestOutcome, RequestScheduler } from '../limiter/types'
import { mapHttpError, mapNetworkError, refusedTokenError } from './http-errors'

export const DEFAULT_API_BASE = 'https://app.ecwid.com/api/v3'
const PROFILE_PATH = '/profile'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[]
export type Query = Readonly<Record<string, QueryValue>>

export interface EcwidRequest {
  method?: HttpMethod
  /** Relative to `/api/v3/{storeId}`, starting with '/'; ids already encoded (see `seg`). */
  path: string
  query?: Query
  /** Sent as JSON with content-type application/json. */
  body?: unknown
  /** A binary body instead (image uploads: Ecwid expects application/octet-stream or image/*). */
  bytes?: { data: Uint8Array; contentType: string }
  priority?: Priority
  signal?: AbortSignal
  /**
   * May the request be sent again after it possibly reached Ecwid (5xx, dropped connection,
   * timeout, garbled answer)? Defaults to true except for POST, where a resend could create a
   * second product/coupon. 429s are always retried: Ecwid did not process those.
   */
  idempotent?: boolean
  /** Internal: the request that tells a refused token from a missing scope after a bare 403. */
  confirm?: boolean
}

export interface EcwidClientOptions {
  apiBase?: string
  storeId: number
  /** Reads the token from the SecretStore; called once per attempt so a replaced token is used. */
  getToken: () => Promise<string>
  scheduler: RequestScheduler
  fetch?: typeof fetch
  clock?: Clock
  /** Resends after transient failures (default 3). */
  maxRetries?: number
  /** Resends after 429 answers before giving up with RATE_LIMITED (default 6). */
  maxRateLimitRetries?: number
  /** Per attempt, including reading the body (default 30 s). Wall-clock, not `clock`. */
  timeoutMs?: number
  /** First transient backoff; doubles per retry up to maxBackoffMs (defaults 500 ms / 8 s). */
  backoffMs?: number
  maxBackoffMs?: number
  /** Jitter source, injectable for tests. */
  random?: () => number
}

export interface ClientStats {
  /** HTTP attempts actually sent. */
  requests: number
  retries: number
  rateLimited: number
  transientFailures: number
}

export interface EcwidClient {
  readonly storeId: number
  request<T>(req: EcwidRequest): Promise<T>
  stats(): ClientStats
}

/** Encodes one path segment (order ids are strings chosen by the merchant). */
export function seg(id: string | number): string {
  const text = String(id)
  if (text === '') throw new AppError('VALIDATION', 'An empty id cannot be used in an Ecwid request.')
  return encodeURIComponent(text)
}

/** Query → search string. Arrays become Ecwid's comma lists; undefined/null are left out. */
export function buildQuery(query: Query | undefined): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    // The token travels in the Authorization header only; URLs end up in logs and proxies.
    if (/^(token|access_token)$/i.test(key)) {
      throw new AppError('INTERNAL', 'Refusing to put a token in a URL.')
    }
    params.append(key, Array.isArray(value) ? value.join(',') : String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

type Attempt<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'retry'; error: AppError }
  | { kind: 'rate-limited'; error: AppError }
  | { kind: 'fail'; error: AppError }
  /** A bare 403: a missing scope (`error`) unless GET /profile is refused too. */
  | { kind: 'confirm'; error: AppError }

const cancelled = (): AppError => new AppError('CANCELLED', 'The request was cancelled.')

/** Retry-After is seconds or an HTTP date; returns ms or undefined. Capped at 10 minutes. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined
  const seconds = Number(value.trim())
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now
  if (!Number.isFinite(ms)) return undefined
  return Math.min(Math.max(0, Math.round(ms)), 600_000)
}

export function createEcwidClient(opts: EcwidClientOptions): EcwidClient {
  const apiBase = (opts.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '')
  const fetchImpl = opts.fetch ?? globalThis.fetch
  const clock = opts.clock ?? systemClock
  const maxRetries = opts.maxRetries ?? 3
  const maxRateLimitRetries = opts.maxRateLimitRetries ?? 6
  const timeoutMs = opts.timeoutMs ?? 30_000
  const backoffMs = opts.backoffMs ?? 500
  const maxBackoffMs = opts.maxBackoffMs ?? 8_000
  const random = opts.random ?? Math.random
  const counters: ClientStats = { requests: 0, retries: 0, rateLimited: 0, transientFailures: 0 }

  async function readToken(): Promise<string> {
    let token: string
    try {
      token = (await opts.getToken()).trim()
    } catch (e) {
      if (isAppError(e)) throw e
      throw new AppError('KEYCHAIN_UNAVAILABLE', 'The token could not be read from the system keychain. Unlock the keychain and retry.')
    }
    if (!token) {
      throw new AppError('AUTH_INVALID', `No token is saved for store ${opts.storeId}. Add it in Stores (connect the store again with the new token, or run “stockroom store add”).`)
    }
    // A header value with control characters makes fetch throw an error that quotes the value.
    if (/[^\x21-\x7e]/.test(token)) {
      throw new AppError('AUTH_INVALID', 'The saved token contains invalid characters. Replace it in Stores (connect the store again with the new token, or run “stockroom store add”).')
    }
    return token
  }

  async function attempt<T>(req: EcwidRequest, url: string, method: HttpMethod, payload: { data: string | Uint8Array; type: string } | undefined, idempotent: boolean): Promise<Attempt<T>> {
    const token = await readToken()
    opts.scheduler.identify?.(tokenKey(token))
    const permit = await opts.scheduler.acquire(req.priority ?? 'interactive', req.signal, req.confirm ? { confirm: true } : undefined)
    let outcome: RequestOutcome = { kind: 'error' }
    const ctrl = new AbortController()
    let timedOut = false
    const onAbort = (): void => ctrl.abort()
    req.signal?.addEventListener('abort', onAbort, { once: true })
    // Wall-clock on purpose: the network does not run on the injected (possibly fake) clock.
    // Covers reading the body too, where a stalled connection usually hangs.
    const timer = setTimeout(() => {
      timedOut = true
      ctrl.abort()
    }, timeoutMs)
    const ctx = { token, method, path: req.path, storeId: opts.storeId }
    const afterSend = (error: AppError): AppError =>
      idempotent ? error : new AppError(error.code, error.message, { ...error.details, mayHaveApplied: true })
    try {
      if (req.signal?.aborted) throw cancelled()
      const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' }
      if (payload !== undefined) headers['Content-Type'] = payload.type
      counters.requests++
      let status: number
      let text: string
      let retryAfter: string | null
      try {
        // Never follow redirects: the Authorization header would go wherever the Location says.
        const res = await fetchImpl(url, { method, headers, body: payload?.data as BodyInit | undefined, signal: ctrl.signal, redirect: 'manual' })
        status = res.status
        retryAfter = res.headers.get('retry-after')
        text = await res.text()
      } catch (e) {
        if (req.signal?.aborted && !timedOut) throw cancelled()
        const error = mapNetworkError(e, { method, path: req.path, timedOut })
        outcome = { kind: 'transient' }
        counters.transientFailures++
        if (error.code === 'OFFLINE') return { kind: 'fail', error }
        return idempotent ? { kind: 'retry', error } : { kind: 'fail', error: afterSend(error) }
      }
      if (status >= 200 && status < 300) {
        if (text.trim() === '') {
          outcome = { kind: 'ok' }
          return { kind: 'ok', value: undefined as T }
        }
        try {
          const value = JSON.parse(text) as T
          outcome = { kind: 'ok' }
          return { kind: 'ok', value }
        } catch {
          // A 2xx with a cut-off body: the connection dropped mid-answer, so treat it like one.
          outcome = { kind: 'transient' }
          counters.transientFailures++
          const error = new AppError('TRANSIENT', `Ecwid sent an incomplete answer (${method} ${req.path}). Try again in a few minutes.`, { status, method, path: req.path })
          return idempotent ? { kind: 'retry', error } : { kind: 'fail', error: afterSend(error) }
        }
      }
      if (status >= 300 && status < 400) {
        return { kind: 'fail', error: new AppError('INTERNAL', `Ecwid answered ${method} ${req.path} with a redirect, which Stockroom does not follow. Check the API address in the settings.`, { status }) }
      }
      const mapped = mapHttpError(status, text, ctx)
      if (status === 429) {
        const retryAfterMs = parseRetryAfter(retryAfter, clock.now())
        outcome = retryAfterMs === undefined ? { kind: 'rate-limited' } : { kind: 'rate-limited', retryAfterMs }
        counters.rateLimited++
        return { kind: 'rate-limited', error: mapped.error }
      }
      // Any valid token may read the profile, so a bare 403 there is a refusal, not a scope.
      const alwaysAllowed = req.confirm === true || (method === 'GET' && req.path === PROFILE_PATH)
      if (mapped.tokenRefused || (mapped.confirmToken && alwaysAllowed)) {
        outcome = { kind: 'auth-invalid' }
        return { kind: 'fail', error: mapped.tokenRefused ? mapped.error : refusedTokenError({ status, method, path: req.path }) }
      }
      if (mapped.confirmToken) {
        outcome = { kind: 'auth-suspect' }
        return { kind: 'confirm', error: mapped.error }
      }
      if (status >= 500 || status === 408) {
        outcome = { kind: 'transient' }
        counters.transientFailures++
        return idempotent ? { kind: 'retry', error: mapped.error } : { kind: 'fail', error: afterSend(mapped.error) }
      }
      return { kind: 'fail', error: mapped.error }
    } finally {
      clearTimeout(timer)
      req.signal?.removeEventListener('abort', onAbort)
      permit.done(outcome)
    }
  }

  async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
    try {
      await clock.sleep(ms, signal)
    } catch {
      throw cancelled()
    }
  }

  let confirming: Promise<AppError | null> | null = null

  /**
   * One GET /profile shared by every bare 403 waiting on it: null when the token works (so those
   * 403s were missing scopes), else why not. Ecwid documents the profile as readable with any
   * access token; it runs without the caller's signal because several callers share it.
   */
  function confirmToken(): Promise<AppError | null> {
    confirming ??= request<unknown>({ path: PROFILE_PATH, query: { responseFields: 'generalInfo(storeId)' }, confirm: true })
      .then(
        () => null,
        (e: unknown) => (isAppError(e) ? e : new AppError('INTERNAL', 'The token check failed unexpectedly.'))
      )
      .finally(() => {
        confirming = null
      })
    return confirming
  }

  async function request<T>(req: EcwidRequest): Promise<T> {
    const method = req.method ?? 'GET'
    if (!req.path.startsWith('/') || /[?#]/.test(req.path)) {
      throw new AppError('INTERNAL', `Bad Ecwid path "${req.path}": it must start with / and carry no query.`)
    }
    const url = `${apiBase}/${opts.storeId}${req.path}${buildQuery(req.query)}`
    const payload = req.bytes ? { data: req.bytes.data, type: req.bytes.contentType } : req.body === undefined ? undefined : { data: JSON.stringify(req.body), type: 'application/json' }
    const idempotent = req.idempotent ?? method !== 'POST'
    let transientRetries = 0
    let rateLimitRetries = 0
    for (;;) {
      if (req.signal?.aborted) throw cancelled()
      const result = await attempt<T>(req, url, method, payload, idempotent)
      if (result.kind === 'ok') return result.value
      if (result.kind === 'fail') throw result.error
      if (result.kind === 'confirm') throw (await confirmToken()) ?? result.error
      if (result.kind === 'rate-limited') {
        // No sleep here: the 429 outcome makes the scheduler pause every request for this token,
        // so the next acquire() waits out Retry-After.
        if (rateLimitRetries >= maxRateLimitRetries) throw result.error
        rateLimitRetries++
        counters.retries++
        continue
      }
      if (transientRetries >= maxRetries) throw result.error
      const base = Math.min(maxBackoffMs, backoffMs * 2 ** transientRetries)
      transientRetries++
      counters.retries++
      await pause(Math.round(base * (0.5 + random() / 2)), req.signal)
    }
  }

  return {
    storeId: opts.storeId,
    request,
    stats: () => ({ ...counters })
  }
}
