// The cross-process push lock: one holder per session, CONFLICT naming the holder's pid, takeover of
// a stale lock (dead pid on this host, or no heartbeat for 30 s), lost-lock detection, release.
import { spawnSync } from 'node:child_process'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { acquirePushLock, pidAlive, PUSH_LOCK_STALE_MS } from '../../../../../src/main/core/sessions/push-lock'
import { unitHarness, type UnitHarness } from './helpers'

let h: UnitHarness
beforeEach(() => {
  h = unitHarness()
})
afterEach(() => h.close())

const held = (): number => (h.engine.db.prepare('SELECT count(*) AS n FROM push_locks').get() as { n: number }).n

function conflictOf(fn: () => unknown): AppError {
  try {
    fn()
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected a CONFLICT')
}

describe('push lock', () => {
  it('lets one holder in and tells the second who holds it', () => {
    const a = acquirePushLock(h.engine.db, h.sessionId, { heartbeatMs: 0 })
    const e = conflictOf(() => acquirePushLock(h.engine.db, h.sessionId, { heartbeatMs: 0 }))
    expect(e.code).toBe('CONFLICT')
    expect(e.message).toBe(`This session is being pushed by another Stockroom window or command (pid ${process.pid}). Wait for it to finish or close it.`)
    // Another session is not blocked.
    const other = h.engine.sessions.create('other').id
    acquirePushLock(h.engine.db, other, { heartbeatMs: 0 }).release()
    a.release()
    expect(held()).toBe(0)
    acquirePushLock(h.engine.db, h.sessionId, { heartbeatMs: 0 }).release()
  })

  it('takes over the lock of a process that is gone from this machine', () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid
    expect(pidAlive(dead)).toBe(false)
    expect(pidAlive(process.pid)).toBe(true)
    let lost = 0
    const crashed = acquirePushLock(h.engine.db, h.sessionId, { pid: dead, heartbeatMs: 0, onLost: () => lost++ })
    const b = acquirePushLock(h.engine.db, h.sessionId, { heartbeatMs: 0 })
    // Were the old holder somehow still running, its next heartbeat tells it to stop.
    expect(crashed.beat()).toBe(false)
    expect(lost).toBe(1)
    expect(b.beat()).toBe(true)
    b.release()
    expect(held()).toBe(0)
  })

  it('does not judge a pid from another host, but a lock without heartbeat for 30 s is stale', () => {
    let t = 1_000_000
    const now = (): number => t
    let lost = 0
    const remote = acquirePushLock(h.engine.db, h.sessionId, { now, host: 'other-machine', pid: 999_999_999, isAlive: () => false, heartbeatMs: 0, onLost: () => lost++ })
    t += PUSH_LOCK_STALE_MS - 1
    expect(conflictOf(() => acquirePushLock(h.engine.db, h.sessionId, { now, isAlive: () => false, heartbeatMs: 0 })).code).toBe('CONFLICT')
    // A heartbeat keeps it alive for another 30 s.
    expect(remote.beat()).toBe(true)
    t += PUSH_LOCK_STALE_MS - 1
    expect(conflictOf(() => acquirePushLock(h.engine.db, h.sessionId, { now, heartbeatMs: 0 })).code).toBe('CONFLICT')
    t += 2
    const b = acquirePushLock(h.engine.db, h.sessionId, { now, heartbeatMs: 0 })
    expect(remote.beat()).toBe(false)
    expect(lost).toBe(1)
    // The old holder's release must not drop the new holder's row.
    remote.release()
    expect(held()).toBe(1)
    b.release()
    expect(held()).toBe(0)
  })

  it('refreshes the heartbeat on its own timer', async () => {
    const lock = acquirePushLock(h.engine.db, h.sessionId, { heartbeatMs: 10 })
    const at = (): number => (h.engine.db.prepare('SELECT heartbeat_at FROM push_locks').get() as { heartbeat_at: number }).heartbeat_at
    const first = at()
    await new Promise((r) => setTimeout(r, 40))
    expect(at()).toBeGreaterThan(first)
    lock.release()
    lock.release()
    expect(held()).toBe(0)
  })
})
