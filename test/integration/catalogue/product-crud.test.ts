// Duplicate and Delete of products through whole sessions against the sandbox: a copy of a product
// with variations is created with its variations on the id Ecwid gives it, and its revert deletes it;
// a deleted product's revert re-creates it (new id) with its variations. Shapes as Ecwid documents
// them: https://api-docs.ecwid.com/reference/add-product, .../create-product-variation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Product } from '../../../src/shared/model'
import { serverProduct, serverProducts, setup, type Harness } from '../sessions/helpers'

let h: Harness
beforeEach(async () => {
  h = await setup({ sandbox: { products: 60 } })
})
afterEach(async () => h.close())

const withVariations = (): Product[] => (serverProducts(h.sb) as unknown as Product[]).filter((p) => (p.combinations ?? []).length >= 2)
const byName = (name: string): Product[] => (serverProducts(h.sb) as unknown as Product[]).filter((p) => p.name === name)
const selections = (p: Product): string[] => (p.combinations ?? []).map((c) => c.options.map((o) => `${o.name}:${o.value}`).join(',')).sort()

describe('duplicate and delete products against the sandbox', () => {
  it('duplicates a product with its variations, pushes, and reverts to no copy', async () => {
    const { service, storeId } = h
    const original = withVariations()[0] as Product
    const s = await service.api.createSession(storeId, 'copies')
    const staged = await service.api.stageDuplicates(storeId, s.id, [original.id])
    expect(staged.entityIds).toHaveLength(1)
    expect(staged.variations).toBe(original.combinations?.length)
    expect(staged.session.canUndo).toBe(true)

    expect(await service.runPush(storeId, s.id)).toMatchObject({ failed: 0, conflicts: 0, state: 'done' })
    const [copy] = byName(`${original.name} (copy)`)
    expect(copy).toBeDefined()
    expect(copy?.id).not.toBe(original.id)
    expect(copy?.sku).toBe(`${original.sku}-COPY`)
    expect(copy?.price).toBe(original.price)
    expect(copy?.options).toEqual(original.options)
    expect(copy?.categoryIds).toEqual(original.categoryIds)
    expect(selections(copy as Product)).toEqual(selections(original))
    // Variation SKUs are one namespace with product SKUs: each copy got a free one.
    for (const v of copy?.combinations ?? []) if (v.sku) expect(v.sku).toMatch(/-COPY(-\d+)?$/)
    // The local copy knows the new product and its variations without a sync.
    expect((h.ports.tables.get('products')?.get(String(copy?.id))?.combinations as unknown[] | undefined)?.length).toBe(original.combinations?.length)

    const back = await service.api.revertSession(storeId, s.id)
    // One delete: the product takes its variations with it.
    expect(back.counts.staged).toBe(1)
    expect(await service.runPush(storeId, back.id)).toMatchObject({ applied: 1, failed: 0, conflicts: 0 })
    expect(byName(`${original.name} (copy)`)).toEqual([])
    expect(serverProduct(h.sb, original.id)).toBeDefined()
  })

  it('says what a delete takes with it, and its revert re-creates the product with its variations', async () => {
    const { service, storeId } = h
    const [a, b] = withVariations() as [Product, Product]
    const preview = await service.api.previewProductDeletes(storeId, [a.id, b.id])
    expect(preview).toMatchObject({ products: 2, variations: (a.combinations?.length ?? 0) + (b.combinations?.length ?? 0), names: [a.name, b.name] })

    const s = await service.api.createSession(storeId, 'gone')
    await service.api.stageDeletes(storeId, s.id, 'products', [a.id])
    expect(await service.runPush(storeId, s.id)).toMatchObject({ applied: 1, failed: 0, state: 'done' })
    expect(serverProduct(h.sb, a.id)).toBeUndefined()
    expect(byName(a.name)).toEqual([])

    const back = await service.api.revertSession(storeId, s.id)
    const review = await service.api.reviewSession(storeId, back.id, {})
    expect(review.rows.some((c) => c.label.includes('re-created with a new id'))).toBe(true)
    expect(await service.runPush(storeId, back.id)).toMatchObject({ failed: 0, conflicts: 0, state: 'done' })
    const [again] = byName(a.name)
    expect(again).toBeDefined()
    expect(again?.id).not.toBe(a.id)
    expect(again?.sku).toBe(a.sku)
    expect(again?.options).toEqual(a.options)
    expect(selections(again as Product)).toEqual(selections(a))
    expect((again?.combinations ?? []).map((c) => c.sku).sort()).toEqual((a.combinations ?? []).map((c) => c.sku).sort())
  })
})
