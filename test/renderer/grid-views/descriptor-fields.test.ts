// Every field with grid defaults in the descriptors (src/shared/model/schema) reaches the grid views
// without code of its own: a column with its title and width, its filter kind in the filter table the
// filter bar, the IPC schemas and the SQL read, and each bulk operation its grid.bulk names. Together
// with the schema walks (test/integration/schema) a field added to a descriptor is tested end to end.
import { describe, expect, it } from 'vitest'
import { FIELD_TABLES, fieldsOf, gridKeyOf, type FieldTable } from '@shared/model/schema'
import { GRID_COLUMNS, type GridResource } from '@shared/model/grid'
import { customerColumns, orderColumns, productColumns, type Formatters } from '../../../src/renderer/src/components/grid-views/columns'
import { couponColumns } from '../../../src/renderer/src/components/coupons/coupon-columns'
import { BULK_SPECS } from '../../../src/renderer/src/components/grid-views/bulk-edit'

const f: Formatters = { money: (v) => String(v ?? ''), weight: (v) => String(v ?? ''), dateTime: (ms) => String(ms ?? ''), date: (ms) => String(ms ?? '') }
const columnsOf: Record<GridResource, () => { key: string; title: string; width?: number; editable?: unknown }[]> = {
  products: () => productColumns(f, () => []),
  orders: () => orderColumns(f),
  coupons: () => couponColumns({ money: (v) => String(v ?? ''), date: (ms) => String(ms ?? ''), now: () => 0 }),
  customers: () => customerColumns(f)
}
const TABLES: Readonly<Record<GridResource, FieldTable>> = FIELD_TABLES
const gridFields = (table: FieldTable) => fieldsOf(table).filter((d) => d.grid)

describe.each(Object.keys(TABLES) as GridResource[])('%s descriptors in the grid views', (resource) => {
  const table = TABLES[resource]

  it('give every field with grid defaults a column', () => {
    const columns = new Map(columnsOf[resource]().map((c) => [c.key, c]))
    // No grid shows an ID column: the id is the row's key and the panel's title, filterable only.
    const shown = gridFields(table).filter((d) => d.path !== 'id')
    expect(shown.filter((d) => !columns.has(gridKeyOf(d))).map((d) => d.path)).toEqual([])
    for (const d of shown) {
      const c = columns.get(gridKeyOf(d))
      expect([d.path, c?.title, c?.width]).toEqual([d.path, d.grid?.title, d.grid?.width])
    }
  })

  it('give every filterable field its filter kind', () => {
    for (const d of gridFields(table).filter((x) => x.grid?.filter)) {
      expect([d.path, GRID_COLUMNS[resource][gridKeyOf(d)]?.kind]).toEqual([d.path, d.grid?.filter])
    }
  })

  it('offer every bulk operation the descriptor names, under its label', () => {
    const spec = BULK_SPECS[resource]
    for (const op of ['set', 'adjust', 'replace'] as const) {
      const expected = fieldsOf(table).filter((d) => d.grid?.bulk?.[op] !== undefined).map((d) => [d.path, d.grid?.bulk?.label ?? d.label])
      expect([op, spec[op].map((b) => [b.field, b.label])]).toEqual([op, expect.arrayContaining(expected)])
      expect([op, spec[op].length]).toEqual([op, expected.length])
    }
  })
})
