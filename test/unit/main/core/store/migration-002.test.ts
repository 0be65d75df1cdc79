// Schema 1 -> 2 (optional order and coupon fields) on a POPULATED schema-1 database written to disk:
// every row, every JSON side row, the search index and the JSON cascade survive the table rebuilds.
import Database from 'libsql'
import { describe, expect, it } from 'vitest'
import { dbPathIn, openDb, schemaVersion } from '../../../../../src/main/core/store/db'
import { MIGRATIONS } from '../../../../../src/main/core/store/migrations'
import { INITIAL_SCHEMA } from '../../../../../src/main/core/store/migrations/001-initial'
import { useTempDir } from '../../../../helpers/temp-dir'

const ORDERS = 1_200
const COUPONS = 150

/** A schema-1 file as an older Stockroom left it: v1 tables, v1 rows, user_version 1. */
function writeV1(dir: string): void {
  const raw = new Database(dbPathIn(dir))
  raw.exec('PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON')
  raw.exec(INITIAL_SCHEMA)
  raw.exec('PRAGMA user_version = 1')
  raw.exec('BEGIN')
  const order = raw.prepare('INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const orderJson = raw.prepare('INSERT INTO orders_json VALUES (?, ?)')
  for (let i = 0; i < ORDERS; i++) {
    const internal = 9_000_000 + i
    order.run(internal, `ORD${i}`, 1000 + i, 1_700_000_000_000 + i, 1_700_000_500_000 + i, `Buyer ${i}`, `b${i}@example.com`, i * 1.25,
      i % 2 ? 'PAID' : 'AWAITING_PAYMENT', 'PROCESSING', `TRK${i}`, i % 7 ? '' : `note ${i}`, `ord${i} buyer${i}zz b${i}@example.com`, 3)
    orderJson.run(internal, JSON.stringify({ id: `ORD${i}`, orderNumber: 1000 + i }))
  }
  const coupon = raw.prepare('INSERT INTO coupons VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const couponJson = raw.prepare('INSERT INTO coupons_json VALUES (?, ?)')
  for (let i = 0; i < COUPONS; i++) {
    coupon.run(500 + i, `Coupon ${i}`, `CODE${i}`, 'PERCENT', 5 + (i % 20), 'ACTIVE', i % 3 ? null : 1_700_000_000_000, null, 'UNLIMITED', i, 1_700_000_000_000, 1_700_000_100_000, `code${i}qq`, 3)
    couponJson.run(500 + i, JSON.stringify({ id: 500 + i, code: `CODE${i}` }))
  }
  raw.exec("INSERT INTO sync_state (resource, full_done, cursor, synced_at) VALUES ('orders', 1, 1700000000, 1700000600000)")
  raw.exec('COMMIT')
  raw.close()
}

const dump = (db: ReturnType<typeof openDb>, table: string, key: string): unknown[] => db.all(`SELECT * FROM ${table} ORDER BY ${key}`)

describe('migration 002 on a populated schema-1 database', () => {
  const dir = useTempDir()

  it('keeps every row, JSON row and search entry, and takes the NULLs Ecwid allows afterwards', () => {
    writeV1(dir())
    const before = new Database(dbPathIn(dir()))
    const rows = (t: string, k: string): unknown[] => before.prepare(`SELECT * FROM ${t} ORDER BY ${k}`).all()
    const expected = {
      orders: rows('orders', 'internal_id'), ordersJson: rows('orders_json', 'internal_id'),
      coupons: rows('coupons', 'id'), couponsJson: rows('coupons_json', 'id'), syncState: rows('sync_state', 'resource')
    }
    before.close()
    expect(expected.orders).toHaveLength(ORDERS)

    const db = openDb(dir(), MIGRATIONS.slice(0, 2))
    expect(schemaVersion(db)).toBe(2)
    expect(dump(db, 'orders', 'internal_id')).toEqual(expected.orders)
    expect(dump(db, 'orders_json', 'internal_id')).toEqual(expected.ordersJson)
    expect(dump(db, 'coupons', 'id')).toEqual(expected.coupons)
    expect(dump(db, 'coupons_json', 'id')).toEqual(expected.couponsJson)
    expect(dump(db, 'sync_state', 'resource')).toEqual(expected.syncState)
    // The rebuilt search index finds old rows, and its triggers follow new writes.
    expect(db.all<{ rowid: number }>("SELECT rowid FROM orders_fts WHERE orders_fts MATCH 'buyer777zz'")).toEqual([{ rowid: 9_000_777 }])
    expect(db.all<{ rowid: number }>("SELECT rowid FROM coupons_fts WHERE coupons_fts MATCH 'code42qq'")).toEqual([{ rowid: 542 }])
    // The JSON side table still cascades from its parent.
    db.run('DELETE FROM orders WHERE internal_id = ?', [9_000_003])
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM orders_json')?.n).toBe(ORDERS - 1)
    // What schema 1 refused: an order without orderNumber or total.
    db.run("INSERT INTO orders (internal_id, id, search_text) VALUES (1, 'NO-NUMBER', 'x')")
    expect(db.get<{ order_number: number | null; total: number | null }>("SELECT order_number, total FROM orders WHERE id = 'NO-NUMBER'")).toEqual({ order_number: null, total: null })
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM sync_set_aside')?.n).toBe(0)
    db.close()
  })
})
