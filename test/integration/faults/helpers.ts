// Shared setup for fault tests: a sandbox store, the real client with short timeouts and back-offs
// (so stalls and storms stay fast), a local database, and comparisons of local data with the server.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isAppError } from '@shared/errors'
import { createEcwidApi, type EcwidApi } from '../../../src/main/core/ecwid'
import type { EcwidClientOptions } from '../../../src/main/core/ecwid/client'
import { createScheduler, type ManagedScheduler } from '../../../src/main/core/limiter/scheduler'
import { openDb, type Db } from '../../../src/main/core/store/db'
import { runSync, type SyncResult } from '../../../src/main/core/sync/sync-engine'
import type { FaultConfig } from '../../../src/main/sandbox/faults'
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../../src/main/sandbox/server'

export const FAST_CLIENT: Partial<EcwidClientOptions> = { timeoutMs: 400, backoffMs: 5, maxBackoffMs: 40, maxRetries: 6, maxRateLimitRetries: 6, random: () => 0.5 }

export interface FaultFixture {
  sb: SandboxHandle
  api: EcwidApi
  scheduler: ManagedScheduler
  dir: string
  db: Db
  faults(partial: Partial<FaultConfig>): void
  sync(): Promise<SyncResult>
  close(): Promise<void>
}

export async function faultFixture(sandbox: SandboxOptions = {}, client: Partial<EcwidClientOptions> = {}): Promise<FaultFixture> {
  const sb = await startSandbox({ products: 250, orders: 300, customers: 60, coupons: 30, ...sandbox })
  const scheduler = createScheduler({ backoff: { baseMs: 5, maxMs: 50, jitter: 0 } })
  const api = createEcwidApi({ apiBase: sb.apiBase, storeId: sb.storeId, getToken: async () => sb.tokens.full, scheduler, ...FAST_CLIENT, ...client })
  const dir = mkdtempSync(join(tmpdir(), 'stockroom-faults-'))
  const db = openDb(dir)
  return {
    sb, api, scheduler, dir, db,
    faults: (partial) => sb.setFaults(partial),
    sync: () => runSync({ api, db, limiter: () => scheduler.stats() }, {}),
    async close() {
      db.close()
      scheduler.dispose()
      sb.setFaults({ stallRate: 0, stallMs: 0 })
      await sb.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Live entity counts on the server and in the local copy. */
export function counts(f: FaultFixture): { server: Record<string, number>; local: Record<string, number> } {
  const s = f.sb.state
  const server = { products: s.products.liveCount, orders: s.orders.liveCount, coupons: s.coupons.liveCount, customers: s.customers.liveCount, categories: s.categories.liveCount }
  const local = Object.fromEntries(Object.keys(server).map((t) => [t, f.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${t}`)?.n ?? -1]))
  return { server, local }
}

/** A spread of entities compared field by field: what the server has is what the local copy has. */
export function sampleMismatches(f: FaultFixture, every = 17): string[] {
  const bad: string[] = []
  const s = f.sb.state
  for (let i = 0; i < s.products.size; i += every) {
    const p = s.products.get(i)
    if (!p || !s.products.isLive(i)) continue
    const row = f.db.get<{ name: string; sku: string; price: number }>('SELECT name, sku, price FROM products WHERE id = ?', [p.id])
    if (!row || row.name !== p.name || row.sku !== p.sku || row.price !== p.price) bad.push(`product ${p.id}`)
  }
  for (let i = 0; i < s.orders.size; i += every) {
    const o = s.orders.get(i)
    if (!o || !s.orders.isLive(i)) continue
    const row = f.db.get<{ n: number }>('SELECT order_number AS n FROM orders WHERE id = ?', [String(o.id)])
    if (!row || row.n !== o.orderNumber) bad.push(`order ${o.id}`)
  }
  for (let i = 0; i < s.coupons.size; i += 3) {
    const c = s.coupons.get(i)
    if (!c || !s.coupons.isLive(i)) continue
    const row = f.db.get<{ code: string }>('SELECT code FROM coupons WHERE id = ?', [c.id])
    if (!row || row.code !== c.code) bad.push(`coupon ${c.id}`)
  }
  return bad
}

/**
 * Syncs until one succeeds (at most `attempts`). Every failure must carry a clear, coded error;
 * returns the successful result and the failures met on the way.
 */
export async function syncUntilDone(f: FaultFixture, attempts = 4): Promise<{ result: SyncResult | null; failures: { code: string; message: string }[] }> {
  const failures: { code: string; message: string }[] = []
  for (let i = 0; i < attempts; i++) {
    try {
      return { result: await f.sync(), failures }
    } catch (e) {
      if (!isAppError(e)) throw e
      failures.push({ code: e.code, message: e.message })
    }
  }
  return { result: null, failures }
}
