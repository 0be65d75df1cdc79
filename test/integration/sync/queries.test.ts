// Grid queries on a synced sandbox store, checked against the sandbox's own data: every filter kind
// on every grid, every sortable column both ways, windows and search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Coupon, Customer, Order, Product } from '../../../src/shared/model'
import { COUPON_COLUMNS, CUSTOMER_COLUMNS, ORDER_COLUMNS, PRODUCT_COLUMNS, type AnyGridQuery, type ColumnTable } from '../../../src/shared/model/grid'
import { ecwidDateMs } from '../../../src/main/core/store/ecwid-dates'
import { queryCoupons, queryCustomers, queryOrders, queryProducts } from '../../../src/main/core/store/grids'
import { syncFixture, type SyncFixture } from './helpers'

let f: SyncFixture
let products: Product[]
let orders: Order[]
let coupons: Coupon[]
let customers: Customer[]

function all<T>(t: { size: number; get(i: number): T | undefined }): T[] {
  return Array.from({ length: t.size }, (_, i) => t.get(i)).filter((x): x is T => x !== undefined)
}

beforeAll(async () => {
  f = await syncFixture()
  await f.sync()
  const s = f.sb.state
  products = all(s.products)
  orders = all(s.orders)
  coupons = all(s.coupons)
  customers = all(s.customers)
})
afterAll(() => f?.close())

const q = (extra: Partial<AnyGridQuery>): AnyGridQuery => ({ offset: 0, limit: 500, ...extra })
const P = (extra: Partial<AnyGridQuery>) => queryProducts(f.db, q(extra) as never)
const O = (extra: Partial<AnyGridQuery>) => queryOrders(f.db, q(extra) as never)
const C = (extra: Partial<AnyGridQuery>) => queryCoupons(f.db, q(extra) as never)
const U = (extra: Partial<AnyGridQuery>) => queryCustomers(f.db, q(extra) as never)

describe('filters match the server data', () => {
  it('products: number, boolean, text, date and category filters', () => {
    expect(P({ filters: [{ field: 'price', kind: 'number', min: 20, max: 60 }] }).total).toBe(products.filter((p) => p.price >= 20 && p.price <= 60).length)
    expect(P({ filters: [{ field: 'enabled', kind: 'boolean', value: false }] }).total).toBe(products.filter((p) => !p.enabled).length)
    expect(P({ filters: [{ field: 'inStock', kind: 'boolean', value: true }] }).total).toBe(products.filter((p) => p.inStock).length)
    expect(P({ filters: [{ field: 'unlimited', kind: 'boolean', value: true }] }).total).toBe(products.filter((p) => p.unlimited).length)
    expect(P({ filters: [{ field: 'quantity', kind: 'number', min: 1, max: 5 }] }).total).toBe(products.filter((p) => !p.unlimited && (p.quantity ?? -1) >= 1 && (p.quantity ?? -1) <= 5).length)
    expect(P({ filters: [{ field: 'variationCount', kind: 'number', min: 1 }] }).total).toBe(products.filter((p) => (p.combinations ?? []).length > 0).length)
    const sku = products[17]?.sku ?? ''
    expect(P({ filters: [{ field: 'sku', kind: 'text', op: 'equals', value: sku.toLowerCase() }] }).rows.map((r) => r.sku)).toEqual([sku])
    const word = (products[3]?.name ?? '').split(' ')[1] ?? ''
    expect(P({ filters: [{ field: 'name', kind: 'text', op: 'contains', value: word }] }).total).toBe(products.filter((p) => p.name.toLowerCase().includes(word.toLowerCase())).length)
    const cut = ecwidDateMs(products[200]?.created) ?? 0
    expect(P({ filters: [{ field: 'created', kind: 'date', to: cut }] }).total).toBe(products.filter((p) => (ecwidDateMs(p.created) ?? 0) <= cut).length)
    const cat = products.find((p) => (p.categoryIds ?? []).length > 0)?.categoryIds?.[0] ?? 0
    expect(P({ filters: [{ field: 'categories', kind: 'enum', values: [String(cat)] }] }).total).toBe(products.filter((p) => (p.categoryIds ?? []).includes(cat)).length)
  })

  it('orders: status sets, total range, dates, email and search', () => {
    expect(O({ filters: [{ field: 'paymentStatus', kind: 'enum', values: ['PAID', 'REFUNDED'] }] }).total).toBe(orders.filter((o) => ['PAID', 'REFUNDED'].includes(o.paymentStatus)).length)
    expect(O({ filters: [{ field: 'fulfillmentStatus', kind: 'enum', values: ['SHIPPED'] }] }).total).toBe(orders.filter((o) => o.fulfillmentStatus === 'SHIPPED').length)
    expect(O({ filters: [{ field: 'total', kind: 'number', min: 50, max: 150 }] }).total).toBe(orders.filter((o) => (o.total ?? 0) >= 50 && (o.total ?? 0) <= 150).length)
    const from = ecwidDateMs(orders[100]?.createDate) ?? 0
    expect(O({ filters: [{ field: 'created', kind: 'date', from }] }).total).toBe(orders.filter((o) => (ecwidDateMs(o.createDate) ?? 0) >= from).length)
    const email = orders[5]?.email ?? ''
    expect(O({ filters: [{ field: 'email', kind: 'text', op: 'equals', value: email }] }).total).toBe(orders.filter((o) => (o.email ?? '').toLowerCase() === email.toLowerCase()).length)
    expect(O({ search: orders[9]?.id }).rows.map((r) => r.id)).toContain(orders[9]?.id)
  })

  it('coupons: type and status sets, discount and order-count ranges, launch and expiry dates', () => {
    expect(C({ filters: [{ field: 'discountType', kind: 'enum', values: ['PERCENT'] }] }).total).toBe(coupons.filter((c) => c.discountType === 'PERCENT').length)
    expect(C({ filters: [{ field: 'status', kind: 'enum', values: ['ACTIVE'] }] }).total).toBe(coupons.filter((c) => c.status === 'ACTIVE').length)
    expect(C({ filters: [{ field: 'usesLimit', kind: 'enum', values: ['SINGLE'] }] }).total).toBe(coupons.filter((c) => c.usesLimit === 'SINGLE').length)
    expect(C({ filters: [{ field: 'discount', kind: 'number', min: 10 }] }).total).toBe(coupons.filter((c) => c.discount >= 10).length)
    expect(C({ filters: [{ field: 'orderCount', kind: 'number', max: 3 }] }).total).toBe(coupons.filter((c) => (c.orderCount ?? 0) <= 3).length)
    const t = Date.UTC(2024, 0, 1)
    expect(C({ filters: [{ field: 'expirationDate', kind: 'date', from: t }] }).total).toBe(coupons.filter((c) => (ecwidDateMs(c.expirationDate) ?? -Infinity) >= t).length)
    expect(C({ filters: [{ field: 'launchDate', kind: 'date', to: t }] }).total).toBe(coupons.filter((c) => (ecwidDateMs(c.launchDate) ?? Infinity) <= t).length)
    expect(C({ filters: [{ field: 'code', kind: 'text', op: 'equals', value: coupons[2]?.code ?? '' }] }).total).toBe(1)
  })

  it('customers: consent, order count and sales ranges, name, group, registration date', () => {
    expect(U({ filters: [{ field: 'acceptMarketing', kind: 'boolean', value: true }] }).total).toBe(customers.filter((c) => c.acceptMarketing === true).length)
    const synced = U({ filters: [{ field: 'orderCount', kind: 'number', min: 1 }] }).total
    expect(synced).toBeGreaterThan(0)
    expect(U({ filters: [{ field: 'salesValue', kind: 'number', min: 0 }] }).total).toBe(customers.length)
    const name = customers[4]?.name ?? ''
    expect(U({ filters: [{ field: 'name', kind: 'text', op: 'contains', value: name }] }).rows.map((r) => r.name)).toContain(name)
    const group = customers.find((c) => c.customerGroupName)?.customerGroupName ?? ''
    expect(U({ filters: [{ field: 'group', kind: 'text', op: 'equals', value: group }] }).total).toBe(customers.filter((c) => c.customerGroupName === group).length)
    const reg = ecwidDateMs(customers[10]?.registered) ?? 0
    expect(U({ filters: [{ field: 'registered', kind: 'date', from: reg }] }).total).toBe(customers.filter((c) => (ecwidDateMs(c.registered) ?? 0) >= reg).length)
  })
})

type Row = Record<string, unknown>
// Names, SKUs, codes, emails and order ids sort as people read them: accents and case folded, numbers
// by value ("FLASH deal #5" before "#40"), symbols such as emoji ignored — Intl.Collator's order.
const NATURAL_COLUMNS = new Set(['products.name', 'products.sku', 'coupons.name', 'coupons.code', 'customers.name', 'customers.email', 'orders.id', 'orders.customerName', 'orders.email'])
const COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
const withoutSymbols = (s: string): string => s.replace(/\p{S}+/gu, '').replace(/\s+/g, ' ').trim()
function cmp(a: unknown, b: unknown, natural: boolean): number {
  if (a === b) return 0
  if (a === null || a === undefined) return -1
  if (b === null || b === undefined) return 1
  if (Array.isArray(a) || Array.isArray(b)) return 0 // category names sort by their joined text
  if (typeof a === 'string' && typeof b === 'string') {
    if (natural) return COLLATOR.compare(withoutSymbols(a), withoutSymbols(b))
    const x = a.toLowerCase()
    const y = b.toLowerCase()
    return x < y ? -1 : x > y ? 1 : 0
  }
  return Number(a) - Number(b)
}

describe('every sortable column, both directions', () => {
  const grids: [string, ColumnTable, (e: Partial<AnyGridQuery>) => { rows: object[]; total: number }][] = [
    ['products', PRODUCT_COLUMNS, P], ['orders', ORDER_COLUMNS, O], ['coupons', COUPON_COLUMNS, C], ['customers', CUSTOMER_COLUMNS, U]
  ]
  for (const [name, columns, run] of grids) {
    it(`${name}: rows come back in column order`, () => {
      for (const field of Object.keys(columns)) {
        for (const dir of ['asc', 'desc'] as const) {
          const rows = run({ sort: [{ field, dir }], limit: 200 }).rows as Row[]
          expect(rows.length).toBeGreaterThan(0)
          for (let i = 1; i < rows.length; i++) {
            const c = cmp(rows[i - 1]?.[field], rows[i]?.[field], NATURAL_COLUMNS.has(`${name}.${field}`))
            if (dir === 'asc') expect(c, `${name}.${field} asc at ${i}: ${String(rows[i - 1]?.[field])} | ${String(rows[i]?.[field])}`).toBeLessThanOrEqual(0)
            else expect(c, `${name}.${field} desc at ${i}: ${String(rows[i - 1]?.[field])} | ${String(rows[i]?.[field])}`).toBeGreaterThanOrEqual(0)
          }
        }
      }
    })
  }

  it('windows over a sorted, filtered result tile it exactly', () => {
    const sort = [{ field: 'total', dir: 'desc' as const }]
    const filters = [{ field: 'paymentStatus', kind: 'enum' as const, values: ['PAID'] }]
    const whole = O({ sort, filters }).rows.map((r) => r.id)
    const tiled: string[] = []
    for (let offset = 0; offset < whole.length; offset += 37) tiled.push(...O({ sort, filters, offset, limit: 37 }).rows.map((r) => r.id))
    expect(tiled).toEqual(whole)
  })
})
