// Text sorted as a merchant reads a list, inside SQLite: "Bob Çelik" before "Bob Tanaka", "#5" before
// "#40". libsql's Node binding cannot register collations or functions (db.function() throws "not
// implemented"), so each such column has a key column beside it, written with the row, that plain
// binary order sorts naturally; an index on (key, rowid) keeps a 100k-row sort a walk, not a sort.
import type { Db } from './db'

/** Digit runs become length-prefixed ("5" → "15", "40" → "240"), so they compare as numbers. */
function numberKey(digits: string): string {
  const n = digits.replace(/^0+(?=\d)/, '')
  return `${String(n.length).padStart(2, '0')}${n}`
}

/** Letters Unicode does not decompose into a base letter, read as their base letters. */
const FOLDS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' }

/**
 * Accents and case folded, symbols (emoji, ™) ignored, spaces collapsed, numbers by value. Ties fall
 * back to the rowid in ORDER BY.
 */
export function naturalKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\p{S}]+/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => FOLDS[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\d+/g, numberKey)
}

export const keyColumnOf = (column: string): string => `${column}_key`

export interface NaturalKeyColumn {
  table: string
  rowid: string
  column: string
}

/** The key columns migration 003 added; a descriptor's naturalSort field must be one (a unit test checks). */
export const NATURAL_KEY_COLUMNS: readonly NaturalKeyColumn[] = [
  { table: 'products', rowid: 'id', column: 'name' },
  { table: 'products', rowid: 'id', column: 'sku' },
  { table: 'coupons', rowid: 'id', column: 'name' },
  { table: 'coupons', rowid: 'id', column: 'code' },
  { table: 'customers', rowid: 'id', column: 'name' },
  { table: 'customers', rowid: 'id', column: 'email' },
  { table: 'orders', rowid: 'internal_id', column: 'id' },
  { table: 'orders', rowid: 'internal_id', column: 'customer_name' },
  { table: 'orders', rowid: 'internal_id', column: 'email' }
]

/** The schema version that has the key columns. */
export const NATURAL_KEYS_SINCE = 3

/**
 * Fills key columns a row lacks: rows stored before the key existed (a database from schema 2) or
 * before a column became naturally sorted. Cheap when nothing is missing: `key = ''` reads its index.
 */
export function backfillNaturalKeys(db: Db, columns: readonly NaturalKeyColumn[] = NATURAL_KEY_COLUMNS): number {
  let filled = 0
  for (const { table, rowid, column } of columns) {
    const key = keyColumnOf(column)
    const rows = db.all<{ id: number; text: string }>(`SELECT ${rowid} AS id, ${column} AS text FROM ${table} WHERE ${key} = '' AND coalesce(${column}, '') <> ''`)
    if (rows.length === 0) continue
    db.tx(() => {
      for (const r of rows) filled += db.run(`UPDATE ${table} SET ${key} = ? WHERE ${rowid} = ?`, [naturalKey(String(r.text)), r.id]).changes
    })
  }
  return filled
}
