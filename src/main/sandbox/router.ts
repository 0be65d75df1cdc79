// Route table and transport-free dispatch for the sandbox API: path matching, scope checks, handler
// call, responseFields. Used by the HTTP server and, for sub-requests, by the batch executor.

import type { TokenInfo } from './auth'
import { missingScope } from './auth'
import { EcwidHttpError, notFound } from './errors'
import { applyResponseFields, parseResponseFields } from './response-fields'
import type { StoreState } from './state'

export interface RouteContext {
  state: StoreState
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  auth: TokenInfo
  /** Runs one sub-request as the same token (batch executor). */
  dispatch: (method: string, path: string, body: unknown) => Promise<ApiReply>
  services: Record<string, unknown>
}

export interface RouteReply {
  status?: number
  body: unknown
  /** List endpoints: the fault layer may cut the page short. */
  page?: boolean
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  /** Required scope; null means any valid token. */
  scope: string | null
  /** Also allowed for public tokens (public_storefront): public catalog and profile data. */
  publicOk?: boolean
  /** The body is passed as bytes ({bytes, contentType}), not parsed as JSON: image uploads. */
  rawBody?: boolean
  handler: (ctx: RouteContext) => RouteReply | Promise<RouteReply>
}

export interface ApiReply {
  status: number
  body: unknown
  headers?: Record<string, string>
  page?: boolean
}

/** Template name (products, orders/{id}, ...) used for per-path statistics. */
export function matchRoute(routes: readonly Route[], method: string, path: string): { route: Route; params: Record<string, string> } | { allowed: string[] } | undefined {
  const parts = path.split('/').filter((p) => p !== '')
  const allowed: string[] = []
  for (const route of routes) {
    const tpl = route.path.split('/').filter((p) => p !== '')
    if (tpl.length !== parts.length) continue
    const params: Record<string, string> = {}
    let ok = true
    for (let k = 0; k < tpl.length && ok; k++) {
      const t = tpl[k] as string
      const p = decodeURIComponent(parts[k] as string)
      if (t.startsWith(':')) params[t.slice(1)] = p
      else ok = t === p
    }
    if (!ok) continue
    if (route.method === method) return { route, params }
    allowed.push(route.method)
  }
  return allowed.length > 0 ? { allowed } : undefined
}

export function hasScope(auth: TokenInfo, route: Route): boolean {
  if (route.scope === null) return true
  if (auth.scopes.has(route.scope)) return true
  return route.publicOk === true && auth.scopes.has('public_storefront')
}

export function errorReply(e: unknown): ApiReply {
  if (e instanceof EcwidHttpError) return { status: e.status, body: e.body, headers: e.headers }
  const message = e instanceof Error ? e.message : String(e)
  return { status: 500, body: { errorMessage: `Internal error: ${message}`, errorCode: 'INTERNAL_ERROR' } }
}

export async function dispatchRoute(
  routes: readonly Route[],
  base: Omit<RouteContext, 'params' | 'query' | 'body'>,
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown
): Promise<ApiReply> {
  try {
    const m = matchRoute(routes, method, path)
    if (!m) throw notFound('NOT_FOUND', `Resource not found: ${path}`)
    if ('allowed' in m) {
      throw new EcwidHttpError(405, 'METHOD_NOT_ALLOWED', `HTTP method ${method} is not supported for ${path}`, { Allow: m.allowed.join(', ') })
    }
    if (!hasScope(base.auth, m.route)) throw missingScope(m.route.scope ?? '')
    const fields = query.get('responseFields')
    const tree = fields ? parseResponseFields(fields) : undefined
    const reply = await m.route.handler({ ...base, params: m.params, query, body })
    const out = tree ? applyResponseFields(reply.body, tree) : reply.body
    return { status: reply.status ?? 200, body: out, page: reply.page }
  } catch (e) {
    return errorReply(e)
  }
}
