// Sandbox access control: tokens -> store + scopes, and Ecwid's per-token rate limit (600 requests
// per 60 s sliding window by default). Never logs or returns token values.

import type { EcwidScope } from '../../shared/model/scopes'
import { ECWID_SCOPES } from '../../shared/model/scopes'
import { EcwidHttpError } from './errors'

export type TokenKind = 'secret' | 'public'

export interface TokenInfo {
  token: string
  storeId: number
  kind: TokenKind
  scopes: ReadonlySet<string>
  /** Name used in stats ("full", "readOnly", "public" or a caller's label). */
  label: string
}

export const FULL_SCOPES: readonly EcwidScope[] = ECWID_SCOPES
export const READ_ONLY_SCOPES: readonly EcwidScope[] = ECWID_SCOPES.filter((s) => s.startsWith('read_'))
export const PUBLIC_SCOPES: readonly EcwidScope[] = ['public_storefront']

export class TokenRegistry {
  private readonly tokens = new Map<string, TokenInfo>()

  add(token: string, storeId: number, scopes: readonly string[], label: string, kind: TokenKind = token.startsWith('public_') ? 'public' : 'secret'): TokenInfo {
    const info: TokenInfo = { token, storeId, kind, scopes: new Set(scopes), label }
    this.tokens.set(token, info)
    return info
  }

  revoke(token: string): boolean {
    return this.tokens.delete(token)
  }

  get(token: string): TokenInfo | undefined {
    return this.tokens.get(token)
  }
}

/** Ecwid answers a bad token with 403 INVALID_API_TOKEN (docs: REST API error codes). */
export function invalidToken(status: 401 | 403): EcwidHttpError {
  return new EcwidHttpError(status, 'INVALID_API_TOKEN', 'Invalid access token in the request')
}

export function missingScope(scope: string): EcwidHttpError {
  return new EcwidHttpError(403, 'INSUFFICIENT_APP_SCOPE', `Application doesn't have a required scope for the request: ${scope}`)
}

/** Sliding-window log per token: a request is allowed when fewer than `limit` were allowed in the last window. */
export class RateLimiter {
  private readonly log = new Map<string, number[]>()

  constructor(
    public limit: number,
    public windowMs: number,
    private readonly now: () => number
  ) {}

  /** Records the request and returns 0, or returns the Retry-After seconds when over the limit. */
  take(key: string): number {
    const t = this.now()
    let times = this.log.get(key)
    if (!times) {
      times = []
      this.log.set(key, times)
    }
    let drop = 0
    while (drop < times.length && (times[drop] as number) <= t - this.windowMs) drop++
    if (drop > 0) times.splice(0, drop)
    if (times.length >= this.limit) {
      const oldest = times[0] as number
      return Math.max(1, Math.ceil((oldest + this.windowMs - t) / 1000))
    }
    times.push(t)
    return 0
  }

  /** Requests counted in the current window for this key. */
  used(key: string): number {
    const t = this.now()
    return (this.log.get(key) ?? []).filter((x) => x > t - this.windowMs).length
  }

  reset(): void {
    this.log.clear()
  }
}
