// An Ecwid-format file with an edited product_variation row stages a variation change ("productId/
// combinationId") instead of a "not supported" warning, and pushing it changes the sandbox combination.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cells, csvFixture, type CsvFixture } from './helpers'

let f: CsvFixture
beforeAll(async () => {
  f = await csvFixture()
}, 60_000)
afterAll(async () => {
  await f?.close()
})

const quote = (v: string): string => (/[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

describe('Ecwid-format variation rows', () => {
  it('stage and push a variation price and SKU', async () => {
    await f.cli(['export', 'products', '--out', f.file('v.csv'), '--format', 'ecwid'])
    const lines = f.read('v.csv').replace(/^\uFEFF/, '').split('\r\n')
    const header = cells(lines[0]!)
    const col = (name: string): number => header.indexOf(name)
    const at = lines.findIndex((l, i) => i > 0 && cells(l)[col('type')] === 'product_variation')
    expect(at).toBeGreaterThan(0)
    const row = cells(lines[at]!)
    const sku = row[col('product_variation_sku')]!
    // Find the combination the row describes by its SKU on the sandbox.
    let productId = 0
    let combinationId = 0
    for (let i = 0; i < f.sb.state.products.size; i++) {
      const p = f.sb.state.products.get(i)
      const c = p?.combinations?.find((x) => x.sku === sku)
      if (p && c) [productId, combinationId] = [p.id, c.id]
    }
    expect(combinationId).toBeGreaterThan(0)
    row[col('product_price')] = '66.5'
    row[col('product_variation_sku')] = `${sku}-CSV`
    lines[at] = row.map(quote).join(',')
    f.write('v-edited.csv', lines.join('\r\n'))

    const imp = await f.cli(['import', 'products', f.file('v-edited.csv'), '--session', 'variation csv'])
    expect(imp.json).toMatchObject({ invalid: 0, changes: 2, errors: [] })
    const show = await f.cli(['session', 'show', 'variation csv'], { token: true })
    const staged = show.json?.changes as { resource: string; entityId: string; field: string; after: unknown }[]
    expect(staged.map((c) => [c.resource, c.entityId, c.field, c.after]).sort()).toEqual(
      [['variations', `${productId}/${combinationId}`, 'price', 66.5], ['variations', `${productId}/${combinationId}`, 'sku', `${sku}-CSV`]].sort()
    )
    const push = await f.cli(['session', 'push', 'variation csv', '--poll-ms', '20'], { token: true })
    expect(push.json, push.stderr).toMatchObject({ applied: 2, failed: 0, conflicts: 0 })
    const server = f.sb.state.products.get(f.sb.state.productIndex(productId) as number)?.combinations?.find((c) => c.id === combinationId)
    expect(server).toMatchObject({ price: 66.5, sku: `${sku}-CSV` })
  })
})
