// Test helpers for the CSV engine: sample entities, a Map-backed EntityLookup, byte sources and sinks.
// Test-only; deterministic data (no clock, no randomness unless a seed is passed).

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import type { Coupon } from '@shared/model/coupon'
import type { Customer } from '@shared/model/customer'
import type { Order } from '@shared/model/order'
import type { Product } from '@shared/model/product'
import type { EntityLookup } from '../../../../../src/main/core/csv/match'
import type { CsvResource } from '../../../../../src/main/core/csv/types'

export const FIXTURES = join(__dirname, '../../../../fixtures/csv')
export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name))

/** Feeds bytes in small chunks so chunk boundaries fall inside cells, quotes and CRLFs. */
export async function* bytes(data: Uint8Array | string, chunkSize = 7): AsyncGenerator<Uint8Array> {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  for (let i = 0; i < buf.length; i += chunkSize) yield buf.subarray(i, i + chunkSize)
}

export class MemorySink extends Writable {
  chunks: Buffer[] = []
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(Buffer.from(chunk))
    cb()
  }
  buffer(): Buffer {
    return Buffer.concat(this.chunks)
  }
  text(): string {
    return this.buffer().toString('utf8')
  }
}

export function product(id: number, extra: Partial<Product> = {}): Product {
  return {
    id,
    sku: `SKU-${id}`,
    name: `Product ${id}`,
    price: 10 + id / 100,
    quantity: id % 7,
    unlimited: false,
    inStock: id % 7 > 0,
    enabled: true,
    created: '2024-01-02 10:00:00 +0000',
    updated: '2024-02-03 11:30:00 +0000',
    createTimestamp: 1704189600,
    updateTimestamp: 1706959800,
    description: `<p>Nice "thing" #${id}, with commas</p>`,
    categoryIds: [3, 7],
    tags: ['summer', 'sale'],
    weight: 0.25,
    ...extra
  }
}

/** A product with options, a swatch, a percent markup and two variations. */
export function productWithVariations(): Product {
  return product(500, {
    sku: 'TEE',
    name: 'T-shirt',
    unlimited: true,
    quantity: undefined,
    options: [
      { type: 'SELECT', name: 'Size', required: true, defaultChoice: 1, choices: [{ text: 'S' }, { text: 'M', priceModifier: 0, priceModifierType: 'ABSOLUTE' }, { text: 'L', priceModifier: 2.5, priceModifierType: 'ABSOLUTE' }] },
      { type: 'RADIO', name: 'Colour', choices: [{ text: 'Red', priceModifier: 10, priceModifierType: 'PERCENT' }, { text: 'Blue' }] },
      { type: 'TEXTFIELD', name: 'Engraving' }
    ],
    combinations: [
      { id: 9001, options: [{ name: 'Size', value: 'S' }, { name: 'Colour', value: 'Red' }], sku: 'TEE-S-R', price: 19.99, quantity: 4, unlimited: false },
      { id: 9002, options: [{ name: 'Size', value: 'L' }, { name: 'Colour', value: 'Blue' }], sku: 'TEE-L-B', price: 21.5, unlimited: true }
    ],
    attributes: [{ type: 'BRAND', name: 'Brand', value: 'Acme' }],
    media: { images: [{ id: '1', isMain: true, imageOriginalUrl: 'https://img/1.jpg' }, { id: '2', imageOriginalUrl: 'https://img/2.jpg', alt: { main: 'Back' } }] }
  })
}

export function order(n: number, extra: Partial<Order> = {}): Order {
  return {
    id: `ORD${n}`,
    internalId: 100000 + n,
    orderNumber: n,
    email: `buyer${n}@example.com`,
    total: 42.5,
    subtotal: 40,
    paymentStatus: 'PAID',
    fulfillmentStatus: 'AWAITING_PROCESSING',
    createDate: '2025-03-01 09:15:00 +0000',
    updateDate: '2025-03-01 09:15:00 +0000',
    createTimestamp: 1740820500,
    updateTimestamp: 1740820500,
    items: [
      { id: 1, productId: 1, name: 'Mug', sku: 'MUG', price: 20, quantity: 1 },
      { id: 2, productId: 2, name: 'Cup', sku: 'CUP', price: 10, quantity: 2 }
    ],
    billingPerson: { name: 'Zoë Müller', city: 'Zürich', countryCode: 'CH', phone: '+41 44 000 00 00' },
    privateAdminNotes: '=HYPERLINK("http://evil","click")',
    ...extra
  }
}

export function coupon(id: number, extra: Partial<Coupon> = {}): Coupon {
  return {
    id,
    name: `Coupon ${id}`,
    code: `CODE${id}`,
    discountType: 'PERCENT',
    status: 'ACTIVE',
    discount: 12.5,
    usesLimit: 'UNLIMITED',
    creationDate: '2024-05-05 05:05:05 +0000',
    launchDate: '2024-06-01 00:00:00 +0000',
    catalogLimit: { products: [1, 2], categories: [] },
    ...extra
  }
}

export function customer(id: number, extra: Partial<Customer> = {}): Customer {
  return { id, email: `c${id}@example.com`, name: `-Customer ${id}`, acceptMarketing: id % 2 === 0, billingPerson: { name: 'Élodie', city: 'Paris' }, registered: '2023-01-01 00:00:00 +0000', ...extra }
}

/** Map-backed EntityLookup over the given entities. */
export function lookupOf(entities: { products?: Product[]; orders?: Order[]; coupons?: Coupon[]; customers?: Customer[] }): EntityLookup {
  const byId = new Map<string, unknown>()
  const add = (resource: CsvResource, list: { id: number | string }[] = []): void => list.forEach((e) => byId.set(`${resource}:${e.id}`, e))
  add('products', entities.products)
  add('orders', entities.orders)
  add('coupons', entities.coupons)
  add('customers', entities.customers)
  const sku = new Map((entities.products ?? []).map((p) => [p.sku, p]))
  const code = new Map((entities.coupons ?? []).map((c) => [c.code, c]))
  const num = new Map((entities.orders ?? []).map((o) => [o.orderNumber, o]))
  return {
    byId: async (resource, id) => byId.get(`${resource}:${id}`),
    bySku: async (s) => sku.get(s),
    byCode: async (c) => code.get(c),
    byOrderNumber: async (n) => num.get(n)
  }
}
