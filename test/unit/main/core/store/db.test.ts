// The store database: migrations tracked in user_version, WAL on disk, newer schemas refused.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dbPathIn, migrate, openDb, schemaVersion } from '../../../../../src/main/core/store/db'
import { MIGRATIONS } from '../../../../../src/main/core/store/migrations'
import { useTempDir } from '../../../../helpers/temp-dir'

describe('openDb', () => {
  const dir = useTempDir()

  it('creates the file, switches to WAL and migrates to the latest schema', () => {
    const db = openDb(dir())
    expect(existsSync(dbPathIn(dir()))).toBe(true)
    expect(db.get<{ journal_mode: string }>('PRAGMA journal_mode')?.journal_mode).toBe('wal')
    expect(schemaVersion(db)).toBe(MIGRATIONS.length)
    const tables = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((t) => t.name)
    for (const t of ['products', 'product_variations', 'product_categories', 'categories', 'orders', 'coupons', 'customers', 'profile', 'sync_state', 'sync_pages', 'products_fts', 'products_json', 'orders_json']) {
      expect(tables).toContain(t)
    }
    db.close()
  })

  it('re-opening an up-to-date database runs no migration and keeps the data', () => {
    const a = openDb(dir())
    a.run("INSERT INTO profile (id, json, synced_at) VALUES (1, '{}', 1)")
    a.close()
    const b = openDb(dir())
    expect(schemaVersion(b)).toBe(MIGRATIONS.length)
    expect(b.get<{ n: number }>('SELECT count(*) AS n FROM profile')?.n).toBe(1)
    b.close()
  })

  it('applies only the migrations above the stored version, each atomically', () => {
    const db = openDb(':memory:')
    const extra = [...MIGRATIONS, 'CREATE TABLE extra (x INTEGER)', 'CREATE TABLE broken (x INTEGER); SELECT * FROM nowhere']
    expect(() => migrate(db, extra)).toThrow()
    // The good one landed with its version; the broken one left neither table nor version behind.
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1)
    expect(db.all("SELECT name FROM sqlite_master WHERE name = 'broken'")).toEqual([])
    db.close()
  })

  it('refuses a database written by a newer Stockroom', () => {
    const a = openDb(dir())
    a.exec(`PRAGMA user_version = ${MIGRATIONS.length + 5}`)
    a.close()
    expect(() => openDb(dir())).toThrow(/newer Stockroom/)
  })

  it('binds a lone null parameter and strips libsql metadata from get()', () => {
    const db = openDb(':memory:')
    db.run('INSERT INTO sync_state (resource, cursor) VALUES (?, ?)', ['products', null])
    const row = db.get<Record<string, unknown>>('SELECT resource FROM sync_state WHERE cursor IS ?', [null])
    expect(row).toEqual({ resource: 'products' })
    db.close()
  })

  it('rolls a failed transaction back and joins nested ones', () => {
    const db = openDb(':memory:')
    expect(() =>
      db.tx(() => {
        db.run("INSERT INTO sync_state (resource) VALUES ('orders')")
        db.tx(() => db.run("INSERT INTO sync_state (resource) VALUES ('coupons')"))
        throw new Error('boom')
      })
    ).toThrow('boom')
    expect(db.all('SELECT * FROM sync_state')).toEqual([])
    db.close()
  })
})
