// Small Ecwid entities for store tests: just enough fields, with overrides. Test helper only.
import type { Category, Coupon, Customer, Order, Product } from '../../../../../src/shared/model'

export const date = (iso: string): string => iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '') + ' +0000'

export function product(id: number, over: Partial<Product> = {}): Product {
  return {
    id, sku: `SKU-${id}`, name: `Product ${id}`, price: id, unlimited: false, quantity: id % 7, inStock: id % 7 > 0, enabled: true,
    created: date('2024-01-01T00:00:00Z'), updated: date('2024-02-01T00:00:00Z'), createTimestamp: 0, updateTimestamp: 0,
    categoryIds: [], combinations: [], ...over
  }
}

export function category(id: number, name: string, over: Partial<Category> = {}): Category {
  return { id, name, enabled: true, ...over }
}

export function order(n: number, over: Partial<Order> = {}): Order {
  return {
    id: `ORD${n}`, internalId: 10_000 + n, orderNumber: 1000 + n, email: `buyer${n}@example.com`, total: n * 10, subtotal: n * 10,
    paymentStatus: n % 2 ? 'PAID' : 'AWAITING_PAYMENT', fulfillmentStatus: 'AWAITING_PROCESSING',
    createDate: date(`2024-03-${String((n % 28) + 1).padStart(2, '0')}T10:00:00Z`), updateDate: date('2024-04-01T00:00:00Z'),
    createTimestamp: 0, updateTimestamp: 0, items: [], billingPerson: { name: `Buyer ${n}` }, ...over
  }
}

export function coupon(id: number, over: Partial<Coupon> = {}): Coupon {
  return { id, name: `Coupon ${id}`, code: `CODE${id}`, discountType: 'PERCENT', status: 'ACTIVE', discount: id, usesLimit: 'UNLIMITED', creationDate: date('2024-01-01T00:00:00Z'), orderCount: id, ...over }
}

export function customer(id: number, over: Partial<Customer> = {}): Customer {
  return { id, email: `c${id}@example.com`, name: `Customer ${id}`, registered: date('2023-05-01T00:00:00Z'), acceptMarketing: id % 2 === 0, customerGroupName: id % 3 ? 'General' : 'Wholesale', stats: { numberOfOrders: id, salesValue: id * 100 }, ...over }
}
