// Product variations through a whole session against the sandbox: price/SKU/quantity edits go out as
// PUT /products/{id}/combinations/{cid} (batched), the server and the local copy change, a server-side
// edit of the same combination is a conflict, and a revert puts the old values back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ProductVariation } from '../../../src/shared/model'
import type { Entity } from '../../../src/main/core/sessions/ports'
import { serverProduct, setup, type Harness } from './helpers'

let h: Harness
beforeEach(async () => {
  h = await setup()
})
afterEach(async () => h.close())

/** The first `n` variations of the seeded catalogue, as "productId/combinationId" ids. */
function variations(n: number): { id: string; productId: number; combinationId: number }[] {
  const out: { id: string; productId: number; combinationId: number }[] = []
  for (const p of h.ports.tables.get('products')?.values() ?? []) {
    for (const c of (p.combinations as ProductVariation[] | undefined) ?? []) {
      if (out.length < n) out.push({ id: `${String(p.id)}/${c.id}`, productId: Number(p.id), combinationId: c.id })
    }
  }
  return out
}

const serverVariation = (productId: number, combinationId: number): ProductVariation | undefined =>
  ((serverProduct(h.sb, productId)?.combinations as ProductVariation[] | undefined) ?? []).find((c) => c.id === combinationId)

const localVariation = (productId: number, combinationId: number): Entity | undefined =>
  ((h.ports.tables.get('products')?.get(String(productId))?.combinations as Entity[] | undefined) ?? []).find((c) => c.id === combinationId)

describe('variation sessions', () => {
  it('pushes price, SKU and quantity edits in one batch, changes the sandbox and the local copy', async () => {
    const { service, storeId } = h
    const [a, b, c] = variations(3)
    if (!a || !b || !c) throw new Error('the seeded catalogue has no variations')
    const s = await service.api.createSession(storeId, 'Variations')
    const r = await service.api.stageEdits(storeId, s.id, [
      { resource: 'variations', entityId: a.id, field: 'price', value: 19.5 },
      { resource: 'variations', entityId: a.id, field: 'sku', value: 'VAR-EDITED-1' },
      { resource: 'variations', entityId: b.id, field: 'quantity', value: 42 },
      { resource: 'variations', entityId: c.id, field: 'price', value: 7 }
    ])
    expect(r.rejected).toEqual([])
    const review = await service.api.reviewSession(storeId, s.id, { resource: 'variations' })
    expect(review.total).toBe(4)
    expect(review.rows[0]?.label).toMatch(/ — /)
    const estimate = await service.api.estimatePush(storeId, s.id)
    expect(estimate).toMatchObject({ entities: 3, batchRequests: 1, singleCalls: 0 })

    const result = await service.runPush(storeId, s.id)
    expect(result).toMatchObject({ applied: 4, failed: 0, conflicts: 0 })
    expect(serverVariation(a.productId, a.combinationId)).toMatchObject({ price: 19.5, sku: 'VAR-EDITED-1' })
    expect(serverVariation(b.productId, b.combinationId)?.quantity).toBe(42)
    expect(serverVariation(c.productId, c.combinationId)?.price).toBe(7)
    // The local copy follows without a sync, and keeps the combination's own id and options.
    expect(localVariation(a.productId, a.combinationId)).toMatchObject({ id: a.combinationId, price: 19.5, sku: 'VAR-EDITED-1' })
    expect(localVariation(a.productId, a.combinationId)?.productId).toBeUndefined()
  })

  it('refuses a SKU used by another product or variation, and negative or over-precise numbers', async () => {
    const { service, storeId } = h
    const [a, b] = variations(2)
    if (!a || !b) throw new Error('the seeded catalogue has no variations')
    const otherSku = String(serverVariation(b.productId, b.combinationId)?.sku)
    const productSku = String([...(h.ports.tables.get('products')?.values() ?? [])][5]?.sku)
    const s = await service.api.createSession(storeId, 'Bad')
    const r = await service.api.stageEdits(storeId, s.id, [
      { resource: 'variations', entityId: a.id, field: 'sku', value: otherSku },
      { resource: 'variations', entityId: a.id, field: 'sku', value: productSku },
      { resource: 'variations', entityId: a.id, field: 'price', value: -1 },
      { resource: 'variations', entityId: a.id, field: 'price', value: 1.234 },
      { resource: 'variations', entityId: a.id, field: 'inStock', value: true },
      // Its own SKU is not "taken".
      { resource: 'variations', entityId: a.id, field: 'sku', value: String(serverVariation(a.productId, a.combinationId)?.sku) }
    ])
    expect(r.rejected.map((x) => x.index)).toEqual([0, 1, 2, 3, 4])
    expect(r.rejected[0]?.message).toContain('already used by another product or variation')
  })

  it('detects a conflict when Ecwid changed the same combination, merges other fields', async () => {
    const { service, storeId, sb } = h
    const [a] = variations(1)
    if (!a) throw new Error('the seeded catalogue has no variations')
    const s = await service.api.createSession(storeId, 'Clash')
    await service.api.stageEdits(storeId, s.id, [
      { resource: 'variations', entityId: a.id, field: 'price', value: 11 },
      { resource: 'variations', entityId: a.id, field: 'quantity', value: 5 }
    ])
    sb.state.updateProduct(sb.state.productIndex(a.productId) as number, (p) => {
      const v = (p.combinations ?? []).find((c) => c.id === a.combinationId)
      if (v) v.price = 99
    })
    const conflicts = await service.api.checkConflicts(storeId, s.id)
    expect(conflicts).toEqual([expect.objectContaining({ resource: 'variations', entityId: a.id, field: 'price', theirs: 99, mine: 11 })])
    const result = await service.runPush(storeId, s.id)
    expect(result).toMatchObject({ applied: 1, conflicts: 1 })
    expect(serverVariation(a.productId, a.combinationId)).toMatchObject({ price: 99, quantity: 5 })
  })

  it('reverts a pushed variation edit to its old values', async () => {
    const { service, storeId } = h
    // A variation with its own price: an inherited (absent) price has no old value to write back.
    const a = variations(200).find((v) => typeof serverVariation(v.productId, v.combinationId)?.price === 'number')
    if (!a) throw new Error('the seeded catalogue has no priced variations')
    const before = structuredClone(serverVariation(a.productId, a.combinationId))
    const s = await service.api.createSession(storeId, 'To revert')
    await service.api.stageEdits(storeId, s.id, [
      { resource: 'variations', entityId: a.id, field: 'sku', value: 'VAR-REVERT-ME' },
      { resource: 'variations', entityId: a.id, field: 'price', value: 123.45 }
    ])
    expect(await service.runPush(storeId, s.id)).toMatchObject({ applied: 2, failed: 0 })
    const revert = await service.api.revertSession(storeId, s.id)
    expect(revert.changeCount).toBe(2)
    expect(await service.runPush(storeId, revert.id)).toMatchObject({ applied: 2, failed: 0, conflicts: 0 })
    const after = serverVariation(a.productId, a.combinationId)
    expect(after?.sku).toBe(before?.sku)
    expect(after?.price).toBe(before?.price)
  })
})
