// Sessions of one store: create, rename, list, discard, the active session, and summaries with
// counts. Works on the store's sessions.db only; no network, no electron import.
import { randomUUID } from 'node:crypto'
import { AppError } from '@shared/errors'
import { CHANGE_STATES, type ChangeState, type SessionStatus, type SessionSummary } from '@shared/model/session'
import { tx, type Db } from './db'

interface SessionRow {
  id: string
  name: string
  status: SessionStatus
  created_at: number
  updated_at: number
  pushed_at: number | null
  revert_of: string | null
}

export interface SessionStore {
  readonly storeId: number
  create(name: string, opts?: { revertOf?: string }): SessionSummary
  rename(id: string, name: string): SessionSummary
  list(opts?: { includeDiscarded?: boolean }): SessionSummary[]
  get(id: string): SessionSummary
  byName(name: string): SessionSummary | null
  discard(id: string): void
  setStatus(id: string, status: SessionStatus, pushedAt?: number): void
  touch(id: string): void
  active(): SessionSummary | null
  setActive(id: string | null): void
  /** Throws unless the session exists and may still be edited. */
  requireEditable(id: string): SessionSummary
}

function checkName(name: string): string {
  const n = name.trim()
  if (n === '') throw new AppError('VALIDATION', 'Give the session a name.')
  if (n.length > 100) throw new AppError('VALIDATION', 'A session name can be at most 100 characters.')
  return n
}

export function createSessionStore(db: Db, storeId: number, now: () => number = Date.now): SessionStore {
  const rowOf = (id: string): SessionRow | undefined => db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined
  const activeId = (): string | null => {
    const r = db.prepare("SELECT value FROM meta WHERE key = 'active_session'").get() as { value: string } | undefined
    return r?.value ?? null
  }
  const countsStmt = db.prepare('SELECT state, count(*) AS n FROM changes WHERE session_id = ? GROUP BY state')
  const entitiesStmt = db.prepare('SELECT count(*) AS n FROM (SELECT DISTINCT resource, entity_id FROM changes WHERE session_id = ?)')
  const undoStmt = db.prepare('SELECT sum(undone = 0) AS u, sum(undone = 1) AS r FROM undo_steps WHERE session_id = ?')

  function summary(r: SessionRow): SessionSummary {
    const counts = Object.fromEntries(CHANGE_STATES.map((s) => [s, 0])) as Record<ChangeState, number>
    let total = 0
    for (const c of countsStmt.all(r.id) as { state: ChangeState; n: number }[]) {
      counts[c.state] = c.n
      total += c.n
    }
    const undo = undoStmt.get(r.id) as { u: number | null; r: number | null }
    const editable = r.status === 'draft' || r.status === 'partial'
    return {
      id: r.id,
      storeId,
      name: r.name,
      status: r.status,
      active: activeId() === r.id,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      revertOf: r.revert_of,
      pushedAt: r.pushed_at,
      changeCount: total,
      entityCount: (entitiesStmt.get(r.id) as { n: number }).n,
      counts,
      canUndo: editable && (undo.u ?? 0) > 0,
      canRedo: editable && (undo.r ?? 0) > 0
    }
  }

  function require(id: string): SessionRow {
    const r = rowOf(id)
    if (!r || r.status === 'discarded') throw new AppError('NOT_FOUND', 'This session no longer exists; it may have been discarded.')
    return r
  }

  function nameTaken(name: string, exceptId?: string): boolean {
    const r = db.prepare("SELECT id FROM sessions WHERE lower(name) = lower(?) AND status <> 'discarded'").get(name) as { id: string } | undefined
    return r !== undefined && r.id !== exceptId
  }

  const store: SessionStore = {
    storeId,
    create(name, opts = {}) {
      const n = checkName(name)
      if (nameTaken(n)) throw new AppError('VALIDATION', `A session called “${n}” already exists. Pick another name.`)
      const id = randomUUID()
      const t = now()
      db.prepare('INSERT INTO sessions (id, name, status, created_at, updated_at, revert_of) VALUES (?, ?, ?, ?, ?, ?)').run(id, n, 'draft', t, t, opts.revertOf ?? null)
      return summary(require(id))
    },
    rename(id, name) {
      const n = checkName(name)
      require(id)
      if (nameTaken(n, id)) throw new AppError('VALIDATION', `A session called “${n}” already exists. Pick another name.`)
      db.prepare('UPDATE sessions SET name = ?, updated_at = ? WHERE id = ?').run(n, now(), id)
      return summary(require(id))
    },
    list(opts = {}) {
      const rows = db.prepare('SELECT * FROM sessions ORDER BY created_at DESC, rowid DESC').all() as SessionRow[]
      return rows.filter((r) => opts.includeDiscarded || r.status !== 'discarded').map(summary)
    },
    get: (id) => summary(require(id)),
    byName(name) {
      const r = db.prepare("SELECT * FROM sessions WHERE lower(name) = lower(?) AND status <> 'discarded'").get(name.trim()) as SessionRow | undefined
      return r ? summary(r) : null
    },
    discard(id) {
      const r = require(id)
      if (r.status === 'pushing') throw new AppError('CONFLICT', 'This session is being pushed. Cancel the push first.')
      tx(db, () => {
        // Applied sessions stay in history; discarding them only hides what was never sent.
        if (r.status === 'applied' || r.status === 'partial') {
          db.prepare("DELETE FROM changes WHERE session_id = ? AND state IN ('staged','conflict')").run(id)
          db.prepare('UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?').run(r.status === 'partial' ? 'applied' : r.status, now(), id)
        } else {
          db.prepare("UPDATE sessions SET status = 'discarded', updated_at = ? WHERE id = ?").run(now(), id)
          db.prepare('DELETE FROM undo_steps WHERE session_id = ?').run(id)
        }
        if (activeId() === id) db.prepare("DELETE FROM meta WHERE key = 'active_session'").run()
      })
    },
    setStatus(id, status, pushedAt) {
      db.prepare('UPDATE sessions SET status = ?, updated_at = ?, pushed_at = coalesce(?, pushed_at) WHERE id = ?').run(status, now(), pushedAt ?? null, id)
    },
    touch(id) {
      db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?').run(now(), id)
    },
    active() {
      const id = activeId()
      const r = id ? rowOf(id) : undefined
      return r && r.status !== 'discarded' ? summary(r) : null
    },
    setActive(id) {
      if (id === null) {
        db.prepare("DELETE FROM meta WHERE key = 'active_session'").run()
        return
      }
      require(id)
      db.prepare("INSERT INTO meta (key, value) VALUES ('active_session', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(id)
    },
    requireEditable(id) {
      const r = require(id)
      if (r.status === 'pushing') throw new AppError('CONFLICT', 'This session is being pushed; wait for the push to finish or cancel it.')
      if (r.status === 'applied') throw new AppError('VALIDATION', 'This session was pushed already. Start a new session, or revert it.')
      return summary(r)
    }
  }
  return store
}
