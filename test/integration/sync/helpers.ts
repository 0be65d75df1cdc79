// Shared setup for sync integration tests: a small sandbox store, the real client and scheduler, and
// a local database in a temp folder. Test helper only.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEcwidApi, type EcwidApi } from '../../../src/main/core/ecwid'
import { createScheduler, type ManagedScheduler } from '../../../src/main/core/limiter/scheduler'
import { openDb, type Db } from '../../../src/main/core/store/db'
import { runSync, type SyncContext, type SyncResult } from '../../../src/main/core/sync/sync-engine'
import type { SyncOptions } from '../../../src/shared/model/sync'
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../../src/main/sandbox/server'

export const SMALL: SandboxOptions = { products: 450, orders: 620, customers: 130, coupons: 40 }

export interface SyncFixture {
  sb: SandboxHandle
  api: EcwidApi
  scheduler: ManagedScheduler
  dir: string
  db: Db
  sync(opts?: SyncOptions, ctx?: Partial<SyncContext>): Promise<SyncResult>
  /** Requests the sandbox saw per route since the last call. */
  routes(): Record<string, number>
  close(): Promise<void>
}

export interface FixtureOptions {
  /** The token the client sends (default: the sandbox's full-scope token). */
  token?: (sb: SandboxHandle) => string
}

export async function syncFixture(sandbox: SandboxOptions = SMALL, fx: FixtureOptions = {}): Promise<SyncFixture> {
  const sb = await startSandbox({ ...SMALL, ...sandbox })
  const scheduler = createScheduler({ backoff: { baseMs: 20, maxMs: 200, jitter: 0 } })
  const token = fx.token ?? ((s: SandboxHandle) => s.tokens.full)
  const api = createEcwidApi({ apiBase: sb.apiBase, storeId: sb.storeId, getToken: async () => token(sb), scheduler })
  const dir = mkdtempSync(join(tmpdir(), 'stockroom-sync-'))
  const db = openDb(dir)
  return {
    sb, api, scheduler, dir, db,
    sync: (opts = {}, ctx = {}) => runSync({ api, db, limiter: () => scheduler.stats(), ...ctx }, opts),
    routes() {
      const byPath = sb.stats().byPath
      sb.resetStats()
      return byPath
    },
    async close() {
      db.close()
      scheduler.dispose()
      await sb.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** What the sandbox holds right now, for comparing with the local copy. */
export function serverCounts(sb: SandboxHandle): Record<string, number> {
  const s = sb.state
  return { products: s.products.liveCount, categories: s.categories.liveCount, orders: s.orders.liveCount, coupons: s.coupons.liveCount, customers: s.customers.liveCount, profile: 1 }
}

export function localIds(db: Db, table: string, key = 'id'): (number | string)[] {
  return db.all<{ k: number | string }>(`SELECT ${key} AS k FROM ${table} ORDER BY ${key}`).map((r) => r.k)
}
