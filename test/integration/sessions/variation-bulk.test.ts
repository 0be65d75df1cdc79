// Bulk edits over many products' variations, chosen by option value ("+10 % on every L variation",
// "stock 0 for colour Red"), staged like any bulk and pushed as PUT /products/{id}/combinations/{cid}
// (https://api-docs.ecwid.com/reference/update-product-variation).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ProductVariation } from '../../../src/shared/model'
import { serverProduct, serverProducts, setup, type Harness } from './helpers'

let h: Harness
beforeEach(async () => {
  h = await setup({ sandbox: { products: 200 } })
})
afterEach(async () => h.close())

interface Found {
  productId: number
  variation: ProductVariation
}

/** Every variation on the server selecting `name` = `value`, read straight from the sandbox's data. */
function serverVariationsWith(name: string, value: string): Found[] {
  return serverProducts(h.sb).flatMap((p) =>
    ((p.combinations as ProductVariation[] | undefined) ?? []).filter((v) => v.options.some((o) => o.name === name && o.value === value)).map((variation) => ({ productId: Number(p.id), variation }))
  )
}

const serverVariation = (productId: number, combinationId: number): ProductVariation | undefined =>
  ((serverProduct(h.sb, productId)?.combinations as ProductVariation[] | undefined) ?? []).find((c) => c.id === combinationId)

describe('bulk edits over variations chosen by option value', () => {
  it('raises the own price of every "Size: L" variation by 10 % and leaves every other variation alone', async () => {
    const { service, storeId } = h
    const large = serverVariationsWith('Size', 'L')
    const priced = large.filter((f) => typeof f.variation.price === 'number')
    if (priced.length < 2 || priced.length === large.length) throw new Error('the seed needs L variations with and without their own price')
    const before = new Map(serverProducts(h.sb).flatMap((p) => ((p.combinations as ProductVariation[] | undefined) ?? []).map((v) => [`${String(p.id)}/${v.id}`, v.price] as const)))

    const s = await service.api.createSession(storeId, 'L +10 %')
    const selection = { variationOptions: [{ name: 'Size', value: 'L' }] }
    const op = { kind: 'adjust', field: 'price', by: 'percent', amount: 10 } as const
    const preview = await service.api.previewBulk(storeId, s.id, 'variations', selection, op)
    // Variations without their own price inherit the product's: nothing to raise, counted as unchanged.
    expect(preview).toMatchObject({ matched: large.length, entities: priced.length, changes: priced.length, unchanged: large.length - priced.length, invalid: [] })
    await service.api.applyBulk(storeId, s.id, 'variations', selection, op)
    expect(await service.runPush(storeId, s.id)).toMatchObject({ applied: priced.length, failed: 0 })

    for (const p of serverProducts(h.sb)) {
      for (const v of (p.combinations as ProductVariation[] | undefined) ?? []) {
        const old = before.get(`${String(p.id)}/${v.id}`)
        const isL = v.options.some((o) => o.name === 'Size' && o.value === 'L')
        expect(v.price).toBe(isL && typeof old === 'number' ? Math.round(old * 110) / 100 : old)
      }
    }
  })

  it('sets stock 0 on every Red variation of the filtered products only, unlimited ones included', async () => {
    const { service, storeId } = h
    const red = serverVariationsWith('Color', 'Red')
    if (red.length === 0) throw new Error('the seed has no Red variations')
    const products = [...new Set(red.map((f) => f.productId))]
    const chosen = products.slice(0, Math.max(1, Math.floor(products.length / 2)))
    const s = await service.api.createSession(storeId, 'Red out of stock')
    const ids = red.filter((f) => chosen.includes(f.productId)).map((f) => `${f.productId}/${f.variation.id}`)
    // The products grid's selected rows: every variation of those products, narrowed to Red.
    const result = await service.api.applyBulk(storeId, s.id, 'variations', { products: chosen, variationOptions: [{ name: 'Color', value: 'Red' }] }, { kind: 'setStock', quantity: 0 })
    const alreadyZero = red.filter((f) => chosen.includes(f.productId) && f.variation.unlimited !== true && f.variation.quantity === 0).length
    expect(result).toMatchObject({ matched: ids.length, entities: ids.length - alreadyZero, invalid: [] })
    expect(await service.runPush(storeId, s.id)).toMatchObject({ failed: 0 })
    for (const f of red) {
      const now = serverVariation(f.productId, f.variation.id)
      if (chosen.includes(f.productId)) expect(now).toMatchObject({ quantity: 0, unlimited: false })
      else expect(now).toEqual(f.variation)
    }
  })

  it('refuses an option filter or a product list on products: only variations are chosen that way', async () => {
    const { service, storeId } = h
    const s = await service.api.createSession(storeId, 'Wrong')
    await expect(service.api.previewBulk(storeId, s.id, 'products', { variationOptions: [{ name: 'Size', value: 'L' }] }, { kind: 'setStock', quantity: 0 })).rejects.toThrow(/Only variations/)
    await expect(service.api.previewBulk(storeId, s.id, 'products', { products: [1] }, { kind: 'setStock', quantity: 0 })).rejects.toThrow(/variations of products/)
  })
})
