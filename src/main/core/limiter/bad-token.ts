// Token health for one scheduler: "probe first" until a request succeeds, stop after the first refusal.
// Never sees, stores or logs the token itself; no electron import.

import { AppError } from '@shared/errors'

/**
 * Ecwid permanently blocks a refused token together with the IP after 20 requests/minute, so a bad
 * token must cost as few requests as possible. Until one request of the current token generation has
 * come back ok, only one request may be in flight; after the first refusal nothing more is sent.
 * `generation` moves on at reset() so answers to requests sent with the old token cannot block or
 * vouch for the new one.
 */
export class TokenHealth {
  private blockedNow = false
  private suspectNow = false
  private proven = false
  private gen = 0

  get blocked(): boolean {
    return this.blockedNow
  }

  /** A bare 403 came back: only the confirming request may start until it answers. */
  get suspect(): boolean {
    return this.suspectNow
  }

  get generation(): number {
    return this.gen
  }

  /** In-flight cap right now: the caller's concurrency once the token is proven, else 1. */
  inFlightCap(concurrency: number): number {
    return this.proven ? concurrency : 1
  }

  /** Only 'ok' proves the token: 'error' might be our bug, 'transient' might be the network. */
  ok(generation: number): void {
    if (generation === this.gen) this.proven = true
  }

  suspected(generation: number): void {
    if (generation === this.gen && !this.blockedNow) this.suspectNow = true
  }

  /** The confirming request ended (whatever its outcome): normal flow, or the block it caused. */
  confirmed(): void {
    this.suspectNow = false
  }

  /** Returns true when this refusal newly blocks the scheduler. */
  refused(generation: number): boolean {
    if (generation !== this.gen || this.blockedNow) return false
    this.blockedNow = true
    return true
  }

  reset(): void {
    this.blockedNow = false
    this.suspectNow = false
    this.proven = false
    this.gen++
  }
}

export function authInvalidError(): AppError {
  return new AppError(
    'AUTH_INVALID',
    'Ecwid refused the API token for this store (it is wrong, expired or revoked). No more requests ' +
      'will be sent with it: replace the token in the store settings to continue.'
  )
}
