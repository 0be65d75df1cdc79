// grid-views/entity-kinds: column ↔ session field mapping and staged values overlaid on rows.
import { describe, expect, it } from 'vitest'
import type { OrderRow, ProductRow } from '@shared/model/grid'
import { ENTITY_KINDS, columnOf, fieldOf, overlayRow } from '../../../src/renderer/src/components/grid-views/entity-kinds'

const product: ProductRow = {
  id: 7, thumbnailUrl: null, name: 'Mug', sku: 'M-1', price: 5, compareToPrice: null, quantity: 3, unlimited: false, inStock: true,
  enabled: true, weight: null, categoryIds: [1], categories: ['Kitchen'], variationCount: 0, variations: [], created: null, updated: null
}
const order: OrderRow = {
  id: 'AB12', orderNumber: 1001, created: 1, updated: 2, customerName: 'Ann', email: 'a@x.io', total: 9, paymentStatus: 'PAID',
  fulfillmentStatus: 'SHIPPED', trackingNumber: '', privateNotes: 'old'
}

describe('entity kinds', () => {
  it('maps grid columns to session fields and back', () => {
    expect(fieldOf(ENTITY_KINDS.orders, 'privateNotes')).toBe('privateAdminNotes')
    expect(fieldOf(ENTITY_KINDS.orders, 'trackingNumber')).toBe('trackingNumber')
    expect(columnOf(ENTITY_KINDS.orders, 'privateAdminNotes')).toBe('privateNotes')
    expect(fieldOf(ENTITY_KINDS.products, 'categories')).toBe('categoryIds')
  })

  it('overlays staged values, leaves the base row alone, and ignores fields the row lacks', () => {
    const staged = new Map<string, string | number | number[] | null>([['price', 6.5], ['categoryIds', [2, 3]], ['description', '<p>x</p>']])
    const out = overlayRow(ENTITY_KINDS.products, product, staged)
    expect(out).toMatchObject({ price: 6.5, categoryIds: [2, 3], name: 'Mug' })
    expect(out).not.toHaveProperty('description')
    expect(product.price).toBe(5)
    expect(overlayRow(ENTITY_KINDS.products, product, undefined)).toBe(product)
    expect(overlayRow(ENTITY_KINDS.orders, order, new Map([['privateAdminNotes', 'new']])).privateNotes).toBe('new')
  })
})
