// Crash safety: a sync cancelled mid-walk, or a process SIGKILLed mid-walk, leaves a consistent
// database, and the next sync resumes the same run (skipping written pages) to exact counts.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb } from '../../../src/main/core/store/db'
import { donePages, readSyncState } from '../../../src/main/core/store/sync-state-repo'
import { runSync } from '../../../src/main/core/sync/sync-engine'
import { serverCounts, syncFixture, type SyncFixture } from './helpers'

const MEDIUM = { products: 1200, orders: 1500, customers: 150, coupons: 60 }
const ROOT = resolve(__dirname, '../../..')
let f: SyncFixture | undefined
afterEach(async () => {
  await f?.close()
  f = undefined
})

/** Every page marked done has all its rows: the mark and the rows share one transaction. */
function expectConsistent(fx: SyncFixture | { db: SyncFixture['db'] }): void {
  const db = fx.db
  expect(db.get<{ integrity_check: string }>('PRAGMA integrity_check')?.integrity_check).toBe('ok')
  for (const [resource, table] of [['products', 'products'], ['orders', 'orders']] as const) {
    const st = readSyncState(db, resource)
    if (st.runId === null) continue
    const pages = donePages(db, resource).size
    const rows = db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE sync_run = ?`, [st.runId])?.n ?? 0
    expect(rows).toBeGreaterThanOrEqual(pages * 100 - 100)
  }
}

describe('interrupted sync', () => {
  it('cancelled after a few pages: consistent, then resumed to completion with fewer requests', async () => {
    f = await syncFixture(MEDIUM)
    const ctrl = new AbortController()
    const first = f.sync({}, { signal: ctrl.signal, concurrency: 2, progressThrottleMs: 0, onProgress: (p) => { if (p.resource === 'orders' && p.done >= 300) ctrl.abort() } })
    await expect(first).rejects.toMatchObject({ code: 'CANCELLED' })
    expectConsistent(f)
    const st = readSyncState(f.db, 'orders')
    expect(st.runId).not.toBeNull()
    const written = donePages(f.db, 'orders').size
    expect(written).toBeGreaterThanOrEqual(3)
    expect(written).toBeLessThan(15)

    const resumed = await f.sync()
    expect(resumed.mode).toBe('full')
    expect(resumed.counts).toEqual(serverCounts(f.sb))
    // The resumed run skipped the orders pages already written (and the finished products walk).
    expect(resumed.requests).toBeLessThan(12 + 15 + 2 + 2 + 1 + 2 + 12 + 1 - written)
    expect(readSyncState(f.db, 'orders')).toMatchObject({ fullDone: true, runId: null })
    expect(donePages(f.db, 'orders').size).toBe(0)
  })

  it('SIGKILLed mid-walk in a child process: the database survives and the next sync finishes it', async () => {
    f = await syncFixture({ ...MEDIUM, latencyMs: 60 })
    const fx = f
    const child = spawn(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', resolve(ROOT, 'tsconfig.node.json'), resolve(__dirname, 'fixtures/sync-child.ts')], {
      cwd: ROOT,
      env: { ...process.env, SYNC_API_BASE: fx.sb.apiBase, SYNC_STORE_ID: String(fx.sb.storeId), SYNC_TOKEN: fx.sb.tokens.full, SYNC_DIR: fx.dir },
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)))
    let buffered = ''
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString()
        // Resources sync side by side: any products line mid-walk (not only the last line) will do.
        const lines = buffered.split('\n').filter((l) => l.startsWith('{') && l.endsWith('}'))
        const midProducts = lines.some((l) => {
          const p = JSON.parse(l) as { resource: string; done: number; total: number }
          return p.resource === 'products' && p.done >= 400 && p.done < p.total
        })
        if (midProducts && !child.killed) {
          child.kill('SIGKILL')
          done()
        }
        if (buffered.includes('DONE')) fail(new Error('the child finished before it could be killed'))
      })
      child.on('exit', () => done())
    })
    expect(await exited).toBe('SIGKILL')

    // The parent's own handle was opened before the child wrote anything: reopen to see its work.
    fx.db.close()
    const db = openDb(fx.dir)
    Object.assign(fx, { db })
    expectConsistent(fx)
    const before = readSyncState(db, 'products')
    expect(before.runId).not.toBeNull()
    expect(donePages(db, 'products').size).toBeGreaterThan(0)

    const resumed = await runSync({ api: fx.api, db })
    expect(resumed.counts).toEqual(serverCounts(fx.sb))
    expect(readSyncState(db, 'products').runId).toBeNull()
  })
})
