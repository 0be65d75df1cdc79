// The sandbox Ecwid REST API v3 server on 127.0.0.1: auth, rate limit, plan, faults and routing
// for one or more seeded stores. Plain Node (node:http); never imports electron.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { FULL_SCOPES, PUBLIC_SCOPES, READ_ONLY_SCOPES, RateLimiter, TokenRegistry, invalidToken, type TokenInfo } from './auth'
import { EcwidHttpError, notFound } from './errors'
import { Faults, type FaultConfig } from './faults'
import { parseJsonBody, readBody, readBytes, writeJson, type WriteEffects } from './http-io'
import { IMAGE_MAX_BYTES, ImageFiles, tooLarge } from './image-files'
import { dispatchRoute, errorReply, matchRoute, type ApiReply, type Route } from './router'
import { batchRoutes } from './routes/batch'
import { categoryRoutes } from './routes/categories'
import { couponRoutes } from './routes/coupons'
import { customerRoutes } from './routes/customers'
import { orderStatusRoutes } from './routes/order-statuses'
import { orderRoutes } from './routes/orders'
import { productImageRoutes } from './routes/product-images'
import { productRoutes } from './routes/products'
import { storeRoutes } from './routes/store'
import type { SeedOptions } from './seed'
import { StoreState, createStoreState, type Plan } from './state'
import { StatsCollector, type SandboxStats } from './stats'

/** Store-level routes first: "/products/deleted" must win over "/products/:id". */
const ROUTES: readonly Route[] = [...storeRoutes, ...orderStatusRoutes, ...batchRoutes, ...productImageRoutes, ...productRoutes, ...categoryRoutes, ...orderRoutes, ...couponRoutes, ...customerRoutes]

export interface SandboxTokens {
  full: string
  readOnly: string
  public: string
}

export interface SandboxOptions extends SeedOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Initial fault latency for every response. */
  latencyMs?: number
  /** More stores served by the same server, each with its own tokens. */
  extraStores?: SeedOptions[]
  /** Ecwid's documented limit is 600 requests per 60 s per token; tests shrink it. */
  rateLimit?: { limit?: number; windowMs?: number }
  /** Ecwid answers bad tokens with 403 INVALID_API_TOKEN; 401 is available for clients that expect it. */
  invalidTokenStatus?: 401 | 403
  /**
   * Processing time of one batch sub-request (one wave of up to 100 in parallel mode). A store's
   * batches run FIFO, so this is what a push of N writes costs on the server side. Default 1 ms.
   */
  batchStepMs?: number
  /** Wait between attempts of a sub-request answered 5xx; Ecwid's documented 3 s by default. */
  batchRetryMs?: number
  /** Clock (ms) for timestamps and the rate-limit window. */
  now?: () => number
}

export interface SandboxStore {
  state: StoreState
  tokens: SandboxTokens
}

export interface SandboxHandle {
  /** e.g. http://127.0.0.1:41234/api/v3 (append /{storeId}/products). */
  apiBase: string
  port: number
  storeId: number
  tokens: SandboxTokens
  /** The primary store's live data, for tests to change things "on the server". */
  state: StoreState
  stores: ReadonlyMap<number, SandboxStore>
  faults: Faults
  setFaults(partial: Partial<FaultConfig>): void
  stats(): SandboxStats
  resetStats(): void
  scopesOf(token: string): ReadonlySet<string>
  addToken(token: string, scopes: readonly string[], opts?: { storeId?: number; label?: string }): void
  revokeToken(token: string): void
  setPlan(plan: Plan, storeId?: number): void
  setRateLimit(limit: number, windowMs?: number): void
  close(): Promise<void>
}

function tokensFor(storeId: number): SandboxTokens {
  return { full: `secret_sandbox${storeId}full`, readOnly: `secret_sandbox${storeId}readonly`, public: `public_sandbox${storeId}` }
}

function tokenOf(req: IncomingMessage, url: URL): string | undefined {
  const h = req.headers.authorization
  if (h && /^bearer\s+/i.test(h)) return h.replace(/^bearer\s+/i, '').trim()
  // Real Ecwid also accepts ?token=; Stockroom's client never sends it.
  return url.searchParams.get('token') ?? undefined
}

/** Small, so tests stay fast; bench and CLI set a realistic one. */
export const DEFAULT_BATCH_STEP_MS = 1

const delay = (ms: number): Promise<void> => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve())

export async function startSandbox(opts: SandboxOptions = {}): Promise<SandboxHandle> {
  const now = opts.now ?? Date.now
  const registry = new TokenRegistry()
  const stores = new Map<number, SandboxStore>()
  for (const seed of [opts, ...(opts.extraStores ?? [])]) {
    const state = createStoreState(seed, now)
    const tokens = tokensFor(state.storeId)
    registry.add(tokens.full, state.storeId, FULL_SCOPES, 'full')
    registry.add(tokens.readOnly, state.storeId, READ_ONLY_SCOPES, 'readOnly')
    registry.add(tokens.public, state.storeId, PUBLIC_SCOPES, 'public', 'public')
    stores.set(state.storeId, { state, tokens })
  }
  const primary = [...stores.values()][0] as SandboxStore
  const limiter = new RateLimiter(opts.rateLimit?.limit ?? 600, opts.rateLimit?.windowMs ?? 60_000, now)
  const invalidStatus = opts.invalidTokenStatus ?? 403
  const faults = new Faults()
  if (opts.latencyMs) faults.set({ latencyMs: opts.latencyMs })
  const stats = new StatsCollector()
  const images = new ImageFiles()
  const services = {
    images,
    batchStepMs: opts.batchStepMs ?? DEFAULT_BATCH_STEP_MS,
    batchRetryMs: opts.batchRetryMs,
    subRequestFails: () => faults.takeSubRequestFailure()
  }

  function pathKey(method: string, path: string): string {
    const m = matchRoute(ROUTES, method, path)
    return m && 'route' in m ? `${method} ${m.route.path}` : `${method} <unmatched>`
  }

  async function handleApi(req: IncomingMessage, url: URL, timing: { delayMs: number }): Promise<ApiReply & { fx?: { malformed?: boolean; drop?: boolean } }> {
    const method = req.method ?? 'GET'
    const m = /^\/api\/v3\/([^/]+)(\/.*)?$/.exec(url.pathname)
    const storeId = Number(m?.[1])
    const path = m?.[2] ?? '/'
    const store = stores.get(storeId)
    const token = tokenOf(req, url)
    const info: TokenInfo | undefined = token === undefined ? undefined : registry.get(token)
    stats.request(pathKey(method, path), info?.label ?? 'invalid')
    if (!m || !store) throw notFound('STORE_NOT_FOUND', `Store ${m?.[1] ?? ''} not found`)
    if (!info || info.storeId !== storeId) {
      stats.invalidToken()
      throw invalidToken(invalidStatus)
    }
    const plan = faults.plan()
    // Applied when the answer leaves (see below), so the work of building it overlaps the latency.
    timing.delayMs = plan.delayMs
    if (plan.force429) throw new EcwidHttpError(429, 'RATE_LIMITED', 'Too many requests', { 'Retry-After': String(faults.config.force429RetryAfter) })
    // A batch is one request here, whatever it contains.
    const retryAfter = limiter.take(info.token)
    if (retryAfter > 0) throw new EcwidHttpError(429, 'RATE_LIMITED', 'Too many requests, rate limit exceeded', { 'Retry-After': String(retryAfter) })
    if (store.state.plan === 'free') throw new EcwidHttpError(402, 'NOT_AVAILABLE_ON_CURRENT_PLAN', 'Feature not available on current plan')
    if (store.state.plan === 'suspended') throw new EcwidHttpError(402, 'STORE_IS_SUSPENDED', `Store ${storeId} is currently suspended`)
    const matched = matchRoute(ROUTES, method, path)
    const rawRoute = matched !== undefined && 'route' in matched && matched.route.rawBody === true
    const hasBody = method === 'POST' || method === 'PUT'
    const body = rawRoute
      ? { bytes: hasBody ? await readBytes(req, IMAGE_MAX_BYTES, tooLarge) : Buffer.alloc(0), contentType: req.headers['content-type'] ?? '' }
      : parseJsonBody(hasBody ? await readBody(req) : '', req.headers['content-type'])
    if (plan.error) throw new EcwidHttpError(500, 'INTERNAL_ERROR', 'Internal server error (injected)')
    const query = new URLSearchParams(url.search)
    query.delete('token')
    const dispatch = (subMethod: string, subPath: string, subBody: unknown): Promise<ApiReply> => {
      stats.batchSub()
      const u = new URL(subPath, 'http://sandbox.local')
      return dispatchRoute(ROUTES, { state: store.state, auth: info, dispatch, services }, subMethod, u.pathname, u.searchParams, subBody)
    }
    const reply = await dispatchRoute(ROUTES, { state: store.state, auth: info, dispatch, services }, method, path, query, body)
    if (plan.truncate && reply.status === 200 && reply.page) truncatePage(reply.body)
    return { ...reply, fx: { malformed: plan.malformed && reply.status === 200, drop: plan.drop } }
  }

  const server = createServer((req, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname.startsWith('/images/')) {
      // Uploaded images, public like Ecwid's CDN (no token).
      const file = images.get(url.pathname)
      if (!file) res.writeHead(404).end()
      else res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': String(file.bytes.length) }).end(req.method === 'HEAD' ? undefined : file.bytes)
      return
    }
    const arrived = performance.now()
    const timing = { delayMs: 0 }
    handleApi(req, url, timing)
      .catch((e: unknown) => errorReply(e))
      .then(async (reply: ApiReply & { fx?: { malformed?: boolean; drop?: boolean } }) => {
        // Latency is when the answer arrives, as seen from the client: Ecwid builds answers on many
        // machines at once, while this one process would otherwise add its CPU time to every reply.
        await delay(timing.delayMs - (performance.now() - arrived))
        stats.status(reply.status)
        const shaped = shapeByFaults(reply, faults.config)
        writeJson(res, shaped.status, shaped.body, shaped.headers, shaped.fx)
      })
      .catch(() => res.destroy())
  })
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  images.origin = `http://127.0.0.1:${port}`

  const storeOrThrow = (storeId: number): SandboxStore => {
    const s = stores.get(storeId)
    if (!s) throw new Error(`sandbox has no store ${storeId}`)
    return s
  }

  return {
    apiBase: `http://127.0.0.1:${port}/api/v3`,
    port,
    storeId: primary.state.storeId,
    tokens: primary.tokens,
    state: primary.state,
    stores,
    faults,
    setFaults: (partial) => faults.set(partial),
    stats: () => stats.snapshot(faults.counts),
    resetStats: () => stats.reset(),
    scopesOf: (token) => registry.get(token)?.scopes ?? new Set<string>(),
    addToken: (token, scopes, o) => void registry.add(token, o?.storeId ?? primary.state.storeId, scopes, o?.label ?? 'custom'),
    revokeToken: (token) => void registry.revoke(token),
    setPlan: (plan, storeId) => {
      storeOrThrow(storeId ?? primary.state.storeId).state.plan = plan
    },
    setRateLimit: (limit, windowMs) => {
      limiter.limit = limit
      if (windowMs !== undefined) limiter.windowMs = windowMs
      limiter.reset()
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

type WireReply = ApiReply & { fx?: WriteEffects }

/** Faults that change how an answer looks, not what it says: a 403 without body, a 429 without Retry-After. */
function shapeByFaults(reply: WireReply, cfg: Readonly<FaultConfig>): WireReply {
  if (reply.status === 403 && cfg.bare403) return { ...reply, fx: { ...reply.fx, empty: true } }
  if (reply.status === 429 && cfg.omitRetryAfter && reply.headers) {
    const headers = Object.fromEntries(Object.entries(reply.headers).filter(([k]) => k.toLowerCase() !== 'retry-after'))
    return { ...reply, headers }
  }
  return reply
}

/** Fault: a short page. count says how many came back; total is untouched, so clients must not skip. */
function truncatePage(body: unknown): void {
  if (body === null || typeof body !== 'object') return
  const b = body as { items?: unknown[]; count?: number }
  if (!Array.isArray(b.items) || b.items.length < 2) return
  b.items = b.items.slice(0, Math.ceil(b.items.length / 2))
  if (typeof b.count === 'number') b.count = b.items.length
}
