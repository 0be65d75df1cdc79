// Deterministic seed for one sandbox store: profile, categories, customers and coupons are built
// eagerly (small); products and orders are described by contexts that tables expand lazily.

import type { Category } from '../../shared/model/category'
import type { Coupon } from '../../shared/model/coupon'
import { COUPON_APPLICATION_LIMITS, COUPON_STATUSES, COUPON_USES_LIMITS, DISCOUNT_TYPES } from '../../shared/model/coupon'
import type { Customer } from '../../shared/model/customer'
import type { OrderStatus } from '../../shared/model/order-status'
import type { StoreProfile } from '../../shared/model/profile'
import { ecwidDate } from './dates'
import { Prng, stream } from './prng'
import type { ProductSeedContext } from './seed-products'
import { CATEGORY_CHILDREN, CATEGORY_ROOTS, CITIES, FIRST_NAMES, LAST_NAMES, STREETS } from './seed-words'
import { seedOrderStatuses } from './seed-order-statuses'

export const CATEGORY_ID_BASE = 9_000_000
export const CUSTOMER_ID_BASE = 170_000_000
export const COUPON_ID_BASE = 160_000_000
/** 2025-06-01 00:00:00 UTC: seed data is dated before this, so live edits are always newer. */
export const DEFAULT_SEED_EPOCH = 1_748_736_000

export interface SeedOptions {
  products?: number
  orders?: number
  coupons?: number
  customers?: number
  categories?: number
  seed?: number
  storeId?: number
  storeName?: string
  /** Unix seconds; all seeded timestamps are earlier. */
  epoch?: number
  /**
   * Every n-th order (index 0, n, 2n…) comes without orderNumber, email and items, which Ecwid's
   * get-order reference does not promise (https://api-docs.ecwid.com/reference/get-order).
   */
  sparseOrdersEvery?: number
}

export interface SeedData {
  storeId: number
  seed: number
  epoch: number
  orderCount: number
  sparseOrdersEvery?: number
  profile: StoreProfile
  orderStatuses: OrderStatus[]
  categories: Category[]
  customers: Customer[]
  coupons: Coupon[]
  productCtx: ProductSeedContext
}

export function seedProfile(storeId: number, storeName: string): StoreProfile {
  return {
    generalInfo: {
      storeId,
      storeUrl: `https://store${storeId}.company.site`,
      starterSite: { ecwidSubdomain: `store${storeId}`, generatedUrl: `https://store${storeId}.company.site` }
    },
    account: { accountName: 'Demo Owner', accountNickName: 'demo', accountEmail: 'owner@example.com', availableFeatures: ['API', 'PRODUCT_VARIATIONS'] },
    settings: { closed: false, storeName, storeDescription: '<p>Welcome to the <b>Stockroom</b> demo store!</p>', hideOutOfStockProductsInStorefront: false, orderCommentsEnabled: true, orderCommentsCaption: 'Order comments', orderCommentsRequired: false, googleAnalyticsId: '' },
    mailNotifications: { adminNotificationEmails: ['owner@example.com'], customerNotificationFromEmail: 'shop@example.com' },
    company: { companyName: `${storeName} LLC`, email: 'owner@example.com', street: '1 Market St', city: 'San Francisco', countryCode: 'US', postalCode: '94105', stateOrProvinceCode: 'CA', phone: '+1 415 555 0100' },
    formatsAndUnits: {
      currency: 'USD', currencyPrefix: '$', currencySuffix: '', currencyPrecision: 2, currencyGroupSeparator: ',',
      currencyDecimalSeparator: '.', currencyTruncateZeroFractional: false, currencyRate: 1, weightUnit: 'POUND',
      weightPrecision: 2, weightGroupSeparator: ',', weightDecimalSeparator: '.', weightTruncateZeroFractional: false,
      dateFormat: 'MMM d, yyyy', timeFormat: 'hh:mm a', timezone: 'UTC', dimensionsUnit: 'IN', orderNumberPrefix: '', orderNumberSuffix: ''
    },
    languages: { enabledLanguages: ['en', 'fr', 'ja'], facebookPreferredLocale: 'en_US' },
    shipping: { handlingFee: { name: 'Handling Fee', value: 0, description: '' } },
    zones: [{ id: '1', name: 'United States', countryCodes: ['US'] }, { id: '2', name: 'Europe', countryCodes: ['DE', 'FR', 'PL', 'SE'] }],
    taxSettings: { automaticTaxEnabled: false, taxes: [{ id: 1, name: 'Sales tax', enabled: true, includeInPrice: false, useShippingAddress: true, taxShipping: false, appliedByDefault: true, defaultTax: 8, rules: [{ zoneId: '1', tax: 8 }] }] },
    businessRegistrationID: { name: 'EIN', value: '12-3456789' }
  }
}

function seedCategories(seed: number, count: number): Category[] {
  const r = new Prng(seed ^ 0xca7)
  const out: Category[] = []
  const add = (name: string, parentId: number | undefined, orderBy: number): Category => {
    const c: Category = { id: CATEGORY_ID_BASE + out.length, name, enabled: !r.chance(0.05), orderBy, description: `<p>${name}</p>` }
    if (parentId !== undefined) c.parentId = parentId
    out.push(c)
    return c
  }
  const roots = CATEGORY_ROOTS.slice(0, Math.min(CATEGORY_ROOTS.length, Math.max(1, Math.ceil(count / 5))))
  for (const [k, name] of roots.entries()) if (out.length < count) add(name, undefined, (k + 1) * 10)
  for (let k = 0; out.length < count; k++) {
    const parent = out[k % Math.max(1, out.length)] as Category
    add(`${CATEGORY_CHILDREN[k % CATEGORY_CHILDREN.length]}${k >= CATEGORY_CHILDREN.length * roots.length ? ` ${k}` : ''}`, parent.id, (k + 1) * 10)
  }
  return out.slice(0, count)
}

function seedCustomers(seed: number, count: number, epoch: number): Customer[] {
  const out: Customer[] = []
  for (let i = 0; i < count; i++) {
    const r = stream(seed, 31, i)
    const first = r.pick(FIRST_NAMES)
    const last = r.pick(LAST_NAMES)
    const place = r.pick(CITIES)
    const registeredTs = epoch - 2 * 365 * 86400 + r.int(0, 700 * 86400)
    const updatedTs = registeredTs + r.int(0, epoch - registeredTs)
    const person = { name: `${first} ${last}`, firstName: first, lastName: last, street: `${r.int(1, 999)} ${r.pick(STREETS)}`, city: place.city, countryCode: place.countryCode, countryName: place.countryName, postalCode: place.postal, stateOrProvinceCode: place.state, phone: `+1 555 ${String(1000 + i).padStart(4, '0')}` }
    const group = r.weighted([0, 1, 2], [80, 15, 5])
    out.push({
      id: CUSTOMER_ID_BASE + i,
      email: `customer${i + 1}@example.com`,
      name: person.name,
      registered: ecwidDate(registeredTs),
      updated: ecwidDate(updatedTs),
      customerGroupId: group,
      customerGroupName: ['General', 'Wholesale', 'VIP'][group] ?? 'General',
      billingPerson: person,
      shippingAddresses: [{ id: (CUSTOMER_ID_BASE + i) * 10, ...person, defaultAddress: true }],
      acceptMarketing: r.chance(0.4),
      taxExempt: r.chance(0.03),
      lang: r.pick(['en', 'fr', 'ja'])
    })
  }
  return out
}

function seedCoupons(seed: number, count: number, epoch: number, categoryIds: number[]): Coupon[] {
  const out: Coupon[] = []
  const prefixes = ['SPRING', 'WELCOME', 'VIP', 'FREESHIP', 'FLASH', 'Holiday', 'BACK2SCHOOL']
  for (let i = 0; i < count; i++) {
    const r = stream(seed, 41, i)
    // Walk every type x status x usesLimit combination before repeating.
    const discountType = DISCOUNT_TYPES[i % DISCOUNT_TYPES.length] ?? 'ABS'
    const status = COUPON_STATUSES[Math.floor(i / DISCOUNT_TYPES.length) % COUPON_STATUSES.length] ?? 'ACTIVE'
    const usesLimit = COUPON_USES_LIMITS[Math.floor(i / 20) % COUPON_USES_LIMITS.length] ?? 'UNLIMITED'
    const createdTs = epoch - r.int(30, 700) * 86400
    const launchTs = createdTs + r.int(0, 10) * 86400
    const expirationTs = status === 'EXPIRED' ? epoch - r.int(1, 20) * 86400 : launchTs + r.int(60, 400) * 86400
    const coupon: Coupon = {
      id: COUPON_ID_BASE + i,
      name: `${prefixes[i % prefixes.length]} ${discountType === 'PERCENT' ? 'percent' : 'deal'} #${i + 1}`,
      code: `${prefixes[i % prefixes.length]}${String(i + 1).padStart(3, '0')}`,
      discountType,
      status,
      discount: discountType.startsWith('PERCENT') ? r.int(5, 50) : discountType === 'SHIPPING' ? 0 : r.money(2, 40),
      launchDate: ecwidDate(launchTs),
      expirationDate: ecwidDate(expirationTs),
      totalLimit: r.chance(0.3) ? r.int(20, 200) : 0,
      usesLimit,
      applicationLimit: COUPON_APPLICATION_LIMITS[i % COUPON_APPLICATION_LIMITS.length] ?? 'UNLIMITED',
      repeatCustomerOnly: false,
      orderCount: status === 'USEDUP' ? 1 : r.int(0, 40),
      creationDate: ecwidDate(createdTs),
      updateDate: ecwidDate(createdTs + r.int(0, epoch - createdTs))
    }
    if (r.chance(0.2) && categoryIds.length > 0) coupon.catalogLimit = { products: [], categories: [r.pick(categoryIds)] }
    out.push(coupon)
  }
  return out
}

export function createSeed(opts: SeedOptions = {}): SeedData {
  const seed = opts.seed ?? 1
  const storeId = opts.storeId ?? 1003
  const epoch = opts.epoch ?? DEFAULT_SEED_EPOCH
  const categories = seedCategories(seed, opts.categories ?? 50)
  const parentIds = new Set(categories.map((c) => c.parentId))
  const leafCategoryIds = categories.filter((c) => !parentIds.has(c.id)).map((c) => c.id)
  return {
    storeId,
    seed,
    epoch,
    orderCount: opts.orders ?? 20_000,
    ...(opts.sparseOrdersEvery ? { sparseOrdersEvery: opts.sparseOrdersEvery } : {}),
    profile: seedProfile(storeId, opts.storeName ?? 'Demo Store'),
    orderStatuses: seedOrderStatuses(epoch),
    categories,
    customers: seedCustomers(seed, opts.customers ?? 2_000, epoch),
    coupons: seedCoupons(seed, opts.coupons ?? 300, epoch, categories.map((c) => c.id)),
    productCtx: { seed, storeId, epoch, count: opts.products ?? 5_000, leafCategoryIds }
  }
}
