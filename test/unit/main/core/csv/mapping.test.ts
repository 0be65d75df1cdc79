// Header mapping: synonyms, Ecwid names, overrides, remembered shapes (in memory and on disk).
import { describe, expect, it } from 'vitest'
import { formatById } from '../../../../../src/main/core/csv/formats'
import { applyOverrides, autoMap, fileShape, normaliseHeader, resolveMapping } from '../../../../../src/main/core/csv/mapping'
import { createFileMappingMemory, createMemoryMappingMemory } from '../../../../../src/main/core/csv/mapping-memory'
import { useTempDir } from '../../../../helpers/temp-dir'

const products = formatById('products-flat')
const fields = (headers: string[], id: Parameters<typeof formatById>[0] = 'products-flat'): (string | null)[] => autoMap(headers, formatById(id)).map((m) => m.field)

describe('normaliseHeader', () => {
  it.each([
    ['Price (USD)', 'price'],
    ['  Product_Name ', 'product name'],
    ['compareToPrice', 'compare to price'],
    ['Order #', 'order number'],
    ['Catégorie', 'categorie'],
    ['QTY.', 'qty']
  ])('%j -> %j', (h, n) => expect(normaliseHeader(h)).toBe(n))
})

describe('autoMap', () => {
  it('matches case, spacing, punctuation, units and synonyms', () => {
    expect(fields(['Title', 'Price (USD)', 'Stock', 'sku', 'Product name'])).toEqual(['name', 'price', 'quantity', 'sku', null])
    expect(fields(['Qty', 'Compare at price', 'MSRP', 'product_price'])).toEqual(['quantity', 'compareToPrice', null, 'price'])
  })
  it('recognises Ecwid column names in the flat format', () => {
    expect(fields(['product_sku', 'product_name', 'product_quantity', 'product_is_available'])).toEqual(['sku', 'name', 'quantity', 'enabled'])
  })
  it('maps our own export headers exactly', () => {
    const headers = products.columns().map((c) => c.header)
    expect(fields(headers)).toEqual(products.columns().map((c) => c.field))
  })
  it('maps Ecwid variation option columns dynamically', () => {
    expect(fields(['type', 'product_sku', 'product_variation_option_Size'], 'products-ecwid')).toEqual(['rowType', 'sku', 'variationOption.Size'])
  })
  it('reports unknown columns as warnings and known Ecwid columns as unsupported', () => {
    const { issues } = resolveMapping(autoMap(['Name', 'Warehouse bin'], products), products)
    expect(issues).toMatchObject([{ code: 'UNKNOWN_COLUMN', severity: 'warning', column: 'Warehouse bin' }])
    const ecwid = formatById('products-ecwid')
    const r = resolveMapping(autoMap(['type', 'product_ribbon_text', 'product_attribute_Material'], ecwid), ecwid)
    expect(r.issues.map((i) => i.code)).toEqual(['UNSUPPORTED_COLUMN', 'UNSUPPORTED_COLUMN'])
  })
})

describe('overrides and shapes', () => {
  it('a user choice wins and frees the field from the auto-mapped column', () => {
    const auto = autoMap(['Price', 'Sale price'], products)
    const m = applyOverrides(auto, { 'Sale price': 'price', Price: null })
    expect(m.map((x) => [x.header, x.field, x.source])).toEqual([
      ['Price', null, 'user'],
      ['Sale price', 'price', 'user']
    ])
  })
  it('two columns on one field is an error', () => {
    const m = applyOverrides(autoMap(['Price', 'Other'], products), { Other: 'price' })
    const both = m.map((x) => ({ ...x, field: 'price' }))
    expect(resolveMapping(both, products).issues[0]).toMatchObject({ code: 'DUPLICATE_HEADER', severity: 'error' })
  })
  it('the shape ignores order, case and punctuation but not the resource', () => {
    expect(fileShape('products', ['SKU', 'Price (USD)'])).toBe(fileShape('products', ['price', ' sku']))
    expect(fileShape('products', ['SKU'])).not.toBe(fileShape('coupons', ['SKU']))
    expect(fileShape('products', ['SKU'])).not.toBe(fileShape('products', ['SKU', 'Name']))
  })
})

describe('MappingMemory', () => {
  const dir = useTempDir('stockroom-csv-')
  it('remembers a mapping per shape in a JSON file that survives a new instance', async () => {
    const a = createFileMappingMemory(dir())
    expect(await a.get('shape1')).toBeUndefined()
    await Promise.all([a.set('shape1', { Stock: 'quantity', Bin: null }), a.set('shape2', { X: 'name' })])
    const b = createFileMappingMemory(dir())
    expect(await b.get('shape1')).toEqual({ Stock: 'quantity', Bin: null })
    expect(await b.get('shape2')).toEqual({ X: 'name' })
  })
  it('has an in-memory double', async () => {
    const m = createMemoryMappingMemory()
    await m.set('s', { A: 'sku' })
    expect(await m.get('s')).toEqual({ A: 'sku' })
  })
})
