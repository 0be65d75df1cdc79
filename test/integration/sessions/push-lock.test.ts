// Two sessions services on one data dir (the app and `stockroom session push`, or two windows)
// pushing the same session: exactly one runs, the other gets CONFLICT; a dead pusher's lock is taken over.
import { spawnSync } from 'node:child_process'
import { hostname } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { isAppError } from '@shared/errors'
import { createSessionsService, type SessionsService } from '../../../src/main/core/sessions/service'
import { resourceIds, serverProduct, setup, type Harness } from './helpers'

let h: Harness | undefined
let second: SessionsService | undefined
afterEach(async () => {
  await second?.close()
  second = undefined
  await h?.close()
  h = undefined
})

/** A second window: its own service (and sessions.db connection) over the same folder and store. */
function secondService(harness: Harness): SessionsService {
  return createSessionsService({
    dataDir: harness.dir.path,
    apiFor: async () => harness.api,
    portsFor: () => harness.ports,
    precisionOf: async () => 2,
    remote: { pollIntervalMs: 20, maxPollIntervalMs: 200 }
  })
}

async function stagedSession(harness: Harness, n: number): Promise<{ id: string; ids: number[] }> {
  const s = await harness.service.api.createSession(harness.storeId, 'locked')
  const ids = resourceIds(harness, 'products', n)
  await harness.service.api.stageEdits(harness.storeId, s.id, ids.map((id, i) => ({ resource: 'products' as const, entityId: id, field: 'price', value: 100 + i })))
  return { id: s.id, ids }
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p
    return 'ok'
  } catch (e) {
    return isAppError(e) ? `${e.code}: ${e.message}` : String(e)
  }
}

const conflictText = `CONFLICT: This session is being pushed by another Stockroom window or command (pid ${process.pid}). Wait for it to finish or close it.`

describe('push lock across services', () => {
  it('runs one of two simultaneous pushes; the other gets CONFLICT', async () => {
    // Single calls with latency keep the first push running while the second tries.
    h = await setup({ sandbox: { latencyMs: 30 } })
    const { id, ids } = await stagedSession(h, 4)
    second = secondService(h)
    h.sb.resetStats()
    const jobId = await h.service.api.pushSession(h.storeId, id)
    // The CLI-style foreground push and the app-style job push both refuse.
    expect(await codeOf(second.runPush(h.storeId, id))).toBe(conflictText)
    expect(await codeOf(second.api.pushSession(h.storeId, id))).toBe(conflictText)
    // The same window pushing again just gets its running job.
    expect(await h.service.api.pushSession(h.storeId, id)).toBe(jobId)
    expect(await waitJob(h, jobId)).not.toMatch(/failed|cancelled/)
    expect((await h.service.api.listSessions(h.storeId)).find((s) => s.id === id)?.status).toBe('applied')
    ids.forEach((pid, i) => expect(serverProduct(h!.sb, pid)?.price).toBe(100 + i))
    const stats = h.sb.stats()
    expect((stats.byPath['PUT /products/:id'] ?? 0) + stats.batchSubRequests).toBe(ids.length)
    // Released at the end: the other window may push now (nothing left to send).
    expect(await second.runPush(h.storeId, id)).toMatchObject({ state: 'done' })
  })

  it('the app refuses while the command pushes', async () => {
    h = await setup({ sandbox: { latencyMs: 30 } })
    const { id } = await stagedSession(h, 3)
    second = secondService(h)
    const cli = second.runPush(h.storeId, id)
    // Let the foreground push take its lock (it reads the API client first).
    await new Promise((r) => setTimeout(r, 20))
    expect(await codeOf(h.service.api.pushSession(h.storeId, id))).toBe(conflictText)
    expect(await cli).toMatchObject({ state: 'done', applied: 3 })
  })

  it('takes over the lock a killed pusher left behind', async () => {
    h = await setup()
    const { id, ids } = await stagedSession(h, 2)
    const dead = spawnSync(process.execPath, ['-e', '0']).pid
    const now = Date.now()
    h.service.engine(h.storeId).db
      .prepare('INSERT INTO push_locks (session_id, owner, pid, host, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, `${dead}:crashed`, dead, hostname(), now, now)
    expect(await h.service.runPush(h.storeId, id)).toMatchObject({ state: 'done', applied: 2 })
    ids.forEach((pid, i) => expect(serverProduct(h!.sb, pid)?.price).toBe(100 + i))
    expect(h.service.engine(h.storeId).db.prepare('SELECT count(*) AS n FROM push_locks').get()).toMatchObject({ n: 0 })
  })
})

async function waitJob(harness: Harness, jobId: string): Promise<string> {
  for (let i = 0; i < 800; i++) {
    const p = await harness.service.api.getJob(jobId)
    // A finished job leaves the runner, so null means it ended (the session status says how).
    if (!p || p.state === 'done' || p.state === 'failed' || p.state === 'cancelled') return p?.state ?? 'finished'
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error('push did not finish')
}
