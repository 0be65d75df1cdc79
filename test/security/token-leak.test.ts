// Proves tokens never reach the renderer, the logs or the disk: a whole stores workflow through the
// same router Electron uses, against the sandbox on 127.0.0.1, scanning everything that comes out.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Result } from '@shared/wire'
import { createServices, type Services } from '../../src/main/core/services'
import { createMemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { createRouter, type Dispatch } from '../../src/main/ipc/router'
import { startSandbox, type SandboxHandle } from '../../src/main/sandbox/server'

// Not the demo's id (1003), so the connected stores and the demo store live side by side.
const STORE_A = 5_001
const STORE_B = 5_002
const BAD_TOKENS = ['secret_leakcheckbadtoken1', 'secret_leakcheckbadtoken2', 'public_leakcheckbadtoken3']

let sandbox: SandboxHandle
let services: Services
let dataDir: string
let dispatch: Dispatch
const replies: Result<unknown>[] = []
const events: unknown[] = []
const internalErrors: unknown[] = []
const logged: unknown[][] = []

async function call(method: string, ...args: unknown[]): Promise<Result<unknown>> {
  const reply = await dispatch(method, args)
  replies.push(reply)
  return reply
}

async function filesUnder(dir: string): Promise<{ path: string; text: string }[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return Promise.all(entries.filter((e) => e.isFile()).map(async (e) => ({ path: join(e.parentPath, e.name), text: (await readFile(join(e.parentPath, e.name))).toString('latin1') })))
}

beforeAll(async () => {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push([level, ...args]))
  }
  sandbox = await startSandbox({ storeId: STORE_A, storeName: 'Leak A', products: 10, orders: 5, customers: 3, coupons: 2, extraStores: [{ storeId: STORE_B, storeName: 'Leak B', products: 5 }] })
  dataDir = await mkdtemp(join(tmpdir(), 'stockroom-leak-'))
  services = createServices({ dataDir, appVersion: '0.0.0-test', secrets: createMemorySecretStore(), apiBase: sandbox.apiBase, demo: { products: 20, orders: 10, customers: 5, coupons: 5 } })
  services.events.subscribe((name, payload) => events.push({ name, payload }))
  dispatch = createRouter(services.api, { onInternalError: (method, e) => internalErrors.push({ method, e: String(e) }) })
})

afterAll(async () => {
  vi.restoreAllMocks()
  await services?.close()
  await sandbox?.close()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

describe('tokens never leave the main process', { timeout: 30_000 }, () => {
  it('runs the whole stores workflow through the router', async () => {
    const b = sandbox.stores.get(STORE_B)?.tokens
    expect(b).toBeDefined()
    expect(await call('connectStore', { storeId: STORE_A, token: sandbox.tokens.full, label: 'A' })).toMatchObject({ ok: true })
    expect(await call('connectStore', { storeId: STORE_B, token: b?.readOnly ?? '' })).toMatchObject({ ok: true })
    expect(await call('listStores')).toMatchObject({ ok: true })
    expect(await call('renameStore', STORE_B, 'B read-only')).toMatchObject({ ok: true })
    expect(await call('getRateLimit', STORE_A)).toMatchObject({ ok: true })
    expect(await call('openDemoStore')).toMatchObject({ ok: true, value: { demo: true } })
    expect(await call('getRateLimit', 1003)).toMatchObject({ ok: true })
    // Refusals: a wrong token, one for another store, a malformed one, one too long for the schema.
    expect(await call('connectStore', { storeId: STORE_A, token: BAD_TOKENS[0] })).toMatchObject({ ok: false, error: { code: 'AUTH_INVALID' } })
    expect(await call('connectStore', { storeId: STORE_B, token: sandbox.tokens.readOnly })).toMatchObject({ ok: false, error: { code: 'AUTH_INVALID' } })
    expect(await call('connectStore', { storeId: STORE_A, token: `${BAD_TOKENS[1]} !` })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await call('connectStore', { storeId: STORE_A, token: BAD_TOKENS[2]?.repeat(10), extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await call('connectStore', { storeId: 'x', token: sandbox.tokens.public })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await call('removeStore', STORE_A, { deleteLocalData: true })).toMatchObject({ ok: true })
    expect(await call('listStores')).toMatchObject({ ok: true })
    expect(events.length).toBeGreaterThan(0)
  })

  it('runs sync, grids, a session push, history CSV and entity JSON through the router (demo store)', async () => {
    const demo = 1003
    const until = async (done: () => Promise<boolean>): Promise<void> => {
      for (let i = 0; i < 600 && !(await done()); i++) await new Promise((r) => setTimeout(r, 20))
    }
    await until(async () => ['done', 'failed'].includes(String(((await call('getSyncState', demo)) as { value?: { phase?: string } }).value?.phase)))
    for (const m of ['queryProducts', 'queryOrders', 'queryCoupons', 'queryCustomers']) {
      expect(await call(m, demo, { offset: 0, limit: 50 }), m).toMatchObject({ ok: true })
    }
    for (const m of ['getStoreFormats', 'listCategories']) await call(m, demo)
    const page = (await call('queryProducts', demo, { offset: 0, limit: 2 })) as { value: { rows: { id: number }[] } }
    const [first, second] = page.value.rows
    await call('getEntityJson', demo, 'products', first?.id ?? 1)
    const session = (await call('createSession', demo, 'leak check')) as { ok: boolean; value: { id: string } }
    expect(session.ok).toBe(true)
    const id = session.value.id
    expect(await call('stageEdits', demo, id, [{ resource: 'products', entityId: first?.id, field: 'price', value: 12.5 }, { resource: 'products', entityId: second?.id, field: 'name', value: 'Leak check' }])).toMatchObject({ ok: true })
    await call('reviewSession', demo, id, {})
    await call('estimatePush', demo, id)
    const job = (await call('pushSession', demo, id)) as { value: string }
    await until(async () => ((await call('getJob', job.value)) as { value: unknown }).value === null)
    expect(await call('listHistory', demo)).toMatchObject({ ok: true })
    expect(await call('exportHistoryCsv', demo, null)).toMatchObject({ ok: true, value: expect.stringContaining('Leak check') })
  })

  it('no reply, event, log line or file holds any token', async () => {
    const b = sandbox.stores.get(STORE_B)?.tokens
    const tokens = [sandbox.tokens.full, sandbox.tokens.readOnly, sandbox.tokens.public, b?.full ?? '', b?.readOnly ?? '', 'secret_sandbox1003full', ...BAD_TOKENS]
    // The token bodies too, in case something strips or re-encodes the secret_/public_ prefix.
    const needles = [...tokens, ...tokens.map((t) => t.replace(/^(secret|public)_/, ''))].filter((t) => t.length >= 12)
    const files = await filesUnder(dataDir)
    expect(files.map((f) => f.path).some((p) => p.endsWith('stores.json'))).toBe(true)
    const haystacks: [string, string][] = [
      ...replies.map((r, i): [string, string] => [`reply ${i}`, JSON.stringify(r)]),
      ...events.map((e, i): [string, string] => [`event ${i}`, JSON.stringify(e)]),
      ...logged.map((l, i): [string, string] => [`console ${i}`, l.map((x) => (x instanceof Error ? `${x.message} ${x.stack}` : typeof x === 'string' ? x : JSON.stringify(x))).join(' ')]),
      ...internalErrors.map((e, i): [string, string] => [`internal error ${i}`, JSON.stringify(e)]),
      ...files.map((f): [string, string] => [f.path, f.text])
    ]
    expect(replies.length).toBeGreaterThan(10)
    const leaks = haystacks.flatMap(([where, text]) => needles.filter((n) => text.includes(n)).map((n) => `${where} contains ${n.slice(0, 10)}…`))
    expect(leaks).toEqual([])
  })
})
