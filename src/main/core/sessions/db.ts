// The session engine's own SQLite file per store (<storeDataDir>/sessions.db): WAL, a busy timeout
// so the app and the CLI can share it, and user_version migrations. No electron import.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'libsql'
import { AppError } from '@shared/errors'
import { rethrowStorage, storageProblem } from '../store/storage-errors'
import { storeDataDir } from '../stores/local-data'

export type Db = InstanceType<typeof Database>

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'draft',
     created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, pushed_at INTEGER, revert_of TEXT);
   CREATE UNIQUE INDEX sessions_name ON sessions(lower(name)) WHERE status <> 'discarded';
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
   CREATE TABLE changes (
     id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, resource TEXT NOT NULL,
     entity_id TEXT NOT NULL, kind TEXT NOT NULL, field TEXT NOT NULL, label TEXT NOT NULL DEFAULT '',
     base TEXT, value TEXT, base_ts INTEGER, state TEXT NOT NULL DEFAULT 'staged',
     request_id INTEGER, error TEXT, result_id TEXT, updated_at INTEGER NOT NULL,
     UNIQUE (session_id, resource, entity_id, field));
   CREATE INDEX changes_state ON changes(session_id, state);
   CREATE TABLE undo_steps (
     id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, label TEXT NOT NULL,
     undone INTEGER NOT NULL DEFAULT 0, entries TEXT NOT NULL, at INTEGER NOT NULL);
   CREATE INDEX undo_session ON undo_steps(session_id, undone, id);
   CREATE TABLE conflicts (
     change_id INTEGER PRIMARY KEY, theirs TEXT, theirs_ts INTEGER, detected_at INTEGER NOT NULL);
   CREATE TABLE pushes (
     id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, started_at INTEGER NOT NULL,
     finished_at INTEGER, status TEXT NOT NULL, applied INTEGER NOT NULL DEFAULT 0,
     failed INTEGER NOT NULL DEFAULT 0, conflicts INTEGER NOT NULL DEFAULT 0,
     requests INTEGER NOT NULL DEFAULT 0, rate_limited INTEGER NOT NULL DEFAULT 0);
   CREATE TABLE requests (
     id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, push_id INTEGER NOT NULL,
     kind TEXT NOT NULL, dedup_key TEXT, ticket TEXT, body TEXT NOT NULL, state TEXT NOT NULL,
     sent_at INTEGER NOT NULL, done_at INTEGER);
   CREATE INDEX requests_state ON requests(session_id, state);`,
  // 2: one pusher per session across processes (push-lock.ts).
  `CREATE TABLE push_locks (
     session_id TEXT PRIMARY KEY, owner TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL,
     acquired_at INTEGER NOT NULL, heartbeat_at INTEGER NOT NULL);`,
  // 3: the store-wide change history (change-history.ts) finds entries by SKU / coupon code, which
  // labels do not always hold; older rows get it from a staged sku/code cell of the same entity.
  `ALTER TABLE changes ADD COLUMN code TEXT NOT NULL DEFAULT '';
   UPDATE changes SET code = coalesce((
     SELECT json_extract(coalesce(s.base, s.value), '$') FROM changes s
     WHERE s.session_id = changes.session_id AND s.resource = changes.resource AND s.entity_id = changes.entity_id
       AND s.field IN ('sku', 'code')
       AND (CASE WHEN json_valid(coalesce(s.base, s.value)) THEN json_type(coalesce(s.base, s.value)) END) = 'text'
     LIMIT 1), '');
   CREATE INDEX changes_at ON changes(updated_at);`
]

export function migrate(db: Db): void {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number }
  for (let v = row.user_version; v < MIGRATIONS.length; v++) {
    db.exec('BEGIN IMMEDIATE')
    try {
      db.exec(MIGRATIONS[v] as string)
      db.exec(`PRAGMA user_version = ${v + 1}`)
      db.exec('COMMIT')
    } catch (e) {
      db.exec('ROLLBACK')
      throw e
    }
  }
}

/**
 * Opens (creating if needed) a store's sessions file. Staged work lives only here, so a damaged or
 * unreadable file is never moved or rebuilt: the error names it and the file stays as it is.
 */
export function openSessionsDb(file: string): Db {
  let db: Db | null = null
  try {
    db = new Database(file)
    db.exec('PRAGMA journal_mode = WAL')
    // NORMAL is durable against a killed process (the case the journal is for); only power loss can
    // drop the last commits, and a resumed push re-reads those entities before re-sending.
    db.exec('PRAGMA synchronous = NORMAL')
    db.exec('PRAGMA busy_timeout = 5000')
    db.exec('PRAGMA foreign_keys = ON')
    migrate(db)
    return db
  } catch (e) {
    db?.close()
    if (storageProblem(e) === 'corrupt') {
      throw new AppError('STORAGE', `The file holding this store's staged sessions is damaged (${file}). Stockroom left it untouched: quit Stockroom and restore it from a backup, or move it away to start with no sessions.`, { problem: 'corrupt', file })
    }
    return rethrowStorage(e, file)
  }
}

export function sessionsDbPath(dataDir: string, storeId: number): string {
  const dir = storeDataDir(dataDir, storeId)
  try {
    mkdirSync(dir, { recursive: true })
  } catch (e) {
    rethrowStorage(e, dir)
  }
  return join(dir, 'sessions.db')
}

/** Runs fn in one transaction; nested calls join the outer one (libsql has no savepoint helper). */
export function tx<T>(db: Db, fn: () => T): T {
  const state = db as unknown as { inTransaction?: boolean }
  if (state.inTransaction) return fn()
  db.exec('BEGIN IMMEDIATE')
  try {
    const out = fn()
    db.exec('COMMIT')
    return out
  } catch (e) {
    // After SQLITE_FULL or an I/O error SQLite has rolled back already; rolling back again would throw
    // "no transaction is active" and hide the real cause.
    if (db.inTransaction) db.exec('ROLLBACK')
    throw e
  }
}
