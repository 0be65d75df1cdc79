// The review (diff) of a session: one page of changes (entity, field, before → after) with filters,
// and counts by resource and by field. Reads SQLite only; a page of 10,000 changes opens in ms.
import type { ReviewFilter, ReviewPage, SessionResource } from '@shared/model/session'
import { toStaged, type ChangeRow } from './changes'
import type { Db } from './db'

export function reviewPage(db: Db, sessionId: string, filter: ReviewFilter = {}): ReviewPage {
  const where = ['session_id = ?']
  const args: (string | number)[] = [sessionId]
  if (filter.resource) {
    where.push('resource = ?')
    args.push(filter.resource)
  }
  if (filter.field !== undefined) {
    where.push('field = ?')
    args.push(filter.field)
  }
  if (filter.state) {
    where.push('state = ?')
    args.push(filter.state)
  }
  if (filter.search) {
    where.push("(label LIKE ? ESCAPE '\\' OR entity_id LIKE ? ESCAPE '\\')")
    const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    args.push(like, like)
  }
  const clause = where.join(' AND ')
  const offset = Math.max(0, filter.offset ?? 0)
  const limit = Math.min(1000, Math.max(1, filter.limit ?? 100))
  const total = (db.prepare(`SELECT count(*) AS n FROM changes WHERE ${clause}`).get(...args) as { n: number }).n
  const rows = db.prepare(`SELECT * FROM changes WHERE ${clause} ORDER BY resource, label, entity_id, field LIMIT ? OFFSET ?`).all(...args, limit, offset) as ChangeRow[]
  const byResource: Partial<Record<SessionResource, number>> = {}
  for (const r of db.prepare('SELECT resource, count(*) AS n FROM changes WHERE session_id = ? GROUP BY resource').all(sessionId) as { resource: SessionResource; n: number }[]) {
    byResource[r.resource] = r.n
  }
  const byField: Record<string, number> = {}
  for (const r of db.prepare('SELECT field, count(*) AS n FROM changes WHERE session_id = ? GROUP BY field').all(sessionId) as { field: string; n: number }[]) {
    byField[r.field === '' ? '(whole entry)' : r.field] = r.n
  }
  return { total, offset, rows: rows.map(toStaged), byResource, byField }
}
