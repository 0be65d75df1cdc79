// "This file is a no-op": every resource, format and export option re-imports with zero planned changes;
// an edited cell yields exactly one change; blank cells never clear unless "blank clears" is chosen.
import { describe, expect, it } from 'vitest'
import { exportCsv, type ExportOptions } from '../../../../../src/main/core/csv/export'
import type { FormatId } from '../../../../../src/main/core/csv/formats'
import { scanVariationOptionNames } from '../../../../../src/main/core/csv/formats/ecwid-products'
import { planImport, type ImportRequest } from '../../../../../src/main/core/csv/import'
import type { CsvResource } from '../../../../../src/main/core/csv/types'
import { bytes, coupon, customer, lookupOf, MemorySink, order, product, productWithVariations } from './helpers'

const products = [...Array.from({ length: 30 }, (_, i) => product(i + 1)), productWithVariations(), product(99, { unlimited: true, quantity: undefined, compareToPrice: -1.5, name: '=1+2', sku: '+SKU' })]
const orders = [order(1001), order(1002, { fulfillmentStatus: 'SHIPPED', trackingNumber: '-123', items: [] })]
const coupons = [coupon(1), coupon(2, { expirationDate: '2025-12-31 23:59:59 +0000', discountType: 'ABS', name: '@everyone' })]
const customers = [customer(1), customer(2)]
const lookup = lookupOf({ products, orders, coupons, customers })
const data: Record<CsvResource, unknown[]> = { products, orders, coupons, customers }

async function exported(resource: CsvResource, format: FormatId, options: ExportOptions): Promise<Buffer> {
  const { FORMATS } = await import('../../../../../src/main/core/csv/formats')
  const sink = new MemorySink()
  const context = format === 'products-ecwid' ? { variationOptionNames: await scanVariationOptionNames(products) } : undefined
  await exportCsv(data[resource] as never[], FORMATS[format], sink, { ...options, context })
  return sink.buffer()
}

const importOf = (resource: CsvResource, file: Buffer, extra: Partial<ImportRequest> = {}) => planImport({ resource, source: bytes(file, 997), lookup, ...extra })

const OPTIONS: ExportOptions[] = [{}, { bom: false }, { delimiter: ';', decimalSeparator: ',' }, { delimiter: '\t', newline: '\n' }]
const CASES: [CsvResource, FormatId][] = [
  ['products', 'products-flat'],
  ['products', 'products-ecwid'],
  ['orders', 'orders-flat'],
  ['orders', 'orders-tracking'],
  ['coupons', 'coupons-flat'],
  ['customers', 'customers-flat']
]

describe('round trip of an unchanged export', () => {
  for (const [resource, format] of CASES) {
    for (const options of OPTIONS) {
      it(`${format} ${JSON.stringify(options)} plans zero changes`, async () => {
        const file = await exported(resource, format, options)
        const r = await importOf(resource, file, { validate: { decimalSeparator: options.decimalSeparator ?? '.' } })
        expect(r.fatal).toBeNull()
        expect(r.format).toBe(format === 'orders-tracking' ? 'orders-flat' : format)
        expect(r.issues.filter((i) => i.severity === 'error')).toEqual([])
        expect(r.invalid).toBe(0)
        expect(r.changes).toEqual([])
      })
    }
  }

  it('the order-items report exports one row per item and refuses to import', async () => {
    const file = await exported('orders', 'order-items-flat', {})
    expect(file.toString('utf8').trim().split('\r\n')).toHaveLength(1 + 2 + 1)
    const r = await importOf('orders', file, { format: 'order-items-flat' })
    expect(r.issues[0]).toMatchObject({ code: 'NOT_IMPORTABLE' })
    expect(r.changes).toEqual([])
  })
})

describe('edits', () => {
  it('one edited cell is one change with before and after', async () => {
    const text = (await exported('products', 'products-flat', {})).toString('utf8').replace('Product 5,', 'Renamed 5,')
    const r = await importOf('products', Buffer.from(text))
    expect(r.changes).toEqual([{ resource: 'products', entityId: 5, field: 'name', before: 'Product 5', after: 'Renamed 5', row: 6 }])
  })

  it('blank cells leave values unchanged unless "blank clears" is chosen', async () => {
    const file = 'SKU,Name,Compare-to price,Description\nSKU-3,,,\n'
    expect((await importOf('products', Buffer.from(file))).changes).toEqual([])
    const r = await importOf('products', Buffer.from(file), { validate: { blankClears: new Set(['description']) } })
    expect(r.changes).toMatchObject([{ entityId: 3, field: 'description', after: null }])
  })

  it('unmatched rows become creates only when allowed, and need the required fields', async () => {
    const file = Buffer.from('SKU,Name,Price\nNEW-1,Fresh,3\nNEW-2,,4\n')
    const denied = await importOf('products', file)
    expect(denied.invalid).toBe(2)
    expect(denied.issues[0]!.message).toMatch(/Allow creating new products/)
    const allowed = await importOf('products', file, { allowCreate: true })
    expect(allowed.changes.filter((c) => c.entityId === 'new').map((c) => c.field)).toEqual(['sku', 'name', 'price'])
    expect(allowed.issues).toMatchObject([{ code: 'REQUIRED', row: 3 }])
  })

  it('duplicate SKUs and ids in one file are reported on the second row', async () => {
    const r = await importOf('products', Buffer.from('ID,SKU,Price\n1,,5\n,SKU-1,6\n'))
    expect(r.issues).toMatchObject([{ code: 'DUPLICATE_KEY', row: 3 }])
    expect(r.changes).toHaveLength(1)
  })

  it('an unknown id is not silently turned into a create', async () => {
    const r = await importOf('products', Buffer.from('ID,Name\n777,X\n'), { allowCreate: true })
    expect(r.issues).toMatchObject([{ code: 'NOT_FOUND', row: 2 }])
  })

  it('semicolon + decimal comma Excel file: typed values, invalid cells reported with row and column', async () => {
    const file = 'SKU;Price;Qty;Enabled\r\nSKU-1;12,50;3;ja\r\nSKU-2;1.234,5;x;no\r\n'
    const r = await importOf('products', Buffer.from(file), { validate: { decimalSeparator: ',' } })
    expect(r.issues).toMatchObject([
      { row: 2, column: 'Enabled', value: 'ja', code: 'INVALID_VALUE' },
      { row: 3, column: 'Qty', value: 'x', code: 'INVALID_VALUE' }
    ])
    expect(r.valid).toBe(0)
  })

  it('remembers a confirmed mapping for the next file of the same shape', async () => {
    const { createMemoryMappingMemory } = await import('../../../../../src/main/core/csv/mapping-memory')
    const memory = createMemoryMappingMemory()
    const file = Buffer.from('Artikel,Preis\nSKU-1,99\n')
    const first = await importOf('products', file, { memory, mapping: { Artikel: 'sku', Preis: 'price' }, rememberMapping: true })
    expect(first.changes).toMatchObject([{ field: 'price', after: 99 }])
    const second = await importOf('products', file, { memory })
    expect(second.mapping.map((m) => m.source)).toEqual(['memory', 'memory'])
    expect(second.changes).toMatchObject([{ field: 'price', after: 99 }])
  })
})
