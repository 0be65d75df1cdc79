// Deterministic sandbox orders, rebuilt on demand from their index. Owns the order id scheme:
// a 5-character Ecwid-like id ("XJ12H"), internalId and orderNumber, all reversible to the index.

import type { Customer } from '../../shared/model/customer'
import type { Order, OrderItem, Person } from '../../shared/model/order'
import { FULFILLMENT_STATUSES, PAYMENT_STATUSES } from '../../shared/model/order'
import { ecwidDate } from './dates'
import { stream } from './prng'
import type { ProductMeta } from './seed-products'
import { PRODUCT_ID_BASE } from './seed-products'
import { PAYMENT_METHODS, SHIPPING_METHODS } from './seed-words'
import type { TableSource } from './table'

export const ORDER_INTERNAL_ID_BASE = 300_000_000
export const ORDER_NUMBER_BASE = 1001
const SALT = 21
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789' // 32 symbols, no I/O/0/1 lookalikes
const BITS = 25 // 32^5 ids
const MASK = 2 ** BITS - 1
const MUL = 0x2c9277b5 | 1
const ADD = 0x5bd1e99

function inverseOdd(a: number): number {
  let x = a
  for (let k = 0; k < 5; k++) x = Math.imul(x, 2 - Math.imul(a, x))
  return x
}
const MUL_INV = inverseOdd(MUL)

/** Index -> "XJ12H"-style id; a bijection on [0, 2^25). */
export function orderIdOf(index: number): string {
  let x = (Math.imul(index, MUL) + ADD) & MASK
  let s = ''
  for (let k = 0; k < 5; k++) {
    s = ALPHABET[x & 31] + s
    x >>>= 5
  }
  return s
}

export function orderIndexOfId(id: string): number | undefined {
  if (!/^[A-Z2-9]{5}$/.test(id)) return undefined
  let x = 0
  for (const ch of id) {
    const v = ALPHABET.indexOf(ch)
    if (v < 0) return undefined
    x = (x << 5) | v
  }
  return (Math.imul((x - ADD) & MASK, MUL_INV) & MASK) >>> 0
}

export interface OrderMeta {
  createTs: number
  updateTs: number
  pay: Order['paymentStatus']
  ful: Order['fulfillmentStatus']
  /** -1 for guest checkouts. */
  customerIndex: number
  email: string
  total: number
}

export interface OrderSeedContext {
  seed: number
  epoch: number
  count: number
  /** Every n-th order lacks orderNumber, email and items (see SeedOptions.sparseOrdersEvery). */
  sparseEvery?: number
  productCount: number
  productMeta: (index: number) => ProductMeta | undefined
  customers: readonly Customer[]
}

const PAY_WEIGHTS = [12, 55, 6, 5, 4, 3]
const FUL_WEIGHTS = [20, 12, 18, 35, 4, 3, 4, 4]

function draw(ctx: OrderSeedContext, i: number): Order & { customerIndex: number } {
  const r = stream(ctx.seed, SALT, i)
  const span = 2 * 365 * 86400
  const step = span / Math.max(1, ctx.count)
  // Orders are chronological by index, like real order numbers.
  const createTs = ctx.epoch - span + Math.floor(i * step + r.next() * step)
  const updateTs = createTs + Math.floor(r.next() * Math.min(ctx.epoch - createTs, 30 * 86400))
  const pay = r.weighted(PAYMENT_STATUSES, PAY_WEIGHTS)
  const ful = r.weighted(FULFILLMENT_STATUSES, FUL_WEIGHTS)
  const guest = ctx.customers.length === 0 || r.chance(0.15)
  const customerIndex = guest ? -1 : r.int(0, ctx.customers.length - 1)
  const customer = ctx.customers[customerIndex]
  const email = customer?.email ?? `guest${i}@example.net`
  const person: Person = customer?.billingPerson ?? { name: `Guest ${i}`, firstName: 'Guest', lastName: String(i), countryCode: 'US' }
  const items: OrderItem[] = []
  const n = ctx.productCount === 0 ? 0 : r.weighted([1, 2, 3, 4], [50, 30, 15, 5])
  for (let k = 0; k < n; k++) {
    const pi = r.int(0, ctx.productCount - 1)
    const pm = ctx.productMeta(pi)
    const price = pm?.price ?? 10
    items.push({
      id: (ORDER_INTERNAL_ID_BASE + i) * 10 + k,
      productId: PRODUCT_ID_BASE + pi,
      name: pm?.name ?? 'Product',
      sku: pm?.sku ?? '',
      price,
      productPrice: price,
      quantity: r.int(1, 3),
      isShippingRequired: true,
      digital: false,
      productAvailable: true
    })
  }
  const subtotal = Math.round(items.reduce((s, it) => s + it.price * it.quantity, 0) * 100) / 100
  const shippingRate = r.pick([0, 4.99, 9.99])
  const tax = Math.round(subtotal * 8) / 100
  const total = Math.round((subtotal + shippingRate + tax) * 100) / 100
  const order: Order & { customerIndex: number } = {
    id: orderIdOf(i),
    internalId: ORDER_INTERNAL_ID_BASE + i,
    orderNumber: ORDER_NUMBER_BASE + i,
    email,
    total,
    subtotal,
    tax,
    couponDiscount: 0,
    discount: 0,
    paymentStatus: pay,
    fulfillmentStatus: ful,
    paymentMethod: r.pick(PAYMENT_METHODS),
    createDate: ecwidDate(createTs),
    updateDate: ecwidDate(updateTs),
    createTimestamp: createTs,
    updateTimestamp: updateTs,
    items,
    billingPerson: person,
    shippingPerson: r.chance(0.8) ? person : { ...person, street: '1 Gift Lane' },
    shippingOption: { shippingMethodName: r.pick(SHIPPING_METHODS), shippingRate },
    customerIndex
  }
  if (customer) order.customerId = customer.id
  if (ful === 'SHIPPED' || ful === 'DELIVERED' || ful === 'OUT_FOR_DELIVERY') order.trackingNumber = `1Z${String(r.int(1e8, 9e8))}`
  if (r.chance(0.1)) order.privateAdminNotes = r.pick(['VIP — gift wrap', 'Called customer re: address', '请尽快发货', 'Fragile!'])
  if (r.chance(0.05)) order.orderComments = 'Please leave at the door 🚪'
  if (ctx.sparseEvery && i % ctx.sparseEvery === 0) {
    delete order.orderNumber
    delete order.email
    delete order.items
  }
  return order
}

export function orderMetaOf(o: Order, customerIndex = -1): OrderMeta {
  return {
    createTs: o.createTimestamp,
    updateTs: o.updateTimestamp,
    pay: o.paymentStatus,
    ful: o.fulfillmentStatus,
    customerIndex,
    email: o.email ?? '',
    total: o.total ?? 0
  }
}

export function orderSource(ctx: OrderSeedContext, customerIndexOfId: (id: number | undefined) => number): TableSource<Order, OrderMeta> {
  return {
    baseCount: ctx.count,
    meta: (i) => {
      const o = draw(ctx, i)
      return orderMetaOf(o, o.customerIndex)
    },
    build: (i) => {
      const { customerIndex: _unused, ...order } = draw(ctx, i)
      return order
    },
    metaOf: (o) => orderMetaOf(o, customerIndexOfId(o.customerId))
  }
}
