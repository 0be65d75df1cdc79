// Field descriptors -> the grids' filter/sort column tables (shared/model/grid.ts), with the column
// names and filter kinds kept as types so a query naming a wrong column or filter does not compile.
import { gridKeyOf, type FieldTable, type FilterKind, type RowKeyOf } from './types'

type FilterOf<D> = D extends { grid: { filter: infer F extends FilterKind } } ? F : never

/** `{ price: { kind: 'number' }, status: { kind: 'enum', values } ... }` for every field whose grid defaults name a filter. */
export type FilterColumns<T extends FieldTable> = {
  -readonly [K in keyof T & string as FilterOf<T[K]> extends never ? never : RowKeyOf<T[K], K>]: { kind: FilterOf<T[K]>; values?: readonly string[] }
}

export function filterColumns<T extends FieldTable>(table: T): FilterColumns<T> {
  const out: Record<string, { kind: FilterKind; values?: readonly string[] }> = {}
  for (const f of Object.values(table)) {
    // An enum filter offers every value a row may hold, the ones only Ecwid sets included.
    if (f.grid?.filter) out[gridKeyOf(f)] = { kind: f.grid.filter, ...(f.grid.filter === 'enum' && f.values ? { values: f.values } : {}) }
  }
  return out as FilterColumns<T>
}
