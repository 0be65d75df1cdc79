// Field descriptors -> the grids' filter/sort column tables (shared/model/grid.ts), with the column
// names and filter kinds kept as types so a query naming a wrong column or filter does not compile.
import type { FieldTable, FilterKind } from './types'

type FilterOf<D> = D extends { grid: { filter: infer F extends FilterKind } } ? F : never

/** `{ price: { kind: 'number' }, ... }` for every field whose grid defaults name a filter. */
export type FilterColumns<T extends FieldTable> = {
  -readonly [K in keyof T as FilterOf<T[K]> extends never ? never : K]: { kind: FilterOf<T[K]> }
}

export function filterColumns<T extends FieldTable>(table: T): FilterColumns<T> {
  const out: Record<string, { kind: FilterKind }> = {}
  for (const [name, f] of Object.entries(table)) if (f.grid?.filter) out[name] = { kind: f.grid.filter }
  return out as FilterColumns<T>
}
