// One store's session engine: its sessions.db and the tables over it, opened once per store and
// shared by every session call. No network here; no electron import.
import { createChangeTable, type ChangeTable } from './changes'
import { openSessionsDb, sessionsDbPath, type Db } from './db'
import { createJournal, type Journal } from './journal'
import { createSessionStore, type SessionStore } from './session-store'
import { createUndoLog, type UndoLog } from './undo'

export interface SessionEngine {
  storeId: number
  db: Db
  sessions: SessionStore
  changes: ChangeTable
  undo: UndoLog
  journal: Journal
  close(): void
}

export function openEngine(dataDir: string, storeId: number, now: () => number = Date.now): SessionEngine {
  const db = openSessionsDb(sessionsDbPath(dataDir, storeId))
  const changes = createChangeTable(db, now)
  return {
    storeId,
    db,
    sessions: createSessionStore(db, storeId, now),
    changes,
    undo: createUndoLog(db, changes, now),
    journal: createJournal(db, now),
    close: () => void db.close()
  }
}
