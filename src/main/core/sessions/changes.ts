// Staged changes of a session in SQLite: one row per (resource, entity, field). Edits of the same
// cell collapse into one row; an edit back to the base value removes the row. Every write returns
// undo entries so the caller can record one undo step per user action.
import { AppError } from '@shared/errors'
import type { ChangeKind, ChangeState, JsonValue, SessionResource, StagedChange } from '@shared/model/session'
import type { Db } from './db'
import { deepEqual, fromText, orNull, toText } from './json-path'

/** A change row as it is stored, values as JSON text (null = absent). */
export interface CellSnapshot {
  resource: SessionResource
  entityId: string
  field: string
  kind: ChangeKind
  label: string
  base: string | null
  value: string | null
  baseTs: number | null
  state: ChangeState
  error: string | null
  /** SKU / coupon code for the store-wide history search; absent in snapshots taken before it existed. */
  code?: string
}

export interface UndoEntry {
  before: CellSnapshot | null
  after: CellSnapshot | null
}

/** What the service computed for one edit: base from the entity as the merchant saw it. */
export interface PreparedCell {
  resource: SessionResource
  entityId: string
  field: string
  kind: ChangeKind
  label: string
  base: JsonValue | undefined
  value: JsonValue | undefined
  baseTs: number | null
  /** The entity's SKU / coupon code (codeOf), so the change history can find it. */
  code?: string
}

export interface ChangeRow {
  id: number
  session_id: string
  resource: SessionResource
  entity_id: string
  kind: ChangeKind
  field: string
  label: string
  base: string | null
  value: string | null
  base_ts: number | null
  state: ChangeState
  request_id: number | null
  error: string | null
  result_id: string | null
  /** Always present in sessions.db (migration 3); optional so hand-built plan rows may omit it. */
  code?: string
}

/** States in which a change is still the merchant's to edit. */
export const EDITABLE_STATES: readonly ChangeState[] = ['staged', 'failed', 'conflict', 'skipped']

export function toStaged(r: ChangeRow): StagedChange {
  return {
    id: r.id,
    resource: r.resource,
    entityId: r.entity_id,
    label: r.label,
    kind: r.kind,
    field: r.field,
    before: orNull(fromText(r.base)),
    after: orNull(fromText(r.value)),
    state: r.state,
    error: r.error
  }
}

function snapshotOf(r: ChangeRow): CellSnapshot {
  return { resource: r.resource, entityId: r.entity_id, field: r.field, kind: r.kind, label: r.label, base: r.base, value: r.value, baseTs: r.base_ts, state: r.state, error: r.error, code: r.code }
}

export interface ChangeTable {
  find(sessionId: string, resource: SessionResource, entityId: string, field: string): ChangeRow | undefined
  /** Stages one cell; returns the undo entry, or null when nothing changed. */
  stage(sessionId: string, cell: PreparedCell): UndoEntry | null
  /** Puts a snapshot back (undo/redo): null deletes the cell. */
  restore(sessionId: string, key: { resource: SessionResource; entityId: string; field: string }, snap: CellSnapshot | null): void
  remove(sessionId: string, row: ChangeRow): UndoEntry
  byIds(sessionId: string, ids: readonly number[]): ChangeRow[]
  byState(sessionId: string, states: readonly ChangeState[]): ChangeRow[]
  forEntity(sessionId: string, resource: SessionResource, entityId: string): ChangeRow[]
  setState(ids: readonly number[], state: ChangeState, extra?: { error?: string | null; requestId?: number | null }): void
}

export function createChangeTable(db: Db, now: () => number = Date.now): ChangeTable {
  const findStmt = db.prepare('SELECT * FROM changes WHERE session_id = ? AND resource = ? AND entity_id = ? AND field = ?')
  const insertStmt = db.prepare(
    'INSERT INTO changes (session_id, resource, entity_id, kind, field, label, base, value, base_ts, state, error, code, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)'
  )
  const updateStmt = db.prepare('UPDATE changes SET kind = ?, label = ?, base = ?, value = ?, base_ts = ?, state = ?, error = ?, code = coalesce(?, code), updated_at = ? WHERE id = ?')
  const deleteStmt = db.prepare('DELETE FROM changes WHERE id = ?')

  function write(sessionId: string, existing: ChangeRow | undefined, s: CellSnapshot): void {
    if (existing) updateStmt.run(s.kind, s.label, s.base, s.value, s.baseTs, s.state, s.error, s.code ?? null, now(), existing.id)
    else insertStmt.run(sessionId, s.resource, s.entityId, s.kind, s.field, s.label, s.base, s.value, s.baseTs, s.state, s.error, s.code ?? '', now())
  }

  const table: ChangeTable = {
    find: (sessionId, resource, entityId, field) => findStmt.get(sessionId, resource, entityId, field) as ChangeRow | undefined,
    stage(sessionId, cell) {
      const existing = table.find(sessionId, cell.resource, cell.entityId, cell.field)
      if (existing && !EDITABLE_STATES.includes(existing.state)) {
        throw new AppError('CONFLICT', `${cell.field} of “${existing.label}” is being pushed or was applied already; it cannot be edited in this session.`)
      }
      const before = existing ? snapshotOf(existing) : null
      const base = existing ? fromText(existing.base) : cell.base
      if (cell.kind === 'update' && deepEqual(cell.value, base)) {
        // Edited back to where it started: the change disappears instead of pushing a no-op.
        if (!existing) return null
        deleteStmt.run(existing.id)
        return { before, after: null }
      }
      if (existing && existing.state === 'staged' && deepEqual(fromText(existing.value), cell.value) && existing.kind === cell.kind) return null
      const after: CellSnapshot = {
        resource: cell.resource,
        entityId: cell.entityId,
        field: cell.field,
        kind: cell.kind,
        label: cell.label || existing?.label || cell.entityId,
        base: existing ? existing.base : toText(cell.base),
        value: toText(cell.value),
        baseTs: existing ? existing.base_ts : cell.baseTs,
        state: 'staged',
        error: null,
        code: cell.code || existing?.code || ''
      }
      write(sessionId, existing, after)
      return { before, after }
    },
    restore(sessionId, key, snap) {
      const existing = table.find(sessionId, key.resource, key.entityId, key.field)
      if (snap === null) {
        if (existing) deleteStmt.run(existing.id)
        return
      }
      write(sessionId, existing, snap)
    },
    remove(_sessionId, row) {
      if (!EDITABLE_STATES.includes(row.state)) throw new AppError('CONFLICT', 'This change is being pushed or was applied already; it cannot be discarded.')
      deleteStmt.run(row.id)
      return { before: snapshotOf(row), after: null }
    },
    byIds(sessionId, ids) {
      if (ids.length === 0) return []
      const out: ChangeRow[] = []
      for (let i = 0; i < ids.length; i += 500) {
        const part = ids.slice(i, i + 500)
        out.push(...(db.prepare(`SELECT * FROM changes WHERE session_id = ? AND id IN (${part.map(() => '?').join(',')})`).all(sessionId, ...part) as ChangeRow[]))
      }
      return out
    },
    byState(sessionId, states) {
      return db.prepare(`SELECT * FROM changes WHERE session_id = ? AND state IN (${states.map(() => '?').join(',')}) ORDER BY id`).all(sessionId, ...states) as ChangeRow[]
    },
    forEntity: (sessionId, resource, entityId) =>
      db.prepare('SELECT * FROM changes WHERE session_id = ? AND resource = ? AND entity_id = ? ORDER BY id').all(sessionId, resource, entityId) as ChangeRow[],
    setState(ids, state, extra = {}) {
      const stmt = db.prepare('UPDATE changes SET state = ?, error = ?, request_id = coalesce(?, request_id), updated_at = ? WHERE id = ?')
      const t = now()
      for (const id of ids) stmt.run(state, extra.error ?? null, extra.requestId ?? null, t, id)
    }
  }
  return table
}
