// Persisted undo/redo for a session: one step per user action (a grid paste, a bulk operation, a
// discard), holding the before/after snapshot of every cell it touched. Survives restarts.
import type { SessionResource } from '@shared/model/session'
import type { ChangeTable, UndoEntry } from './changes'
import { tx, type Db } from './db'

interface StepRow {
  id: number
  label: string
  entries: string
}

export interface UndoLog {
  /** Records a step (dropping the redo tail); empty steps are not recorded. */
  record(sessionId: string, label: string, entries: UndoEntry[]): void
  /** Returns the undone step's label, or null when there was nothing to undo. */
  undo(sessionId: string): string | null
  redo(sessionId: string): string | null
  clear(sessionId: string): void
}

function keyOf(e: UndoEntry): { resource: SessionResource; entityId: string; field: string } {
  const s = (e.before ?? e.after) as NonNullable<UndoEntry['before']>
  return { resource: s.resource, entityId: s.entityId, field: s.field }
}

export function createUndoLog(db: Db, changes: ChangeTable, now: () => number = Date.now): UndoLog {
  const take = (sessionId: string, undone: 0 | 1): StepRow | undefined =>
    db.prepare(`SELECT id, label, entries FROM undo_steps WHERE session_id = ? AND undone = ? ORDER BY id ${undone ? 'ASC' : 'DESC'} LIMIT 1`).get(sessionId, undone) as
      | StepRow
      | undefined

  return {
    record(sessionId, label, entries) {
      if (entries.length === 0) return
      tx(db, () => {
        db.prepare('DELETE FROM undo_steps WHERE session_id = ? AND undone = 1').run(sessionId)
        db.prepare('INSERT INTO undo_steps (session_id, label, entries, at) VALUES (?, ?, ?, ?)').run(sessionId, label, JSON.stringify(entries), now())
      })
    },
    undo(sessionId) {
      return tx(db, () => {
        const step = take(sessionId, 0)
        if (!step) return null
        const entries = JSON.parse(step.entries) as UndoEntry[]
        for (let i = entries.length - 1; i >= 0; i--) {
          const e = entries[i] as UndoEntry
          changes.restore(sessionId, keyOf(e), e.before)
        }
        db.prepare('UPDATE undo_steps SET undone = 1 WHERE id = ?').run(step.id)
        return step.label
      })
    },
    redo(sessionId) {
      return tx(db, () => {
        const step = take(sessionId, 1)
        if (!step) return null
        for (const e of JSON.parse(step.entries) as UndoEntry[]) changes.restore(sessionId, keyOf(e), e.after)
        db.prepare('UPDATE undo_steps SET undone = 0 WHERE id = ?').run(step.id)
        return step.label
      })
    },
    clear(sessionId) {
      db.prepare('DELETE FROM undo_steps WHERE session_id = ?').run(sessionId)
    }
  }
}
