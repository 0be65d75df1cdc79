// GridQuery -> SQL (WHERE, ORDER BY, window) for one entity table, with bound parameters only:
// field names are checked against the column table and never interpolated from input.
import { AppError } from '@shared/errors'
import { GRID_MAX_LIMIT, type AnyGridQuery, type ColumnTable, type SortKey } from '@shared/model/grid'
import type { SqlValue } from './db'

export interface GridTableDef {
  table: string
  /** The FTS5 table over search_text (trigram tokenizer). */
  fts: string
  /** The integer key the FTS index uses as rowid. */
  rowid: string
  columns: ColumnTable
  /** Column name -> SQL expression on alias t. */
  sql: Record<string, string>
  /** What a column sorts by when not its own value: the key column of naturally sorted text. */
  sortSql?: Record<string, string>
  /** Columns whose filters need their own SQL (e.g. a link table). */
  customFilter?: Record<string, (values: string[]) => { where: string; params: SqlValue[] }>
}

export interface GridSql {
  where: string
  params: SqlValue[]
  orderBy: string
  limit: number
  offset: number
}

/** Trigram FTS needs at least 3 characters; shorter words fall back to LIKE on search_text. */
const MIN_FTS_TERM = 3
const MAX_TERMS = 8

export function likePattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** One FTS5 phrase per word: quotes inside are doubled, so input cannot inject FTS syntax. */
export function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`
}

export function searchTerms(search: string | undefined): string[] {
  return (search ?? '').trim().split(/\s+/).filter((t) => t !== '').slice(0, MAX_TERMS)
}

function column(def: GridTableDef, field: string): string {
  const sql = def.sql[field]
  if (!sql || !def.columns[field]) throw new AppError('VALIDATION', `Unknown column "${field}" for ${def.table}.`)
  return sql
}

export function buildGridSql(def: GridTableDef, q: AnyGridQuery): GridSql {
  const where: string[] = []
  const params: SqlValue[] = []
  const terms = searchTerms(q.search)
  const long = terms.filter((t) => t.length >= MIN_FTS_TERM)
  if (long.length > 0) {
    where.push(`t.${def.rowid} IN (SELECT rowid FROM ${def.fts} WHERE ${def.fts} MATCH ?)`)
    params.push(long.map(ftsPhrase).join(' AND '))
  }
  for (const t of terms.filter((x) => x.length < MIN_FTS_TERM)) {
    where.push(`t.search_text LIKE ? ESCAPE '\\'`)
    params.push(likePattern(t))
  }
  for (const f of q.filters ?? []) {
    const spec = def.columns[f.field]
    if (!spec || spec.kind !== f.kind) throw new AppError('VALIDATION', `Column "${f.field}" cannot take a ${f.kind} filter.`)
    const custom = def.customFilter?.[f.field]
    if (f.kind === 'enum' && custom) {
      const c = custom(f.values)
      where.push(c.where)
      params.push(...c.params)
      continue
    }
    const col = column(def, f.field)
    switch (f.kind) {
      case 'text':
        if (f.op === 'equals') where.push(`${col} = ?`)
        else where.push(`${col} LIKE ? ESCAPE '\\'`)
        params.push(f.op === 'equals' ? f.value : likePattern(f.value))
        break
      case 'number':
      case 'date': {
        const [lo, hi] = f.kind === 'number' ? [f.min, f.max] : [f.from, f.to]
        if (lo !== undefined) {
          where.push(`${col} >= ?`)
          params.push(lo)
        }
        if (hi !== undefined) {
          where.push(`${col} <= ?`)
          params.push(hi)
        }
        break
      }
      case 'enum':
        // An empty set matches nothing, like an unticked set filter in a spreadsheet.
        where.push(f.values.length === 0 ? '0' : `${col} IN (${f.values.map(() => '?').join(', ')})`)
        params.push(...f.values)
        break
      case 'boolean':
        where.push(`${col} = ?`)
        params.push(f.value ? 1 : 0)
        break
    }
  }
  // Every grid table keys its rows by t.id; json_each keeps 100k keys one bound parameter.
  if (q.within) {
    where.push('t.id IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(q.within))
  }
  const limit = Math.max(0, Math.min(GRID_MAX_LIMIT, Math.floor(q.limit)))
  const offset = Math.max(0, Math.floor(q.offset))
  return { where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params, orderBy: orderBy(def, q.sort ?? []), limit, offset }
}

/**
 * The key always ends with the rowid, in the direction of the last sort key: windows never overlap
 * or skip, and ORDER BY name DESC, id DESC walks the (name, id) index backwards without a sort.
 */
function orderBy(def: GridTableDef, sort: readonly SortKey[]): string {
  const keys = sort.slice(0, 4).map((s) => {
    if (def.columns[s.field]?.sortable === false) throw new AppError('VALIDATION', `Column "${s.field}" cannot be sorted.`)
    const by = def.sortSql?.[s.field] ?? column(def, s.field)
    return `${by} ${s.dir === 'desc' ? 'DESC' : 'ASC'}`
  })
  const lastDir = sort.length > 0 && sort[Math.min(sort.length, 4) - 1]?.dir === 'desc' ? 'DESC' : 'ASC'
  return `ORDER BY ${[...keys, `t.${def.rowid} ${lastDir}`].join(', ')}`
}
