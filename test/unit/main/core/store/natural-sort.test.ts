// Grids sort text as a merchant reads a list (issue 18, finish item 9): accents folded ("Bob Çelik"
// before "Bob Tanaka"), numbers by value ("#5" before "#40"), case ignored; in SQLite, through key
// columns, so a 100k-row sort still walks an index. A database from schema 2 gets its keys on open.
import Database from 'libsql'
import { afterEach, describe, expect, it } from 'vitest'
import { COUPON_FIELDS, PRODUCT_FIELDS, type FieldDescriptor, type FieldTable } from '@shared/model/schema'
import { dbPathIn, openDb, schemaVersion, type Db } from '../../../../../src/main/core/store/db'
import { upsertCustomers, upsertProducts } from '../../../../../src/main/core/store/entities'
import { queryCustomers, queryProducts } from '../../../../../src/main/core/store/grids'
import { MIGRATIONS } from '../../../../../src/main/core/store/migrations'
import { NATURAL_KEY_COLUMNS, naturalKey } from '../../../../../src/main/core/store/natural-key'
import { useTempDir } from '../../../../helpers/temp-dir'
import { customer, product } from './fixtures'

const NAMES = ['Poster #40', 'bob tanaka', 'Poster #5', 'Bob Çelik', 'Émile', 'apple', 'Poster #05b', 'Zebra', 'Poster #100']
const WANT = ['apple', 'Bob Çelik', 'bob tanaka', 'Émile', 'Poster #5', 'Poster #05b', 'Poster #40', 'Poster #100', 'Zebra']

let db: Db | null = null
afterEach(() => db?.close())

const names = (d: Db, dir: 'asc' | 'desc', field: 'name' | 'sku' = 'name'): string[] =>
  queryProducts(d, { offset: 0, limit: 50, sort: [{ field, dir }] }).rows.map((r) => (field === 'sku' ? r.sku : r.name))

describe('natural sort', () => {
  it('keys compare as people read: accents and case folded, digit runs by value', () => {
    const sorted = [...NAMES].sort((a, b) => (naturalKey(a) < naturalKey(b) ? -1 : naturalKey(a) > naturalKey(b) ? 1 : 0))
    expect(sorted).toEqual(WANT)
    expect(naturalKey('A-007')).toBe(naturalKey('a-7'))
    // Letters Unicode does not decompose, and decoration that is no letter at all.
    expect(naturalKey('Chloé Øvergaard') < naturalKey('Chloé Smith')).toBe(true)
    expect(naturalKey('🧦 Cozy Socks') < naturalKey('🚲 Daisy Bell')).toBe(true)
    expect(naturalKey('Straße')).toBe(naturalKey('strasse'))
    expect(naturalKey('x99999999999999999999') > naturalKey('x100')).toBe(true)
  })

  it('product names and SKUs sort naturally both ways in the grid query', () => {
    db = openDb(':memory:')
    upsertProducts(db, NAMES.map((name, i) => product(i + 1, { name, sku: `SKU-${[40, 5, 100, 7, 1, 12, 3, 9, 60][i]}` })), 1)
    expect(names(db, 'asc')).toEqual(WANT)
    expect(names(db, 'desc')).toEqual([...WANT].reverse())
    expect(names(db, 'asc', 'sku')).toEqual(['SKU-1', 'SKU-3', 'SKU-5', 'SKU-7', 'SKU-9', 'SKU-12', 'SKU-40', 'SKU-60', 'SKU-100'])
    // A rename re-keys the row.
    upsertProducts(db, [product(6, { name: 'Zz last', sku: 'SKU-12' })], 2)
    expect(names(db, 'asc').at(-1)).toBe('Zz last')
  })

  it('customer names sort naturally', () => {
    db = openDb(':memory:')
    upsertCustomers(db, [customer(1, { name: 'Bob Tanaka' }), customer(2, { name: 'Bob Çelik' }), customer(3, { name: 'bob Adams' })], 1)
    expect(queryCustomers(db, { offset: 0, limit: 10, sort: [{ field: 'name', dir: 'asc' }] }).rows.map((r) => r.name)).toEqual(['bob Adams', 'Bob Çelik', 'Bob Tanaka'])
  })

  it('every naturally sorted descriptor field has the key column migration 003 adds', () => {
    const flagged = (fields: FieldTable): string[] => Object.values(fields).flatMap((f: FieldDescriptor) => (f.store?.naturalSort ? [f.store.column] : []))
    expect(flagged(PRODUCT_FIELDS).sort()).toEqual(['name', 'sku'])
    expect(flagged(COUPON_FIELDS).sort()).toEqual(['code', 'name'])
    for (const column of flagged(PRODUCT_FIELDS)) expect(NATURAL_KEY_COLUMNS).toContainEqual({ table: 'products', rowid: 'id', column })
    for (const column of flagged(COUPON_FIELDS)) expect(NATURAL_KEY_COLUMNS).toContainEqual({ table: 'coupons', rowid: 'id', column })
  })
})

describe('a schema-2 database on disk', () => {
  const dir = useTempDir()

  it('gets its sort keys when it opens, and sorts naturally at once', () => {
    const old = openDb(dir())
    upsertProducts(old, NAMES.map((name, i) => product(i + 1, { name })), 1)
    old.close()
    // Back to how schema 2 left it: no key columns.
    const raw = new Database(dbPathIn(dir()))
    for (const c of NATURAL_KEY_COLUMNS) {
      raw.exec(`DROP INDEX ${c.table}_${c.column}_key`)
      raw.exec(`ALTER TABLE ${c.table} DROP COLUMN ${c.column}_key`)
    }
    raw.exec('PRAGMA user_version = 2')
    raw.close()

    db = openDb(dir())
    expect(schemaVersion(db)).toBe(MIGRATIONS.length)
    expect(names(db, 'asc')).toEqual(WANT)
  })
})
