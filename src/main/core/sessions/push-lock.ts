// One pusher per session across processes: the app, a second window and `stockroom session push`
// share sessions.db, so the lock is a row there (owner, pid, host, heartbeat). No electron import.
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { AppError } from '@shared/errors'
import { tx, type Db } from './db'

/** A lock whose heartbeat is older than this is abandoned (a hung or sleeping machine, a lost host). */
export const PUSH_LOCK_STALE_MS = 30_000
/** Well inside the stale window, so a busy event loop or a slow disk does not lose the lock. */
export const PUSH_LOCK_HEARTBEAT_MS = 5_000

export interface PushLock {
  readonly owner: string
  /** Refreshes the heartbeat; false when another pusher took the lock over (ours was judged stale). */
  beat(): boolean
  /** Stops the heartbeat and drops the row if it is still ours. Safe to call twice. */
  release(): void
}

export interface PushLockOptions {
  now?: () => number
  pid?: number
  host?: string
  /** Is `pid` alive on this machine? Injected by tests. */
  isAlive?: (pid: number) => boolean
  /** Called once if a heartbeat finds the lock taken over, so the push can stop. */
  onLost?: () => void
  /** Heartbeat period; 0 disables the timer (tests call beat()). */
  heartbeatMs?: number
}

interface LockRow {
  owner: string
  pid: number
  host: string
  heartbeat_at: number
}

/** signal 0 checks existence only; EPERM means it exists but belongs to another user. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
  // A killed process whose parent died too can stay a zombie for a while (nothing reaps it at once):
  // signal 0 still succeeds, yet it will never push or release its lock again.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
    return state !== 'Z' && state !== 'X'
  } catch {
    return true // no /proc (macOS, Windows): trust signal 0; the 30 s heartbeat covers the rest
  }
}

function isStale(row: LockRow, at: number, host: string, isAlive: (pid: number) => boolean): boolean {
  if (at - row.heartbeat_at > PUSH_LOCK_STALE_MS) return true
  // A pid only means something on the machine that owns it (the data dir may be on a shared disk).
  return row.host === host && !isAlive(row.pid)
}

/**
 * Takes the push lock of a session or throws CONFLICT naming the pid that holds it. A stale lock
 * (no heartbeat for 30 s, or its process is gone from this machine) is taken over: that is how a
 * crashed push gets resumed.
 */
export function acquirePushLock(db: Db, sessionId: string, opts: PushLockOptions = {}): PushLock {
  const now = opts.now ?? Date.now
  const pid = opts.pid ?? process.pid
  const host = opts.host ?? hostname()
  const isAlive = opts.isAlive ?? pidAlive
  // A fresh instance id per acquisition: two services in one process (two windows) must not share it.
  const owner = `${pid}:${randomUUID()}`
  tx(db, () => {
    const at = now()
    const row = db.prepare('SELECT owner, pid, host, heartbeat_at FROM push_locks WHERE session_id = ?').get(sessionId) as LockRow | undefined
    if (row && !isStale(row, at, host, isAlive)) {
      throw new AppError(
        'CONFLICT',
        `This session is being pushed by another Stockroom window or command (pid ${row.pid}). Wait for it to finish or close it.`,
        { pid: row.pid, sessionId }
      )
    }
    db.prepare('INSERT OR REPLACE INTO push_locks (session_id, owner, pid, host, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)').run(sessionId, owner, pid, host, at, at)
  })

  let released = false
  let lost = false
  const lock: PushLock = {
    owner,
    beat() {
      if (released || lost) return !lost
      try {
        const r = db.prepare('UPDATE push_locks SET heartbeat_at = ? WHERE session_id = ? AND owner = ?').run(now(), sessionId, owner)
        if (r.changes === 0) {
          lost = true
          opts.onLost?.()
        }
      } catch {
        // A busy or full disk for one beat is not a lost lock; the next beat tries again.
      }
      return !lost
    },
    release() {
      if (timer) clearInterval(timer)
      if (released) return
      released = true
      try {
        db.prepare('DELETE FROM push_locks WHERE session_id = ? AND owner = ?').run(sessionId, owner)
      } catch {
        // Left behind, the row goes stale (dead pid or old heartbeat) and the next push takes it over.
      }
    }
  }
  const every = opts.heartbeatMs ?? PUSH_LOCK_HEARTBEAT_MS
  const timer = every > 0 ? setInterval(() => lock.beat(), every) : null
  // The heartbeat alone must not keep a CLI process alive after its push ended.
  timer?.unref()
  return lock
}
