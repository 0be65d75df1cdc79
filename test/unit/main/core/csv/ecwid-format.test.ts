// Ecwid's own product file: product, option and variation rows are diffed against the local store.
import { describe, expect, it } from 'vitest'
import { formatById } from '../../../../../src/main/core/csv/formats'
import { ECWID_PRODUCT_COLUMNS_ALL } from '../../../../../src/main/core/csv/formats/ecwid-columns'
import { planImport } from '../../../../../src/main/core/csv/import'
import { bytes, fixture, lookupOf, productWithVariations } from './helpers'

describe('Ecwid products format', () => {
  it('writes Ecwid column names only, in Ecwid order', () => {
    const ours = formatById('products-ecwid').columns({ variationOptionNames: ['Size'] }).map((c) => c.header)
    const generic = (h: string): string => h.replace(/_\d+$/, '_N').replace(/^product_variation_option_.+$/, 'product_variation_option_<Option name>')
    const order = ECWID_PRODUCT_COLUMNS_ALL as readonly string[]
    const positions = [...new Set(ours.map((h) => order.indexOf(generic(h))))]
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('plans product, option and variation changes from an Ecwid file and skips category rows', async () => {
    const p = productWithVariations()
    const r = await planImport({ resource: 'products', source: bytes(fixture('ecwid-products.csv')), lookup: lookupOf({ products: [p] }) })
    expect(r.format).toBe('products-ecwid')
    expect(r.issues.map((i) => i.code).sort()).toEqual(['SKIPPED_ROW', 'UNSUPPORTED_COLUMN'])
    const simple = r.changes.filter((c) => c.field !== 'options').map((c) => [c.field, c.variationId ?? null, c.before, c.after])
    expect(simple).toEqual([
      ['description', null, p.description, '<p>Soft</p>'],
      ['price', 9001, 19.99, 17.5],
      ['quantity', 9001, 4, 3]
    ])
    const options = r.changes.find((c) => c.field === 'options')!
    const after = options.after as NonNullable<typeof p.options>
    expect(after.map((o) => o.name)).toEqual(['Size', 'Colour', 'Engraving'])
    expect(after[0]).toMatchObject({ type: 'SELECT', required: true, defaultChoice: 1, choices: [{ text: 'S', priceModifier: 0 }, { text: 'M', priceModifier: 1.5, priceModifierType: 'ABSOLUTE' }] })
  })

  it('reports a variation it cannot find instead of creating one', async () => {
    const file = 'type,product_sku,product_price,product_variation_option_Size\nproduct_variation,TEE,5,XXL\n'
    const r = await planImport({ resource: 'products', source: bytes(file), lookup: lookupOf({ products: [productWithVariations()] }) })
    expect(r.issues).toMatchObject([{ code: 'NOT_FOUND', row: 2 }])
    expect(r.changes).toEqual([])
  })
})
