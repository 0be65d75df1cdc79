// Sandbox store-level endpoints: profile (get/update; public tokens get the public subset),
// latest-stats and the deleted-items history of products, orders, coupons and customers.

import type { DeletedItem, LatestStats } from '../../../shared/model/common'
import type { StoreProfile } from '../../../shared/model/profile'
import { missingScope } from '../auth'
import { ecwidDate } from '../dates'
import { applyProfileUpdate } from '../profile-update'
import { boolParam, dateParam, paginate, paging, within } from '../query'
import type { Route } from '../router'
import type { DeletedEntity } from '../state'
import { requireObject } from '../validate'

/** What Ecwid shows to a public token (see store-profile.txt, "Public token request example"). */
function publicProfile(p: StoreProfile): StoreProfile {
  return {
    generalInfo: p.generalInfo,
    settings: { closed: p.settings?.closed, storeName: p.settings?.storeName, googleAnalyticsId: p.settings?.googleAnalyticsId },
    mailNotifications: { customerNotificationFromEmail: p.mailNotifications?.customerNotificationFromEmail },
    company: p.company,
    formatsAndUnits: p.formatsAndUnits,
    languages: p.languages
  }
}

/** The oldest deletion Ecwid still reports: it keeps deleted-items history for 6 months only. */
export function deletedHistoryStart(nowSec: number): number {
  const d = new Date(nowSec * 1000)
  d.setUTCMonth(d.getUTCMonth() - 6)
  return Math.floor(d.getTime() / 1000)
}

/**
 * GET /{entity}/deleted (https://api-docs.ecwid.com/reference/get-deleted-items-history): needs
 * read_store_profile, and (docs.ecwid.com lists both) the entity's own read scope; answers the
 * last 6 months only.
 */
function deletedRoute(entity: DeletedEntity, scope: string): Route {
  return {
    method: 'GET', path: `/${entity}/deleted`, scope: 'read_store_profile',
    handler: ({ state, query: q, auth }) => {
      if (!auth.scopes.has(scope)) throw missingScope(scope)
      const [from, to] = [dateParam(q, 'from_date'), dateParam(q, 'to_date')]
      const kept = deletedHistoryStart(state.nowSec())
      const log = state.deletedLog[entity]
      const indices = log.map((_, k) => k).filter((k) => {
        const ts = (log[k] as { ts: number }).ts
        return ts >= kept && within(ts, from, to)
      })
      const strip = (k: number): DeletedItem | undefined => {
        const e = log[k]
        return e && { id: e.id, date: e.date }
      }
      return { body: paginate(indices, paging(q), strip), page: true }
    }
  }
}

export const storeRoutes: Route[] = [
  {
    method: 'GET', path: '/profile', scope: null,
    handler: ({ state, auth }) => ({ body: auth.kind === 'public' ? publicProfile(state.profile) : state.profile })
  },
  {
    method: 'PUT', path: '/profile', scope: 'update_store_profile',
    handler: ({ state, body }) => {
      const b = requireObject(body)
      state.updateProfile((p) => applyProfileUpdate(p, b))
      return { body: { updateCount: 1 } }
    }
  },
  {
    method: 'GET', path: '/latest-stats', scope: 'read_store_profile',
    handler: ({ state, query: q }) => {
      const stats: LatestStats = {
        productsUpdated: ecwidDate(Math.max(state.lastUpdated('products'), state.lastUpdated('categories'))),
        ordersUpdated: ecwidDate(state.lastUpdated('orders')),
        profileUpdated: ecwidDate(state.lastUpdated('profile')),
        categoriesUpdated: ecwidDate(state.lastUpdated('categories')),
        discountCouponsUpdated: ecwidDate(state.lastUpdated('discountCoupons')),
        abandonedSalesUpdated: ecwidDate(state.lastUpdated('orders')),
        customersUpdated: ecwidDate(state.lastUpdated('customers'))
      }
      if (boolParam(q, 'productCountRequired')) stats.productCount = state.products.liveCount
      if (boolParam(q, 'categoryCountRequired')) stats.categoryCount = state.categories.liveCount
      return { body: stats }
    }
  },
  deletedRoute('products', 'read_catalog'),
  deletedRoute('orders', 'read_orders'),
  deletedRoute('discount_coupons', 'read_discount_coupons'),
  deletedRoute('customers', 'read_customers')
]
