// The two targets of the contract suite: a sandbox started for the run, or a real test store from
// STOCKROOM_LIVE_STORE / STOCKROOM_LIVE_TOKEN (STOCKROOM_LIVE_API overrides the API base).
import { randomUUID } from 'node:crypto'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import type { CallOptions, ContractCtx, Reply } from './contract'

export interface Target {
  name: 'sandbox' | 'live'
  writes: boolean
  ctx(skip: (reason: string) => never): { ctx: ContractCtx; done(): Promise<void> }
  close(): Promise<void>
}

export const ECWID_API = 'https://app.ecwid.com/api/v3'

async function call(base: string, token: string, method: string, path: string, body: unknown, opts: CallOptions = {}): Promise<Reply> {
  const url = new URL(base + path)
  for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, String(v))
  const headers: Record<string, string> = { Authorization: `Bearer ${opts.token ?? token}` }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await res.text()
  let parsed: unknown
  try {
    parsed = text === '' ? undefined : JSON.parse(text)
  } catch {
    parsed = undefined
  }
  return { status: res.status, headers: res.headers, body: parsed }
}

function makeCtx(target: 'sandbox' | 'live', base: string, token: string, tokenWith: ContractCtx['tokenWith'], skip: (reason: string) => never) {
  const cleanups: (() => Promise<unknown>)[] = []
  const ctx: ContractCtx = {
    target,
    get: (path, opts) => call(base, token, 'GET', path, undefined, opts),
    put: (path, body, opts) => call(base, token, 'PUT', path, body, opts),
    post: (path, body, opts) => call(base, token, 'POST', path, body, opts),
    del: (path, opts) => call(base, token, 'DELETE', path, undefined, opts),
    badToken: `secret_${randomUUID().replace(/-/g, '')}`,
    tokenWith,
    cleanup: (fn) => void cleanups.push(fn),
    skip
  }
  return {
    ctx,
    async done() {
      for (const fn of cleanups.reverse()) await fn().catch(() => undefined)
    }
  }
}

export async function sandboxTarget(): Promise<Target> {
  const sb: SandboxHandle = await startSandbox({ products: 250, orders: 30, customers: 20, coupons: 130, rateLimit: { limit: 600 } })
  const base = `${sb.apiBase}/${sb.storeId}`
  const tokenWith = (scopes: readonly string[]): string => {
    const token = `secret_contract_${randomUUID().replace(/-/g, '')}`
    sb.addToken(token, scopes, { label: 'contract' })
    return token
  }
  return { name: 'sandbox', writes: true, ctx: (skip) => makeCtx('sandbox', base, sb.tokens.full, tokenWith, skip), close: () => sb.close() }
}

/** Null when the live store is not configured. */
export function liveTarget(env: NodeJS.ProcessEnv = process.env): Target | null {
  const store = env.STOCKROOM_LIVE_STORE
  const token = env.STOCKROOM_LIVE_TOKEN
  if (!store || !token) return null
  const base = `${env.STOCKROOM_LIVE_API ?? ECWID_API}/${store}`
  // One token only: rows that need a token with other scopes skip on a live store.
  return { name: 'live', writes: env.STOCKROOM_LIVE_WRITES === '1', ctx: (skip) => makeCtx('live', base, token, () => null, skip), close: async () => {} }
}
