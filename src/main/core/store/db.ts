// One libsql (SQLite) database per Ecwid store: open in WAL mode, run numbered migrations tracked in
// PRAGMA user_version, and a small typed wrapper. No electron import; knows nothing about Ecwid.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'libsql'
import { AppError } from '@shared/errors'
import { MIGRATIONS } from './migrations'
import { backfillNaturalKeys, NATURAL_KEYS_SINCE } from './natural-key'

export type SqlValue = string | number | bigint | null

export interface Db {
  readonly path: string
  all<T>(sql: string, params?: readonly SqlValue[]): T[]
  get<T>(sql: string, params?: readonly SqlValue[]): T | undefined
  run(sql: string, params?: readonly SqlValue[]): { changes: number }
  exec(sql: string): void
  /** Runs fn in one transaction (BEGIN IMMEDIATE); nested calls join the outer one. */
  tx<T>(fn: () => T): T
  close(): void
}

/** The file name inside the store's data folder (see stores/local-data.ts). */
export const DB_FILE = 'local.db'

export function dbPathIn(storeDir: string): string {
  return join(storeDir, DB_FILE)
}

/**
 * Opens (creating if needed) the database in `storeDir`, or an in-memory one for ':memory:'.
 * WAL lets the grid read while a sync writes and makes a killed process lose at most the
 * transaction in flight; synchronous=NORMAL is the documented safe pairing with WAL.
 */
export function openDb(storeDir: string | ':memory:', migrations: readonly string[] = MIGRATIONS): Db {
  const path = storeDir === ':memory:' ? ':memory:' : dbPathIn(storeDir)
  if (storeDir !== ':memory:') mkdirSync(storeDir, { recursive: true })
  const raw = new Database(path, { timeout: 5000 })
  const db = wrap(raw, path)
  try {
    db.exec('PRAGMA busy_timeout = 5000')
    if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL')
    db.exec('PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000')
    // Tests of one migration open with the migrations up to it.
    if (migrate(db, migrations) >= NATURAL_KEYS_SINCE) backfillNaturalKeys(db)
  } catch (e) {
    raw.close()
    throw e
  }
  return db
}

export function schemaVersion(db: Db): number {
  return db.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0
}

/** Applies every migration above the stored version, each with its version bump in one transaction. */
export function migrate(db: Db, migrations: readonly string[] = MIGRATIONS): number {
  const current = schemaVersion(db)
  if (current > migrations.length) {
    throw new AppError('INTERNAL', `The local database was written by a newer Stockroom (schema ${current}, this one knows ${migrations.length}). Update Stockroom.`)
  }
  for (let v = current; v < migrations.length; v++) {
    db.tx(() => {
      db.exec(migrations[v] as string)
      // PRAGMA takes no bound parameters; v is a loop integer, never input.
      db.exec(`PRAGMA user_version = ${v + 1}`)
    })
  }
  return migrations.length
}

type RawDb = InstanceType<typeof Database>
type RawStatement = ReturnType<RawDb['prepare']>

function wrap(raw: RawDb, path: string): Db {
  const cache = new Map<string, RawStatement>()
  let depth = 0
  const stmt = (sql: string): RawStatement => {
    let s = cache.get(sql)
    if (!s) {
      s = raw.prepare(sql)
      cache.set(sql, s)
    }
    return s
  }
  // libsql quirks (0.5.29): a single null argument fails to bind unless passed inside an array, and
  // get() adds a `_metadata` key; so parameters always go as one array and get() goes through all().
  const args = (params: readonly SqlValue[] | undefined): SqlValue[] => (params ? [...params] : [])
  return {
    path,
    all: <T>(sql: string, params?: readonly SqlValue[]) => stmt(sql).all(args(params)) as T[],
    get: <T>(sql: string, params?: readonly SqlValue[]) => (stmt(sql).all(args(params)) as T[])[0],
    run: (sql, params) => ({ changes: stmt(sql).run(args(params)).changes }),
    exec: (sql) => void raw.exec(sql),
    tx<T>(fn: () => T): T {
      if (depth > 0) return fn()
      raw.exec('BEGIN IMMEDIATE')
      depth++
      try {
        const result = fn()
        raw.exec('COMMIT')
        return result
      } catch (e) {
        // SQLite already rolled back after some errors (SQLITE_FULL, SQLITE_IOERR): a second ROLLBACK
        // would throw "no transaction is active" and hide the real cause.
        if (raw.inTransaction) raw.exec('ROLLBACK')
        throw e
      } finally {
        depth--
      }
    },
    close: () => {
      cache.clear()
      raw.close()
    }
  }
}
