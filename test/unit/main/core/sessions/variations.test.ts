// The variations resource: "productId/combinationId" ids, labels, field validation (precision, SKU
// unique across products and variations), staging against a product's combinations, and the push plan.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChangeRow } from '../../../../../src/main/core/sessions/changes'
import { buildOps, planRequests } from '../../../../../src/main/core/sessions/plan'
import { labelOf } from '../../../../../src/main/core/sessions/ports'
import { entityPath } from '../../../../../src/main/core/sessions/remote'
import { stageCreate, stageEdits } from '../../../../../src/main/core/sessions/staging'
import { validateField, type ValidationContext } from '../../../../../src/main/core/sessions/validate'
import { combinationOf, parseVariationId, withCombination } from '../../../../../src/main/core/sessions/variation-port'
import { unitHarness, type UnitHarness } from './helpers'

const ctx: ValidationContext = { precision: 2, isSkuTaken: async (sku) => sku === 'USED', isCouponCodeTaken: async () => false }
const check = (field: string, value: Parameters<typeof validateField>[2]) => validateField('variations', field, value, '1/101', ctx)

describe('variation ids and shapes', () => {
  it('parses "productId/combinationId" and builds the combination path', () => {
    expect(parseVariationId('12/345')).toEqual({ productId: 12, combinationId: 345 })
    expect(parseVariationId('12')).toBeNull()
    expect(parseVariationId('new:x')).toBeNull()
    expect(entityPath('variations', '12/345')).toBe('/products/12/combinations/345')
    expect(() => entityPath('variations', '12')).toThrow(/not a variation id/)
  })

  it('labels a variation by product name and option values; strips synthetic fields for Ecwid', () => {
    const entity = { id: '1/101', productId: 1, combinationId: 101, productName: 'Blue mug', options: [{ name: 'Size', value: 'L' }, { name: 'Color', value: 'Red' }], price: 3 }
    expect(labelOf('variations', entity)).toBe('Blue mug — L, Red')
    expect(combinationOf(entity)).toEqual({ id: 101, options: entity.options, price: 3 })
    const product = withCombination({ id: 1, combinations: [{ id: 101, price: 1, sku: 'A' }, { id: 102 }] }, entity)
    expect(product.combinations).toEqual([{ id: 101, price: 3, sku: 'A', options: entity.options }, { id: 102 }])
  })
})

describe('variation validation', () => {
  it('checks money at the store precision, counts, weight and booleans', async () => {
    expect(await check('price', 12.5)).toBeNull()
    expect(await check('price', -1)).toBe('Price cannot be negative.')
    expect(await check('compareToPrice', 1.999)).toMatch(/at most 2 decimals/)
    expect(await check('quantity', 2.5)).toBe('Quantity must be a whole number.')
    expect(await check('quantity', -1)).toBe('Quantity cannot be negative.')
    expect(await check('weight', -0.1)).toBe('weight cannot be below 0.')
    expect(await check('unlimited', 'yes')).toBe('unlimited must be yes or no.')
  })

  it('refuses read-only and unknown fields, and a SKU used elsewhere', async () => {
    expect(await check('inStock', true)).toMatch(/set by Ecwid/)
    expect(await check('options', [])).toMatch(/set by Ecwid/)
    expect(await check('name', 'x')).toBe('Name cannot be edited on a variation.')
    expect(await check('sku', 'USED')).toBe('SKU “USED” is already used by another product or variation.')
    expect(await check('sku', '')).toBeNull()
  })
})

describe('staging variations', () => {
  let h: UnitHarness
  beforeEach(() => {
    h = unitHarness()
    const mug = h.ports.tables.get('products')?.get('1')
    if (mug) mug.combinations = [{ id: 101, sku: 'MUG-1-S', price: 9, options: [{ name: 'Size', value: 'S' }] }, { id: 102, sku: 'MUG-1-L', options: [{ name: 'Size', value: 'L' }] }]
  })
  afterEach(() => h.close())

  it('stages with the base from the combination and refuses SKUs of products, siblings and this session', async () => {
    const r = await stageEdits(h.deps, h.sessionId, [
      { resource: 'variations', entityId: '1/101', field: 'price', value: 8.5 },
      { resource: 'variations', entityId: '1/101', field: 'sku', value: 'MUG-1-S' },
      { resource: 'variations', entityId: '1/101', field: 'sku', value: 'MUG-2' },
      { resource: 'variations', entityId: '1/102', field: 'sku', value: 'MUG-1-S' },
      { resource: 'variations', entityId: '1/999', field: 'price', value: 1 },
      { resource: 'variations', entityId: '1/102', field: 'sku', value: 'NEW-SKU' }
    ])
    expect(r.rejected.map((x) => x.index)).toEqual([2, 3, 4])
    // A product cannot take a SKU a variation holds in this session.
    const clash = await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 2, field: 'sku', value: 'NEW-SKU' }])
    expect(clash.rejected).toHaveLength(1)
    const price = h.engine.changes.find(h.sessionId, 'variations', '1/101', 'price')
    expect(price).toMatchObject({ base: '9', value: '8.5', label: 'Blue mug — S' })
    // Its own SKU is not a change at all.
    expect(h.engine.changes.find(h.sessionId, 'variations', '1/101', 'sku')).toBeUndefined()
    await expect(stageCreate(h.deps, h.sessionId, 'variations', { sku: 'X' })).rejects.toThrow(/options/)
  })
})

describe('variation push plan', () => {
  const row = (id: number, entity: string, field: string, value: unknown): ChangeRow => ({
    id, session_id: 's', resource: 'variations', entity_id: entity, kind: 'update', field, label: '', base: null, value: JSON.stringify(value), base_ts: null, state: 'pending', request_id: null, error: null, result_id: null
  })

  it('sends one PUT per combination with only its changed fields, batched like products', () => {
    const ops = buildOps([row(1, '1/101', 'price', 5), row(2, '1/101', 'sku', 'A'), row(3, '1/102', 'quantity', 3), row(4, '2/201', 'unlimited', true)])
    expect(ops.map((o) => o.sub)).toEqual([
      { method: 'PUT', path: '/products/1/combinations/101', body: { price: 5, sku: 'A' } },
      { method: 'PUT', path: '/products/1/combinations/102', body: { quantity: 3 } },
      { method: 'PUT', path: '/products/2/combinations/201', body: { unlimited: true } }
    ])
    expect(planRequests(ops)).toMatchObject({ batches: [ops], singles: [] })
  })
})
