// The mutable in-memory state of one sandbox store: entity tables, deleted-items logs and the
// latest-stats dates. Tests mutate it directly to simulate changes made "on the server".

import type { Category } from '../../shared/model/category'
import type { DeletedItem } from '../../shared/model/common'
import type { Coupon } from '../../shared/model/coupon'
import type { Customer } from '../../shared/model/customer'
import type { Order } from '../../shared/model/order'
import type { OrderStatus } from '../../shared/model/order-status'
import type { Product } from '../../shared/model/product'
import type { StoreProfile } from '../../shared/model/profile'
import { ecwidDate, nowSeconds } from './dates'
import type { SeedData, SeedOptions } from './seed'
import { CATEGORY_ID_BASE, COUPON_ID_BASE, CUSTOMER_ID_BASE, createSeed } from './seed'
import type { OrderMeta } from './seed-orders'
import { ORDER_INTERNAL_ID_BASE, ORDER_NUMBER_BASE, orderIdOf, orderIndexOfId, orderSource } from './seed-orders'
import type { ProductMeta } from './seed-products'
import { PRODUCT_ID_BASE, productSource } from './seed-products'
import { Table, type TableSource } from './table'

export type DeletedEntity = 'products' | 'orders' | 'discount_coupons' | 'customers'
export type StatsArea = 'products' | 'categories' | 'orders' | 'discountCoupons' | 'customers' | 'profile'
export type Plan = 'paid' | 'free' | 'suspended'

interface DeletedLogEntry extends DeletedItem {
  ts: number
}

/** Small tables keep whole items as their meta. */
function arraySource<T>(items: readonly T[]): TableSource<T, T> {
  return { baseCount: items.length, meta: (i) => items[i] as T, build: (i) => structuredClone(items[i] as T), metaOf: (t) => structuredClone(t) }
}

export class StoreState {
  readonly storeId: number
  readonly products: Table<Product, ProductMeta>
  readonly orders: Table<Order, OrderMeta>
  readonly categories: Table<Category, Category>
  readonly customers: Table<Customer, Customer>
  readonly coupons: Table<Coupon, Coupon>
  profile: StoreProfile
  /** Built-in and custom order statuses; custom ones change through PUT /profile/order_status/{id}. */
  orderStatuses: OrderStatus[]
  /** 'free' answers 402 NOT_AVAILABLE_ON_CURRENT_PLAN, 'suspended' 402 STORE_IS_SUSPENDED. */
  plan: Plan = 'paid'
  readonly deletedLog: Record<DeletedEntity, DeletedLogEntry[]> = { products: [], orders: [], discount_coupons: [], customers: [] }
  private readonly updated: Record<StatsArea, number>
  /** Bumped on every order change: cached customer stats are recomputed lazily. */
  orderVersion = 0

  constructor(seed: SeedData, readonly now: () => number = Date.now) {
    this.storeId = seed.storeId
    this.profile = seed.profile
    this.orderStatuses = seed.orderStatuses
    this.categories = new Table(arraySource(seed.categories))
    this.customers = new Table(arraySource(seed.customers))
    this.coupons = new Table(arraySource(seed.coupons))
    this.products = new Table(productSource(seed.productCtx))
    const customerIndexOfId = (id: number | undefined): number => (id === undefined ? -1 : this.customerIndex(id) ?? -1)
    this.orders = new Table(
      orderSource(
        { seed: seed.seed, epoch: seed.epoch, count: seed.orderCount, sparseEvery: seed.sparseOrdersEvery, productCount: seed.productCtx.count, productMeta: (i) => this.products.meta(i), customers: seed.customers },
        customerIndexOfId
      )
    )
    const e = seed.epoch
    this.updated = { products: e, categories: e, orders: e, discountCoupons: e, customers: e, profile: e }
  }

  nowSec(): number {
    return nowSeconds(this.now())
  }

  touch(area: StatsArea): number {
    const t = Math.max(this.nowSec(), this.updated[area])
    this.updated[area] = t
    return t
  }

  lastUpdated(area: StatsArea): number {
    return this.updated[area]
  }

  logDeleted(entity: DeletedEntity, id: number | string): void {
    const ts = this.nowSec()
    this.deletedLog[entity].push({ id, date: ecwidDate(ts), ts })
  }

  // Id <-> index: ids are BASE + index, so lookups need no maps.
  productIndex(id: number): number | undefined {
    return this.indexIn(this.products.size, id - PRODUCT_ID_BASE)
  }
  customerIndex(id: number): number | undefined {
    return this.indexIn(this.customers.size, id - CUSTOMER_ID_BASE)
  }
  couponIndex(id: number): number | undefined {
    return this.indexIn(this.coupons.size, id - COUPON_ID_BASE)
  }
  categoryIndex(id: number): number | undefined {
    return this.indexIn(this.categories.size, id - CATEGORY_ID_BASE)
  }
  /** Accepts the string order id, the internalId or the orderNumber, like Ecwid. */
  orderIndex(key: string): number | undefined {
    const byId = orderIndexOfId(key)
    if (byId !== undefined && this.orders.isLive(byId)) return byId
    if (/^\d+$/.test(key)) {
      const n = Number(key)
      const byInternal = this.indexIn(this.orders.size, n - ORDER_INTERNAL_ID_BASE)
      if (byInternal !== undefined) return byInternal
      return this.indexIn(this.orders.size, n - ORDER_NUMBER_BASE)
    }
    return undefined
  }

  private indexIn(size: number, index: number): number | undefined {
    return Number.isInteger(index) && index >= 0 && index < size ? index : undefined
  }

  // Mutations used by routes and by tests. Each stamps update times like Ecwid does.

  updateProduct(index: number, change: (p: Product) => void): Product | undefined {
    const p = this.products.get(index)
    if (!p) return undefined
    change(p)
    const t = this.touch('products')
    p.updateTimestamp = t
    p.updated = ecwidDate(t)
    this.products.put(index, p)
    return p
  }

  createProduct(fields: Partial<Product>): Product {
    const t = this.touch('products')
    return this.products.append((index) => {
      const id = PRODUCT_ID_BASE + index
      const p: Product = { sku: fields.sku ?? `SR-N${index + 1}`, name: '', price: 0, unlimited: false, inStock: false, enabled: true, options: [], combinations: [], categoryIds: [], ...fields, id, created: ecwidDate(t), updated: ecwidDate(t), createTimestamp: t, updateTimestamp: t }
      if (p.unlimited) delete p.quantity
      else p.quantity ??= 0
      p.inStock = p.unlimited || (p.quantity ?? 0) > 0
      return p
    })
  }

  deleteProduct(index: number): boolean {
    if (!this.products.remove(index)) return false
    this.touch('products')
    this.logDeleted('products', PRODUCT_ID_BASE + index)
    return true
  }

  updateOrder(index: number, change: (o: Order) => void): Order | undefined {
    const o = this.orders.get(index)
    if (!o) return undefined
    change(o)
    const t = this.touch('orders')
    o.updateTimestamp = t
    o.updateDate = ecwidDate(t)
    this.orders.put(index, o)
    this.orderVersion++
    return o
  }

  createOrder(fields: Partial<Order>): Order {
    const t = this.touch('orders')
    this.orderVersion++
    return this.orders.append((index) => ({
      email: '', total: 0, subtotal: 0, paymentStatus: 'AWAITING_PAYMENT', fulfillmentStatus: 'AWAITING_PROCESSING', items: [], ...fields,
      id: orderIdOf(index), internalId: ORDER_INTERNAL_ID_BASE + index, orderNumber: ORDER_NUMBER_BASE + index,
      createDate: ecwidDate(t), updateDate: ecwidDate(t), createTimestamp: t, updateTimestamp: t
    }))
  }

  deleteOrder(index: number): boolean {
    if (!this.orders.remove(index)) return false
    this.touch('orders')
    this.orderVersion++
    // Ecwid's deleted-orders log carries the order number (see get-deleted-items-history).
    this.logDeleted('orders', ORDER_NUMBER_BASE + index)
    return true
  }

  updateCoupon(index: number, change: (c: Coupon) => void): Coupon | undefined {
    const c = this.coupons.get(index)
    if (!c) return undefined
    change(c)
    c.updateDate = ecwidDate(this.touch('discountCoupons'))
    this.coupons.put(index, c)
    return c
  }

  createCoupon(fields: Partial<Coupon> & Pick<Coupon, 'name' | 'code' | 'discountType' | 'discount'>): Coupon {
    const d = ecwidDate(this.touch('discountCoupons'))
    return this.coupons.append((index) => ({ status: 'ACTIVE', usesLimit: 'UNLIMITED', orderCount: 0, ...fields, id: COUPON_ID_BASE + index, creationDate: d, updateDate: d }))
  }

  deleteCoupon(index: number): boolean {
    if (!this.coupons.remove(index)) return false
    this.touch('discountCoupons')
    this.logDeleted('discount_coupons', COUPON_ID_BASE + index)
    return true
  }

  updateCustomer(index: number, change: (c: Customer) => void): Customer | undefined {
    const c = this.customers.get(index)
    if (!c) return undefined
    change(c)
    c.updated = ecwidDate(this.touch('customers'))
    this.customers.put(index, c)
    return c
  }

  deleteCustomer(index: number): boolean {
    if (!this.customers.remove(index)) return false
    this.touch('customers')
    this.logDeleted('customers', CUSTOMER_ID_BASE + index)
    return true
  }

  updateProfile(change: (p: StoreProfile) => void): StoreProfile {
    change(this.profile)
    this.touch('profile')
    return this.profile
  }
}

export function createStoreState(opts: SeedOptions = {}, now?: () => number): StoreState {
  return new StoreState(createSeed(opts), now)
}
