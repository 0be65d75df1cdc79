// The store-wide change history: one list over every session of the store (drafts, pushed, reverts,
// imports), searchable and exportable as formula-safe CSV. Reads sessions.db only, so it works offline.
import Papa from 'papaparse'
import { CHANGE_HISTORY_MAX_LIMIT, type ChangeHistoryFilter, type ChangeHistoryPage, type ChangeHistoryQuery, type ChangeHistoryRow } from '@shared/model/change-history'
import type { SessionStatus } from '@shared/model/session'
import type { ChangeRow } from './changes'
import type { Db } from './db'
import { excelSafe } from './history'
import { fromText, orNull } from './json-path'

type HistoryRow = ChangeRow & { updated_at: number; session_name: string; session_status: SessionStatus }

/** "SKU A-12" and "code: X" mean the SKU / code itself, which is what the text is matched against. */
function searchText(text: string): string {
  return text.trim().replace(/^(sku|code)\s*[:#]?\s+/i, '').trim()
}

function whereOf(q: ChangeHistoryFilter): { clause: string; args: (string | number)[] } {
  // Discarded drafts never happened and cannot be opened; everything else is history.
  const where = ["s.status <> 'discarded'"]
  const args: (string | number)[] = []
  const text = q.text === undefined ? '' : searchText(q.text)
  if (text !== '') {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    // A SKU edited in a session is found by its old and new value too (base/value are JSON text).
    where.push(
      "(c.label LIKE ? ESCAPE '\\' OR c.code LIKE ? ESCAPE '\\' OR c.entity_id LIKE ? ESCAPE '\\' OR c.field LIKE ? ESCAPE '\\'" +
        " OR (c.field IN ('sku', 'code') AND (c.base LIKE ? ESCAPE '\\' OR c.value LIKE ? ESCAPE '\\')))"
    )
    args.push(like, like, like, like, like, like)
  }
  if (q.resource) {
    where.push('c.resource = ?')
    args.push(q.resource)
  }
  if (q.entityId !== undefined) {
    where.push('c.entity_id = ?')
    args.push(String(q.entityId))
  }
  if (q.from !== undefined) {
    where.push('c.updated_at >= ?')
    args.push(q.from)
  }
  if (q.to !== undefined) {
    where.push('c.updated_at <= ?')
    args.push(q.to)
  }
  if (q.states && q.states.length > 0) {
    where.push(`c.state IN (${q.states.map(() => '?').join(',')})`)
    args.push(...q.states)
  }
  return { clause: where.join(' AND '), args }
}

const FROM = 'FROM changes c JOIN sessions s ON s.id = c.session_id'

function toRow(r: HistoryRow): ChangeHistoryRow {
  const row: ChangeHistoryRow = {
    changeId: r.id,
    sessionId: r.session_id,
    sessionName: r.session_name,
    sessionStatus: r.session_status,
    at: r.updated_at,
    resource: r.resource,
    entityId: r.entity_id,
    entityLabel: r.label,
    code: r.code ?? '',
    kind: r.kind,
    field: r.field,
    before: orNull(fromText(r.base)),
    after: orNull(fromText(r.value)),
    state: r.state
  }
  if (r.error) row.error = r.error
  return row
}

function page(db: Db, q: ChangeHistoryFilter, offset: number, limit: number): ChangeHistoryRow[] {
  const { clause, args } = whereOf(q)
  const rows = db
    .prepare(`SELECT c.*, s.name AS session_name, s.status AS session_status ${FROM} WHERE ${clause} ORDER BY c.updated_at DESC, c.id DESC LIMIT ? OFFSET ?`)
    .all(...args, limit, offset) as HistoryRow[]
  return rows.map(toRow)
}

/** One page, newest first. */
export function searchChangeHistory(db: Db, q: ChangeHistoryQuery): ChangeHistoryPage {
  const { clause, args } = whereOf(q)
  const total = (db.prepare(`SELECT count(*) AS n ${FROM} WHERE ${clause}`).get(...args) as { n: number }).n
  const limit = Math.min(CHANGE_HISTORY_MAX_LIMIT, Math.max(1, q.limit))
  return { total, rows: page(db, q, Math.max(0, q.offset), limit) }
}

const COLUMNS = ['when', 'session', 'session_status', 'resource', 'entity_id', 'entry', 'sku_code', 'field', 'kind', 'before', 'after', 'state', 'error']

/** Every match (no paging) as CSV text, newest first; cells guarded against formula injection. */
export function changeHistoryCsv(db: Db, q: ChangeHistoryFilter): string {
  const out: string[][] = [COLUMNS]
  // Read in pages so a store with years of history never holds two copies of every row at once.
  for (let offset = 0; ; offset += CHANGE_HISTORY_MAX_LIMIT) {
    const rows = page(db, q, offset, CHANGE_HISTORY_MAX_LIMIT)
    for (const r of rows) {
      out.push(
        [new Date(r.at).toISOString(), r.sessionName, r.sessionStatus, r.resource, r.entityId, r.entityLabel, r.code, r.field, r.kind, r.before, r.after, r.state, r.error ?? null].map(excelSafe)
      )
    }
    if (rows.length < CHANGE_HISTORY_MAX_LIMIT) break
  }
  return Papa.unparse(out, { newline: '\r\n' })
}
