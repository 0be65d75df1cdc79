// Maps Ecwid HTTP answers and fetch failures to AppError codes with messages that say what to do.
// Pure functions, no electron import; every server-echoed text is redacted so a token never leaks.

import { AppError, type ErrorCode } from '@shared/errors'
import { ECWID_SCOPES } from '@shared/model'

/** What an HTTP answer means to the scheduler; AppError carries the user-facing side. */
export interface MappedHttpError {
  error: AppError
  /** True when the token itself was refused: the scheduler must stop sending with it. */
  tokenRefused: boolean
  /**
   * A 403 that names neither a bad token nor a scope. Ecwid answers both with 403 and its error body
   * is optional, so one request any valid token may make (GET /profile) must tell them apart; until
   * then `error` is the missing-scope reading, `refusedError()` the other one.
   */
  confirmToken?: boolean
}

export interface HttpErrorContext {
  /** The token of the request, redacted from anything we echo. Never stored in the error. */
  token?: string
  method?: string
  /** Path relative to the store root, without the query string. */
  path?: string
  storeId?: number
}

const REPLACE_TOKEN = 'Replace it in Stores (connect the store again with the new token, or run “stockroom store add”)'
const MAX_ECHO = 300

/** Ecwid's documented error body is `{errorMessage, errorCode?}`; any other body yields {}. */
export function parseErrorBody(body: unknown): { message?: string; code?: string } {
  let value = body
  if (typeof value === 'string') {
    const text = value.trim()
    if (!text.startsWith('{')) return text ? { message: text } : {}
    try {
      value = JSON.parse(text)
    } catch {
      return { message: text }
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  const record = value as Record<string, unknown>
  const out: { message?: string; code?: string } = {}
  if (typeof record.errorMessage === 'string' && record.errorMessage) out.message = record.errorMessage
  if (typeof record.errorCode === 'string' && record.errorCode) out.code = record.errorCode
  return out
}

/**
 * Removes anything that looks like a credential from text we did not write: the request's own token,
 * Ecwid token shapes (secret_…, public_…) and Authorization values. Also strips control characters
 * and caps the length, because server text ends up in the UI and in logs.
 */
export function redact(text: string, token?: string): string {
  let out = text
  if (token && token.length >= 4) out = out.split(token).join('[redacted]')
  out = out
    .replace(/\b(secret|public)_[A-Za-z0-9_-]+/g, '$1_[redacted]')
    .replace(/\b(Bearer)\s+[^\s"',;]+/gi, '$1 [redacted]')
    .replace(/([?&](?:token|access_token)=)[^&\s"']+/gi, '$1[redacted]')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim()
  return out.length > MAX_ECHO ? `${out.slice(0, MAX_ECHO)}…` : out
}

const SCOPE_SET = new Set<string>(ECWID_SCOPES)

/**
 * Finds the scope Ecwid says is missing. Ecwid's wording is not documented, so we accept any known
 * scope name in the message, then any snake_case word that follows "scope".
 */
export function parseScope(message: string | undefined): string | undefined {
  if (!message) return undefined
  for (const word of message.match(/[a-z][a-z0-9]*(?:_[a-z0-9]+)+/g) ?? []) {
    if (SCOPE_SET.has(word)) return word
  }
  const after = /scopes?\W{0,4}([a-z][a-z0-9]*(?:_[a-z0-9]+)+)/i.exec(message)
  return after?.[1]?.toLowerCase()
}

/** Does this 403 say "missing scope" rather than "bad token"? */
function isScopeProblem(code: string | undefined, message: string | undefined): boolean {
  if (code === 'INSUFFICIENT_APP_SCOPE') return true
  if (code === 'INVALID_API_TOKEN') return false
  return !!message && /scope/i.test(message)
}

function what(ctx: HttpErrorContext): string {
  return ctx.method && ctx.path ? ` (${ctx.method} ${ctx.path})` : ''
}

function make(code: ErrorCode, message: string, details: Record<string, unknown>, tokenRefused = false): MappedHttpError {
  return { error: new AppError(code, message, details), tokenRefused }
}

const REFUSED = `The token was refused by Ecwid. ${REPLACE_TOKEN}; requests for this store are paused until then.`

/** The error for a refused token, e.g. once GET /profile confirmed a bare 403 was one. */
export function refusedTokenError(details: Record<string, unknown> = {}): AppError {
  return new AppError('AUTH_INVALID', REFUSED, details)
}

/** Path segment → the area part of Ecwid's scope names (read_catalog, update_orders, …). */
const SCOPE_AREAS: Record<string, string> = {
  products: 'catalog', categories: 'catalog', orders: 'orders', discount_coupons: 'discount_coupons',
  customers: 'customers', profile: 'store_profile', 'latest-stats': 'store_profile', order_statuses: 'orders'
}

/**
 * The scope a request most likely needs, for a 403 that does not say: deleted-items history and
 * latest-stats need read_store_profile; otherwise GET reads, POST creates, PUT and DELETE update.
 */
export function likelyScope(method: string | undefined, path: string | undefined): string | undefined {
  const parts = (path ?? '').split('/').filter((p) => p !== '')
  if (parts[parts.length - 1] === 'deleted') return 'read_store_profile'
  const area = SCOPE_AREAS[parts[0] ?? '']
  if (!area) return undefined
  const verb = method === 'POST' && parts.length === 1 ? 'create' : method === 'GET' || method === undefined ? 'read' : 'update'
  return `${verb}_${area}`
}

/**
 * Status + body → AppError. `body` may be the parsed JSON, the raw text or undefined. The caller
 * decides retries; this only names the failure and what the user should do about it.
 */
export function mapHttpError(status: number, body: unknown, ctx: HttpErrorContext = {}): MappedHttpError {
  const parsed = parseErrorBody(body)
  const echoed = parsed.message ? redact(parsed.message, ctx.token) : undefined
  const details: Record<string, unknown> = { status }
  if (parsed.code) details.ecwidCode = parsed.code
  if (echoed) details.ecwidMessage = echoed
  if (ctx.method) details.method = ctx.method
  if (ctx.path) details.path = ctx.path
  const said = echoed ? `: ${echoed}` : ''
  const where = what(ctx)

  if (status === 400 || status === 422) {
    return make('VALIDATION', `Ecwid rejected the values sent${where}${said}. Correct them and try again.`, details)
  }
  if (status === 401) return { error: refusedTokenError(details), tokenRefused: true }
  if (status === 403) {
    const bare = parsed.code === undefined && !isScopeProblem(parsed.code, parsed.message)
    if (bare || isScopeProblem(parsed.code, parsed.message)) {
      const scope = parseScope(parsed.message) ?? (bare ? likelyScope(ctx.method, ctx.path) : undefined)
      if (scope) details.scope = scope
      const need = scope ? `the “${scope}” access scope` : 'an access scope'
      const add = scope ? `Add ${scope} to your Ecwid app's access scopes` : 'Add the missing scope to your Ecwid app'
      // A bare 403 does not name its scope: say it is our best guess from the request.
      const lacks = bare ? `Ecwid refused this${where} although the token works: it most likely lacks ${need}` : `The token works but lacks ${need} needed for this${where}`
      const mapped = make('SCOPE_MISSING', `${lacks}. ${add}. Replace the token in Stores with the new one (connect the store again, or run “stockroom store add”).`, details)
      return bare ? { ...mapped, confirmToken: true } : mapped
    }
    return { error: refusedTokenError(details), tokenRefused: true }
  }
  if (status === 402) {
    if (parsed.code === 'STORE_IS_SUSPENDED') {
      return make('PLAN_REQUIRED', `The Ecwid store is suspended${said}. Resolve it in the Ecwid admin, then retry.`, details)
    }
    return make('PLAN_REQUIRED', `This store's Ecwid plan does not include this${where}${said}. The API needs a paid plan: upgrade in the Ecwid admin, then retry.`, details)
  }
  if (status === 404) {
    if (parsed.code === 'STORE_NOT_FOUND') {
      return make('NOT_FOUND', `Ecwid has no store ${ctx.storeId ?? ''}`.trimEnd() + '. Check the store id: it is in the footer of the Ecwid control panel.', details)
    }
    return make('NOT_FOUND', `Ecwid could not find it${where}${said}. It may have been deleted: sync the store to refresh the local copy.`, details)
  }
  if (status === 409) {
    return make('CONFLICT', `Ecwid refused the change because it clashes with existing data${where}${said}. Change the clashing value (e.g. a duplicate SKU) and retry.`, details)
  }
  if (status === 415) {
    return make('UNSUPPORTED_MEDIA', `Ecwid did not accept the request format${where}. This is a Stockroom bug: please report it.`, details)
  }
  if (status === 429) {
    return make('RATE_LIMITED', `Ecwid's rate limit (600 requests a minute) kept being hit${where}. Wait a minute and retry; Stockroom slows down by itself.`, details)
  }
  if (status === 408 || status >= 500) {
    return make('TRANSIENT', `Ecwid had a temporary problem (HTTP ${status})${where}. Try again in a few minutes.`, details)
  }
  if (status === 405) {
    return make('INTERNAL', `Ecwid does not support this request${where}. This is a Stockroom bug: please report it.`, details)
  }
  return make('VALIDATION', `Ecwid refused the request (HTTP ${status})${where}${said}. Check the values and try again.`, details)
}

const OFFLINE_CODES = new Set(['ENOTFOUND', 'ECONNREFUSED', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN'])

/** Collects `code` values along an error's cause chain (undici wraps the socket error in `cause`). */
export function networkErrorCodes(e: unknown): string[] {
  const codes: string[] = []
  const seen = new Set<unknown>()
  const visit = (value: unknown, depth: number): void => {
    if (depth > 5 || typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    const record = value as { code?: unknown; cause?: unknown; errors?: unknown }
    if (typeof record.code === 'string') codes.push(record.code)
    visit(record.cause, depth + 1)
    if (Array.isArray(record.errors)) for (const inner of record.errors) visit(inner, depth + 1)
  }
  visit(e, 0)
  return codes
}

/**
 * A fetch that failed without an HTTP answer: OFFLINE when the host cannot be reached at all
 * (DNS failure, refused, no route), TRANSIENT for a dropped or timed-out connection.
 */
export function mapNetworkError(e: unknown, ctx: HttpErrorContext & { timedOut?: boolean } = {}): AppError {
  const codes = networkErrorCodes(e)
  const details: Record<string, unknown> = {}
  if (codes.length > 0) details.networkCode = codes[codes.length - 1]
  if (ctx.method) details.method = ctx.method
  if (ctx.path) details.path = ctx.path
  if (codes.some((c) => OFFLINE_CODES.has(c))) {
    return new AppError('OFFLINE', 'Ecwid cannot be reached. Check the internet connection; Stockroom keeps working offline and retries later.', details)
  }
  if (ctx.timedOut) details.timedOut = true
  const why = ctx.timedOut ? 'did not answer in time' : 'dropped the connection'
  return new AppError('TRANSIENT', `Ecwid ${why}${what(ctx)}. Try again in a few minutes.`, details)
}
