// History of pushed sessions (when, what, results) and its CSV export through papaparse, with every
// text cell guarded against spreadsheet formula injection. Reads SQLite only.
import Papa from 'papaparse'
import { neutraliseCell } from '../csv/excel-safe'
import type { HistoryEntry } from '@shared/model/session'
import { toStaged, type ChangeRow } from './changes'
import type { Db } from './db'
import type { PushRow } from './journal'
import type { SessionStore } from './session-store'

/** One cell: numbers stay numbers; text that a spreadsheet could run as a formula is neutralised. */
export function excelSafe(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return neutraliseCell(typeof value === 'string' ? value : JSON.stringify(value))
}

export function listHistory(db: Db, sessions: SessionStore): HistoryEntry[] {
  const pushes = db.prepare('SELECT * FROM pushes ORDER BY id').all() as PushRow[]
  return sessions
    .list()
    .filter((s) => s.pushedAt !== null || pushes.some((p) => p.session_id === s.id))
    .map((session) => ({
      session,
      pushes: pushes
        .filter((p) => p.session_id === session.id)
        .map((p) => ({ startedAt: p.started_at, finishedAt: p.finished_at, applied: p.applied, failed: p.failed, conflicts: p.conflicts, requests: p.requests }))
    }))
}

const COLUMNS = ['session', 'pushed_at', 'resource', 'entity_id', 'entry', 'field', 'before', 'after', 'state', 'error']

export function historyCsv(db: Db, sessions: SessionStore, sessionId?: string): string {
  const entries = listHistory(db, sessions).filter((h) => sessionId === undefined || h.session.id === sessionId)
  const rows: string[][] = []
  for (const h of entries) {
    const changes = (db.prepare('SELECT * FROM changes WHERE session_id = ? ORDER BY id').all(h.session.id) as ChangeRow[]).map(toStaged)
    const at = h.session.pushedAt ? new Date(h.session.pushedAt).toISOString() : ''
    for (const c of changes) {
      rows.push([h.session.name, at, c.resource, c.entityId, c.label, c.field, c.before, c.after, c.state, c.error].map(excelSafe))
    }
  }
  return Papa.unparse([COLUMNS, ...rows], { newline: '\r\n' })
}
