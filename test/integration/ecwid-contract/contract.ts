// The Ecwid contract: behaviours Ecwid documents, one row each with the page it comes from, run
// against the sandbox (so it cannot drift from the docs) and, when configured, a real test store.
// A row talks HTTP only through ContractCtx, so the same row runs against either target.

export interface Reply {
  status: number
  headers: Headers
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  body: unknown
}

export interface CallOptions {
  /** Another token than the target's own (a bad one, or one from `tokenWith`). */
  token?: string
  query?: Record<string, string | number | boolean>
}

export interface ContractCtx {
  target: 'sandbox' | 'live'
  /** Path relative to /api/v3/{storeId}, e.g. "/products". */
  get(path: string, opts?: CallOptions): Promise<Reply>
  put(path: string, body: unknown, opts?: CallOptions): Promise<Reply>
  post(path: string, body: unknown, opts?: CallOptions): Promise<Reply>
  del(path: string, opts?: CallOptions): Promise<Reply>
  /** A token Ecwid does not know. */
  badToken: string
  /** A token of this store with exactly these scopes, or null where the target cannot make one. */
  tokenWith(scopes: readonly string[]): string | null
  /** Runs once the row is done, pass or fail: a write row removes what it made here. */
  cleanup(fn: () => Promise<unknown>): void
  /** Ends the row as skipped, saying why. */
  skip(reason: string): never
}

export interface ContractRow {
  /** Stable id, "resource.behaviour". */
  id: string
  /** The Ecwid page that documents the behaviour. */
  doc: string
  /** write rows change the store: on a live store they run only with STOCKROOM_LIVE_WRITES=1. */
  kind: 'read' | 'write'
  /** Set when the row cannot run on a live store, with the reason (e.g. it would block the token). */
  sandboxOnly?: string
  run(ctx: ContractCtx): Promise<void>
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The body as an object; a row's expectation fails with the status when it is not one. */
export function obj(r: Reply): Record<string, unknown> {
  if (!isRecord(r.body)) throw new Error(`expected a JSON object, got HTTP ${r.status}: ${JSON.stringify(r.body)}`)
  return r.body
}

/** Items of a search result envelope. */
export function items(r: Reply): Record<string, unknown>[] {
  const list = obj(r).items
  if (!Array.isArray(list)) throw new Error(`expected items[], got ${JSON.stringify(r.body)}`)
  return list.filter(isRecord)
}

/** A name no real store has, so a write row's entities are easy to spot and remove. */
export const marker = (what: string): string => `stockroom-contract-${what}-${Date.now().toString(36)}`
