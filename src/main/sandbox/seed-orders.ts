// Deterministic sandbox orders, rebuilt on demand from their index. Owns the order id scheme:
// a 5-character Ecwid-like id ("XJ12H"), internalId and orderNumber, all reversible to the index.

import type { Customer } from '../../shared/model/customer'
import type { Order, OrderItem, Person } from '../../shared/model/order'
import { PAYMENT_STATUSES, type FulfillmentStatus, type PaymentStatus } from '../../shared/model/order'
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

/**
 * Fulfilment statuses that can follow each payment status (with weights), so no order reads as a
 * contradiction such as "Cancelled · Shipped": unpaid or cancelled orders are not sent, refunds follow
 * a return or a cancelled delivery.
 */
const FUL_BY_PAY: Record<PaymentStatus, readonly [readonly FulfillmentStatus[], readonly number[]]> = {
  AWAITING_PAYMENT: [['AWAITING_PROCESSING', 'PROCESSING'], [3, 1]],
  PAID: [['AWAITING_PROCESSING', 'PROCESSING', 'SHIPPED', 'OUT_FOR_DELIVERY', 'DELIVERED'], [12, 12, 18, 4, 35]],
  CANCELLED: [['WILL_NOT_DELIVER'], [1]],
  REFUNDED: [['RETURNED', 'WILL_NOT_DELIVER'], [2, 1]],
  PARTIALLY_REFUNDED: [['DELIVERED', 'RETURNED'], [2, 1]],
  INCOMPLETE: [['AWAITING_PROCESSING'], [1]]
}
/** What a shipping method costs; "Free shipping" and "Pickup" cost nothing. */
const SHIPPING_RATE: Record<(typeof SHIPPING_METHODS)[number], number> = { Standard: 4.99, Express: 9.99, Pickup: 0, 'Free shipping': 0 }
const COUPON = { code: 'SAVE10', name: '10% off', discountType: 'PERCENT', discount: 10 } as const
const SENT: readonly string[] = ['SHIPPED', 'OUT_FOR_DELIVERY', 'DELIVERED']
const cents = (v: number): number => Math.round(v * 100) / 100

function fulfilmentOf(r: ReturnType<typeof stream>, pay: PaymentStatus, pickup: boolean): FulfillmentStatus {
  const [statuses, weights] = FUL_BY_PAY[pay]
  const ful = r.weighted(statuses, weights)
  // A pickup order is never shipped: it waits at the counter, then is handed over (delivered).
  if (pickup && (ful === 'SHIPPED' || ful === 'OUT_FOR_DELIVERY')) return 'READY_FOR_PICKUP'
  return ful
}

/** A product index whose price is above zero, so no order charges for nothing but shipping. */
function pricedProduct(ctx: OrderSeedContext, r: ReturnType<typeof stream>): number {
  let pi = r.int(0, ctx.productCount - 1)
  for (let k = 0; k < ctx.productCount && (ctx.productMeta(pi)?.price ?? 10) <= 0; k++) pi = (pi + 1) % ctx.productCount
  return pi
}

function draw(ctx: OrderSeedContext, i: number): Order & { customerIndex: number } {
  const r = stream(ctx.seed, SALT, i)
  const span = 2 * 365 * 86400
  const step = span / Math.max(1, ctx.count)
  // Orders are chronological by index, like real order numbers.
  const createTs = ctx.epoch - span + Math.floor(i * step + r.next() * step)
  const updateTs = createTs + Math.floor(r.next() * Math.min(ctx.epoch - createTs, 30 * 86400))
  const pay = r.weighted(PAYMENT_STATUSES, PAY_WEIGHTS)
  const shippingMethodName = r.pick(SHIPPING_METHODS)
  const pickup = shippingMethodName === 'Pickup'
  const ful = fulfilmentOf(r, pay, pickup)
  const guest = ctx.customers.length === 0 || r.chance(0.15)
  const customerIndex = guest ? -1 : r.int(0, ctx.customers.length - 1)
  const customer = ctx.customers[customerIndex]
  const email = customer?.email ?? `guest${i}@example.net`
  const person: Person = customer?.billingPerson ?? { name: `Guest ${i}`, firstName: 'Guest', lastName: String(i), countryCode: 'US' }
  const items: OrderItem[] = []
  const n = ctx.productCount === 0 ? 0 : r.weighted([1, 2, 3, 4], [50, 30, 15, 5])
  for (let k = 0; k < n; k++) {
    const pi = pricedProduct(ctx, r)
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
      isShippingRequired: !pickup,
      digital: false,
      productAvailable: true
    })
  }
  // Ecwid's terms (https://api-docs.ecwid.com/reference/get-order): subtotal is the items' cost,
  // total = subtotal + shipping + tax - discounts. Tax is 8 % of the discounted subtotal.
  const subtotal = cents(items.reduce((s, it) => s + it.price * it.quantity, 0))
  const shippingRate = n === 0 ? 0 : SHIPPING_RATE[shippingMethodName]
  const coupon = n > 0 && r.chance(0.15)
  const couponDiscount = coupon ? cents((subtotal * COUPON.discount) / 100) : 0
  const tax = cents((subtotal - couponDiscount) * 0.08)
  const total = cents(subtotal + shippingRate + tax - couponDiscount)
  const order: Order & { customerIndex: number } = {
    id: orderIdOf(i),
    internalId: ORDER_INTERNAL_ID_BASE + i,
    orderNumber: ORDER_NUMBER_BASE + i,
    email,
    total,
    subtotal,
    tax,
    couponDiscount,
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
    shippingOption: { shippingMethodName, shippingRate, ...(pickup ? { isPickup: true, fulfillmentType: 'PICKUP' } : { fulfillmentType: 'SHIPPING' }) },
    customerIndex
  }
  if (coupon) order.discountCoupon = { ...COUPON }
  if (customer) order.customerId = customer.id
  if (SENT.includes(ful) && !pickup) order.trackingNumber = `1Z${String(r.int(1e8, 9e8))}`
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
