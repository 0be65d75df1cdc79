// The push journal: each request and the state of each change it carries, written to SQLite BEFORE
// a request leaves (changes → sent, with the request's body and deduplication key) and AFTER its
// answer (ticket; then applied | failed with Ecwid's message). A killed push resumes from here.
import type { ChangeState, SessionResource } from '@shared/model/session'
import type { BatchSubRequest } from '../ecwid/batch'
import { tx, type Db } from './db'

export interface JournalRequest {
  id: number
  pushId: number
  kind: 'batch' | 'single'
  dedupKey: string | null
  ticket: string | null
  /** What was sent, per sub-request: method/path/body and the change ids it carries. */
  items: {
    resource: SessionResource
    entityId: string
    sub: BatchSubRequest
    changeIds: number[]
    fields: Record<string, unknown>
    kind: 'update' | 'create' | 'delete'
  }[]
  sentAt: number
}

export interface ItemOutcome {
  changeIds: readonly number[]
  state: Extract<ChangeState, 'applied' | 'failed' | 'pending'>
  error?: string | null
  resultId?: string | null
}

export interface PushRow {
  id: number
  session_id: string
  started_at: number
  finished_at: number | null
  status: string
  applied: number
  failed: number
  conflicts: number
  requests: number
  rate_limited: number
}

interface RequestRow {
  id: number
  push_id: number
  kind: 'batch' | 'single'
  dedup_key: string | null
  ticket: string | null
  body: string
  sent_at: number
}

export interface Journal {
  /** The interrupted push of this session if there is one (a crash leaves it 'running'), else a new one. */
  openPush(sessionId: string): { push: PushRow; resumed: boolean }
  finishPush(pushId: number, status: string, totals: { applied: number; failed: number; conflicts: number; requests: number; rateLimited: number }): void
  pushes(sessionId: string): PushRow[]
  /** Before sending: one transaction records the request and moves its changes to 'sent'. */
  beforeSend(sessionId: string, pushId: number, kind: 'batch' | 'single', items: JournalRequest['items'], dedupKey: string | null): number
  setTicket(requestId: number, ticket: string): void
  /** After the answer: one transaction settles every change of the request. */
  afterAnswer(requestId: number, outcomes: readonly ItemOutcome[]): void
  /** Requests that may have reached Ecwid without their answer being recorded. */
  open(sessionId: string): JournalRequest[]
}

export function createJournal(db: Db, now: () => number = Date.now): Journal {
  const settle = db.prepare('UPDATE changes SET state = ?, error = ?, result_id = coalesce(?, result_id), updated_at = ? WHERE id = ? AND state = ?')
  return {
    openPush(sessionId) {
      const running = db.prepare("SELECT * FROM pushes WHERE session_id = ? AND status = 'running' ORDER BY id DESC LIMIT 1").get(sessionId) as PushRow | undefined
      if (running) return { push: running, resumed: true }
      const r = db.prepare("INSERT INTO pushes (session_id, started_at, status) VALUES (?, ?, 'running')").run(sessionId, now())
      return { push: db.prepare('SELECT * FROM pushes WHERE id = ?').get(Number(r.lastInsertRowid)) as PushRow, resumed: false }
    },
    finishPush(pushId, status, t) {
      db.prepare(
        'UPDATE pushes SET status = ?, finished_at = ?, applied = ?, failed = ?, conflicts = ?, requests = requests + ?, rate_limited = rate_limited + ? WHERE id = ?'
      ).run(status, now(), t.applied, t.failed, t.conflicts, t.requests, t.rateLimited, pushId)
    },
    pushes: (sessionId) => db.prepare('SELECT * FROM pushes WHERE session_id = ? ORDER BY id').all(sessionId) as PushRow[],
    beforeSend(sessionId, pushId, kind, items, dedupKey) {
      return tx(db, () => {
        const t = now()
        const r = db
          .prepare("INSERT INTO requests (session_id, push_id, kind, dedup_key, body, state, sent_at) VALUES (?, ?, ?, ?, ?, 'sent', ?)")
          .run(sessionId, pushId, kind, dedupKey, JSON.stringify(items), t)
        const requestId = Number(r.lastInsertRowid)
        const mark = db.prepare("UPDATE changes SET state = 'sent', request_id = ?, error = NULL, updated_at = ? WHERE id = ?")
        for (const item of items) for (const id of item.changeIds) mark.run(requestId, t, id)
        return requestId
      })
    },
    setTicket(requestId, ticket) {
      db.prepare('UPDATE requests SET ticket = ? WHERE id = ?').run(ticket, requestId)
    },
    afterAnswer(requestId, outcomes) {
      tx(db, () => {
        const t = now()
        for (const o of outcomes) for (const id of o.changeIds) settle.run(o.state, o.error ?? null, o.resultId ?? null, t, id, 'sent')
        db.prepare("UPDATE requests SET state = 'done', done_at = ? WHERE id = ?").run(t, requestId)
      })
    },
    open(sessionId) {
      const rows = db.prepare("SELECT * FROM requests WHERE session_id = ? AND state = 'sent' ORDER BY id").all(sessionId) as RequestRow[]
      return rows.map((r) => ({
        id: r.id,
        pushId: r.push_id,
        kind: r.kind,
        dedupKey: r.dedup_key,
        ticket: r.ticket,
        items: JSON.parse(r.body) as JournalRequest['items'],
        sentAt: r.sent_at
      }))
    }
  }
}
