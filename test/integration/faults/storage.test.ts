// Local-disk faults at start and while working: a damaged local.db is set aside and re-synced, a
// damaged sessions.db or a read-only folder is a clear STORAGE error, disk full loses nothing staged.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '@shared/wire'
import { createServices, type Services } from '../../../src/main/core/services'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import type { SecretStore } from '../../../src/main/core/secrets/secret-store'
import { createRouter, type Dispatch } from '../../../src/main/ipc/router'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'

let sb: SandboxHandle
let dataDir: string
let secrets: SecretStore
const open: Services[] = []
const storeDir = (): string => join(dataDir, 'stores', String(sb.storeId))
const GARBAGE = Buffer.from('not a database, just some bytes a crash left behind. '.repeat(200))

beforeEach(async () => {
  sb = await startSandbox({ products: 60, orders: 30, customers: 10, coupons: 5 })
  dataDir = mkdtempSync(join(tmpdir(), 'stockroom-storage-'))
  secrets = createMemorySecretStore()
})
afterEach(async () => {
  for (const s of open.splice(0)) await s.close()
  await sb.close()
  writable(dataDir)
  rmSync(dataDir, { recursive: true, force: true })
})

function start(): { services: Services; call: (method: string, ...args: unknown[]) => Promise<Result<unknown>> } {
  const services = createServices({ dataDir, appVersion: '0.0.0-test', secrets, apiBase: sb.apiBase, sync: { intervalMs: 3_600_000, retryMs: 3_600_000 } })
  open.push(services)
  const dispatch: Dispatch = createRouter(services.api)
  return { services, call: (method, ...args) => dispatch(method, args) }
}

async function stop(services: Services): Promise<void> {
  open.splice(open.indexOf(services), 1)
  await services.close()
}

async function syncSettled(call: ReturnType<typeof start>['call']): Promise<{ phase: string; message?: string }> {
  // Up to 40 s: the whole integration suite runs files in parallel on two cores.
  for (let i = 0; i < 1600; i++) {
    const r = await call('getSyncState', sb.storeId)
    const state = (r.ok ? r.value : r.error) as { phase?: string; message?: string; code?: string }
    if (!r.ok) return { phase: 'error', message: `${state.code}: ${state.message}` }
    if (state.phase === 'done' || state.phase === 'failed') return state as { phase: string }
    await new Promise((res) => setTimeout(res, 25))
  }
  throw new Error('sync did not settle')
}

/** A connected, synced store with one session holding two staged price changes. */
async function preparedStore(): Promise<{ sessionId: string; ids: number[] }> {
  const { services, call } = start()
  expect(await call('connectStore', { storeId: sb.storeId, token: sb.tokens.full })).toMatchObject({ ok: true })
  expect(await syncSettled(call)).toMatchObject({ phase: 'done' })
  const ids = [sb.state.products.get(0)!.id, sb.state.products.get(1)!.id]
  const s = (await services.api.createSession(sb.storeId, 'keep me')).id
  await services.api.stageEdits(sb.storeId, s, ids.map((id, i) => ({ resource: 'products' as const, entityId: id, field: 'price', value: 10 + i })))
  await stop(services)
  return { sessionId: s, ids }
}

async function expectStagedIntact(call: ReturnType<typeof start>['call'], sessionId: string): Promise<void> {
  const review = await call('reviewSession', sb.storeId, sessionId, {})
  expect(review).toMatchObject({ ok: true })
  const rows = (review as { value: { rows: { after: unknown; state: string }[] } }).value.rows
  expect(rows.map((r) => r.after).sort()).toEqual([10, 11])
  expect(rows.every((r) => r.state === 'staged')).toBe(true)
}

/** Makes dir impossible to create files in: chmod for normal users, the immutable flag for root. */
function readOnly(dir: string): boolean {
  chmodSync(dir, 0o555)
  for (const f of readdirSync(dir)) chmodSync(join(dir, f), 0o444)
  if (!canWrite(dir)) return true
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'ignore' })
  } catch {
    return false
  }
  return !canWrite(dir)
}
function writable(dir: string): void {
  try {
    execFileSync('chattr', ['-R', '-i', dir], { stdio: 'ignore' })
  } catch {
    // not available or not needed
  }
  try {
    execFileSync('chmod', ['-R', 'u+rwX', dir], { stdio: 'ignore' })
  } catch {
    // already removed
  }
}
function canWrite(dir: string): boolean {
  try {
    writeFileSync(join(dir, '.probe'), 'x')
    rmSync(join(dir, '.probe'))
    return true
  } catch {
    return false
  }
}

describe('storage faults', () => {
  it('a damaged local.db at start is set aside and re-synced; staged sessions are untouched', async () => {
    const { sessionId } = await preparedStore()
    const file = join(storeDir(), 'local.db')
    rmSync(`${file}-wal`, { force: true })
    rmSync(`${file}-shm`, { force: true })
    writeFileSync(file, GARBAGE)
    const { call } = start()
    expect(await call('listStores')).toMatchObject({ ok: true })
    const first = await call('getSyncState', sb.storeId)
    expect(first).toMatchObject({ ok: true, value: { message: expect.stringMatching(/damaged.*set aside/) } })
    expect(await syncSettled(call)).toMatchObject({ phase: 'done', message: expect.stringMatching(/downloaded again/) })
    const page = await call('queryProducts', sb.storeId, { offset: 0, limit: 1 })
    expect(page).toMatchObject({ ok: true, value: { total: sb.state.products.liveCount } })
    const aside = readdirSync(storeDir()).filter((f) => f.startsWith('local.db.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(storeDir(), aside[0]!))).toEqual(GARBAGE)
    await expectStagedIntact(call, sessionId)
  })

  it('a damaged sessions.db is a clear STORAGE error, is never changed, and the rest of the store works', async () => {
    await preparedStore()
    const file = join(storeDir(), 'sessions.db')
    rmSync(`${file}-wal`, { force: true })
    rmSync(`${file}-shm`, { force: true })
    writeFileSync(file, GARBAGE)
    const { call } = start()
    const r = await call('listSessions', sb.storeId)
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE', message: expect.stringMatching(/staged sessions is damaged.*left it untouched/) } })
    expect(await call('createSession', sb.storeId, 'x')).toMatchObject({ ok: false, error: { code: 'STORAGE' } })
    expect(readFileSync(file)).toEqual(GARBAGE)
    expect(await call('queryProducts', sb.storeId, { offset: 0, limit: 1 })).toMatchObject({ ok: true })
    expect(await syncSettled(call)).toMatchObject({ phase: 'done' })
  })

  it('a read-only data folder: calls fail with a STORAGE message (never INTERNAL); staged work survives', async (ctx) => {
    const { sessionId } = await preparedStore()
    if (!readOnly(storeDir())) ctx.skip(true, 'cannot make a folder read-only here (root without chattr)')
    const { call } = start()
    expect(await call('listStores')).toMatchObject({ ok: true })
    for (const [method, args] of [['getSyncState', [sb.storeId]], ['queryProducts', [sb.storeId, { offset: 0, limit: 1 }]], ['listSessions', [sb.storeId]], ['createSession', [sb.storeId, 'new']]] as const) {
      const r = await call(method, ...args)
      if (!r.ok) {
        expect(r.error.code, `${method}: ${r.error.message}`).toBe('STORAGE')
        expect(r.error.message).toMatch(/cannot write to its data folder/)
      }
    }
    writable(dataDir)
    const again = start()
    await expectStagedIntact(again.call, sessionId)
  })

  it('disk full while syncing and while staging: clear messages, nothing staged is lost', async () => {
    const { sessionId, ids } = await preparedStore()
    const { services, call } = start()
    expect(await syncSettled(call)).toMatchObject({ phase: 'done' })
    const syncDb = join(storeDir(), 'local.db')
    expect(existsSync(syncDb)).toBe(true)
    // SQLite's own cap gives exactly the error a full disk gives (SQLITE_FULL).
    sb.state.updateProduct(5, (p) => void (p.name = 'x'.repeat(50_000)))
    capDatabase(services, 'sync')
    expect(await call('syncStore', sb.storeId, { full: true })).toMatchObject({ ok: true })
    const failed = await syncSettled(call)
    expect(failed).toMatchObject({ phase: 'failed', message: expect.stringMatching(/disk is full/) })
    capDatabase(services, 'sessions')
    const staged = await call('stageEdits', sb.storeId, sessionId, [{ resource: 'products', entityId: ids[0], field: 'description', value: `<p>${'y'.repeat(150_000)}</p>` }])
    expect(staged).toMatchObject({ ok: false, error: { code: 'STORAGE', message: expect.stringMatching(/disk is full.*nothing staged was lost/) } })
    await expectStagedIntact(call, sessionId)
  })
})

/** Stops a database from growing (PRAGMA max_page_count), as a full disk would. */
function capDatabase(services: Services, which: 'sync' | 'sessions'): void {
  const db = services.testing.dbOf(sb.storeId, which)
  db.exec(`PRAGMA max_page_count = ${db.pageCount()}`)
}
