// Shared setup for the Ecwid client integration tests: a sandbox server plus createEcwidApi wired
// to the real scheduler, with a fetch spy so tests can count requests or change the store mid-walk.

import { createEcwidApi, type EcwidApi, type EcwidClientOptions } from '../../../src/main/core/ecwid'
import { createScheduler, type ManagedScheduler, type SchedulerOptions } from '../../../src/main/core/limiter/scheduler'
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../../src/main/sandbox/server'

export interface Connected {
  sb: SandboxHandle
  api: EcwidApi
  scheduler: ManagedScheduler
  /** Every URL the client fetched, in order (never contains the token: asserted by tests). */
  urls: string[]
}

export interface ConnectOptions {
  sandbox?: SandboxOptions
  token?: (sb: SandboxHandle) => string
  scheduler?: SchedulerOptions
  client?: Partial<EcwidClientOptions>
  /** Runs after each answer, before the client reads it: lets a test change the store between pages. */
  afterResponse?: (sb: SandboxHandle, url: URL, method: string) => void
  /** Rewrites the request init (e.g. a wrong content-type to provoke a 415). */
  rewrite?: (init: RequestInit) => RequestInit
}

/** Fast 429 back-off for tests; the real scheduler otherwise starts at 2 s. */
export const FAST_BACKOFF: SchedulerOptions = { backoff: { baseMs: 20, maxMs: 200, jitter: 0 } }

export async function connect(opts: ConnectOptions = {}): Promise<Connected> {
  const sb = await startSandbox({ products: 300, orders: 200, customers: 150, coupons: 120, ...opts.sandbox })
  const scheduler = createScheduler({ ...FAST_BACKOFF, ...opts.scheduler })
  const urls: string[] = []
  const spy = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input))
    urls.push(url.href)
    const res = await fetch(input, opts.rewrite && init ? opts.rewrite(init) : init)
    opts.afterResponse?.(sb, url, init?.method ?? 'GET')
    return res
  }
  const api = createEcwidApi({
    apiBase: sb.apiBase,
    storeId: sb.storeId,
    getToken: async () => (opts.token ? opts.token(sb) : sb.tokens.full),
    scheduler,
    fetch: spy as typeof fetch,
    maxRetries: 5,
    ...opts.client
  })
  return { sb, api, scheduler, urls }
}

export async function disconnect(c: Connected | undefined): Promise<void> {
  if (!c) return
  c.scheduler.dispose()
  await c.sb.close()
}

export const PRODUCT_ID_BASE = 700_000_000
