// Request counters of the sandbox server, exposed to tests and benchmarks: totals, per route
// template, per status, per token label, rate-limit violations, invalid-token attempts, faults.

import type { FaultKind } from './faults'

export interface SandboxStats {
  /** Every HTTP request received (batch sub-requests excluded). */
  requests: number
  /** "GET /products/:id" -> count. Unknown paths are counted under "GET <unmatched>". */
  byPath: Record<string, number>
  byStatus: Record<string, number>
  /** By token label ("full", "readOnly", "public", custom labels; "invalid" for unknown tokens). */
  byToken: Record<string, number>
  /** 429 responses served (real limit and forced), i.e. rate-limit violations. */
  rateLimited: number
  /** Requests with a missing, unknown or revoked token. */
  invalidToken: number
  /** Sub-requests executed by the batch API (they do not count against the rate limit). */
  batchSubRequests: number
  faults: Record<FaultKind, number>
}

export class StatsCollector {
  private s: SandboxStats = StatsCollector.empty()

  static empty(): SandboxStats {
    return { requests: 0, byPath: {}, byStatus: {}, byToken: {}, rateLimited: 0, invalidToken: 0, batchSubRequests: 0, faults: { error: 0, drop: 0, force429: 0, stall: 0, malformed: 0, truncate: 0 } }
  }

  request(pathKey: string, tokenLabel: string): void {
    this.s.requests++
    this.s.byPath[pathKey] = (this.s.byPath[pathKey] ?? 0) + 1
    this.s.byToken[tokenLabel] = (this.s.byToken[tokenLabel] ?? 0) + 1
  }

  status(code: number): void {
    this.s.byStatus[code] = (this.s.byStatus[code] ?? 0) + 1
    if (code === 429) this.s.rateLimited++
  }

  invalidToken(): void {
    this.s.invalidToken++
  }

  batchSub(): void {
    this.s.batchSubRequests++
  }

  snapshot(faults: Record<FaultKind, number>): SandboxStats {
    return structuredClone({ ...this.s, faults: { ...faults } })
  }

  reset(): void {
    this.s = StatsCollector.empty()
  }
}
