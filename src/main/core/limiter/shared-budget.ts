// One request budget per Ecwid token across processes: a small SQLite ledger (<dataDir>/budget.db)
// of request start times and 429 pauses, keyed by a hash of the token. No electron import.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'libsql'

type Db = InstanceType<typeof Database>

/** Which kind of process holds the ledger: a CLI job yields `appReserve` requests to a running app. */
export type BudgetRole = 'app' | 'cli'

/** `id` names the recorded start, for settle(). */
export type TakeResult = { ok: true; id?: number } | { ok: false; retryAt: number }

/** The cross-process side of one token's scheduler. Times are epoch ms from the scheduler's clock. */
export interface SharedBudget {
  /** Selects the token (by its hash) the following calls count against. */
  identify(tokenKey: string): void
  /** Records one start at `now` if fewer than `cap` starts of this token lie in the window; else says when to look again. */
  take(now: number, cap: number): TakeResult
  /** Starts of this token in the window ending at `now`, all processes together. */
  count(now: number): number
  /**
   * Moves a start to when its answer came: Ecwid counts arrivals, which lie between the two, so a
   * slot is freed one window after the answer and no other process can land in Ecwid's window early.
   */
  settle(id: number, at: number): void
  /** The latest 429 pause any process recorded for this token, if it is still running. */
  pausedUntil(now: number): number | null
  pause(until: number): void
}

export interface BudgetLedger {
  budgetFor(): SharedBudget
  close(): void
}

export interface BudgetLedgerOptions {
  role: BudgetRole
  windowMs?: number
  /** Requests a CLI job leaves unused while an app process holds the ledger, so the grid stays responsive. */
  appReserve?: number
  pid?: number
  /** Is this pid still running? Injectable for tests; a killed process must stop counting as present. */
  isAlive?: (pid: number) => boolean
}

export const DEFAULT_APP_RESERVE = 60

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS starts (key TEXT NOT NULL, at INTEGER NOT NULL, pid INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS starts_key_at ON starts(key, at);
  CREATE TABLE IF NOT EXISTS pauses (key TEXT PRIMARY KEY, until INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS holders (pid INTEGER PRIMARY KEY, role TEXT NOT NULL, since INTEGER NOT NULL);`

/**
 * Crash safety: nothing is held between requests. Each take() is one short IMMEDIATE transaction,
 * whose lock the OS frees if the process dies; the starts a killed process leaves behind are
 * requests Ecwid really counted, and they age out with the window. The app's presence (which makes
 * CLI jobs yield a reserve) is a row checked by pid liveness, so a killed app frees its reserve.
 */
export function openBudgetLedger(dataDir: string, opts: BudgetLedgerOptions): BudgetLedger {
  const windowMs = opts.windowMs ?? 60_000
  const appReserve = opts.appReserve ?? DEFAULT_APP_RESERVE
  const pid = opts.pid ?? process.pid
  const isAlive = opts.isAlive ?? pidAlive
  mkdirSync(dataDir, { recursive: true })
  const db: Db = new Database(join(dataDir, 'budget.db'), { timeout: 5000 })
  db.exec('PRAGMA busy_timeout = 5000')
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('PRAGMA synchronous = NORMAL')
  db.exec(SCHEMA)
  db.prepare('INSERT OR REPLACE INTO holders (pid, role, since) VALUES (?, ?, ?)').run(pid, opts.role, Date.now())

  const q = {
    expire: db.prepare('DELETE FROM starts WHERE key = ? AND at <= ?'),
    count: db.prepare('SELECT count(*) AS n FROM starts WHERE key = ? AND at > ?'),
    nth: db.prepare('SELECT at FROM starts WHERE key = ? AND at > ? ORDER BY at LIMIT 1 OFFSET ?'),
    insert: db.prepare('INSERT INTO starts (key, at, pid) VALUES (?, ?, ?)'),
    settle: db.prepare('UPDATE starts SET at = max(at, ?) WHERE rowid = ?'),
    paused: db.prepare('SELECT until FROM pauses WHERE key = ?'),
    pause: db.prepare('INSERT INTO pauses (key, until) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET until = max(until, excluded.until)'),
    apps: db.prepare("SELECT pid FROM holders WHERE role = 'app' AND pid <> ?"),
    forget: db.prepare('DELETE FROM holders WHERE pid = ?')
  }

  let appSeenAt = -Infinity
  let appPresent = false
  /** Checked at most once a second: a pid probe per request would be wasted work. */
  function appRunning(now: number): boolean {
    if (opts.role === 'app') return false
    if (now - appSeenAt < 1000) return appPresent
    appSeenAt = now
    appPresent = false
    for (const row of q.apps.all(pid) as { pid: number }[]) {
      if (isAlive(row.pid)) appPresent = true
      else q.forget.run(row.pid)
    }
    return appPresent
  }

  function count(key: string, now: number): number {
    return (q.count.get(key, now - windowMs) as { n: number }).n
  }

  function take(key: string, now: number, requested: number): TakeResult {
    const cap = Math.max(1, requested - (appRunning(now) ? appReserve : 0))
    db.exec('BEGIN IMMEDIATE')
    try {
      q.expire.run(key, now - windowMs)
      const used = count(key, now)
      if (used >= cap) {
        const row = q.nth.get(key, now - windowMs, used - cap) as { at: number } | undefined
        db.exec('COMMIT')
        return { ok: false, retryAt: (row?.at ?? now) + windowMs }
      }
      const id = Number(q.insert.run(key, now, pid).lastInsertRowid)
      db.exec('COMMIT')
      return { ok: true, id }
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw e
    }
  }

  return {
    budgetFor() {
      let key: string | null = null
      return {
        identify(next) {
          key = next
        },
        take: (now, cap) => (key === null ? { ok: true } : take(key, now, cap)),
        count: (now) => (key === null ? 0 : count(key, now)),
        settle(id, at) {
          q.settle.run(at, id)
        },
        pausedUntil(now) {
          if (key === null) return null
          const row = q.paused.get(key) as { until: number } | undefined
          return row !== undefined && row.until > now ? row.until : null
        },
        pause(until) {
          if (key !== null) q.pause.run(key, until)
        }
      }
    },
    close() {
      try {
        q.forget.run(pid)
      } finally {
        db.close()
      }
    }
  }
}
