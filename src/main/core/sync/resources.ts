// Per-resource wiring for sync: which search to page (always 'background' priority), how to store
// a page, which latest-stats field and deleted-items log belong to it. No sync policy here.
import type { LatestStats, SearchResult } from '@shared/model'
import type { SyncResource } from '@shared/model/sync'
import type { EcwidApi } from '../ecwid'
import type { DeletedEntity } from '../ecwid/stats'
import type { Db } from '../store/db'
import { upsertCategories, upsertCoupons, upsertCustomers, upsertOrders, upsertProducts, type DeletableTable } from '../store/entities'

export interface PagedResource {
  resource: Exclude<SyncResource, 'profile'>
  table: DeletableTable
  statKey: Exclude<keyof LatestStats, 'productCount' | 'categoryCount'>
  /** null: Ecwid has no deleted-items log or updatedFrom filter here (categories): re-read it all. */
  deleted: DeletedEntity | null
  /** One page; `since` (unix s) asks only for items updated from then on. */
  fetchPage(api: EcwidApi, offset: number, limit: number, since: number | undefined, signal: AbortSignal): Promise<SearchResult<unknown>>
  write(db: Db, items: unknown[], run: number): void
}

const bg = (signal: AbortSignal) => ({ priority: 'background' as const, signal })

// Sorting by creation time ascending puts items created during the walk at the end, where the walk
// reads them anyway, instead of shifting every later offset (Ecwid's orders default is newest first).
export const PAGED_RESOURCES: Record<PagedResource['resource'], PagedResource> = {
  categories: {
    resource: 'categories', table: 'categories', statKey: 'categoriesUpdated', deleted: null,
    fetchPage: (api, offset, limit, _since, signal) => api.categories.list({ offset, limit, hidden_categories: true }, bg(signal)),
    write: (db, items, run) => upsertCategories(db, items as Parameters<typeof upsertCategories>[1], run)
  },
  products: {
    resource: 'products', table: 'products', statKey: 'productsUpdated', deleted: 'products',
    fetchPage: (api, offset, limit, since, signal) => api.products.search({ offset, limit, sortBy: 'ADDED_TIME_ASC', updatedFrom: since }, bg(signal)),
    write: (db, items, run) => upsertProducts(db, items as Parameters<typeof upsertProducts>[1], run)
  },
  orders: {
    resource: 'orders', table: 'orders', statKey: 'ordersUpdated', deleted: 'orders',
    fetchPage: (api, offset, limit, since, signal) => api.orders.search({ offset, limit, updatedFrom: since }, bg(signal)),
    write: (db, items, run) => upsertOrders(db, items as Parameters<typeof upsertOrders>[1], run)
  },
  coupons: {
    resource: 'coupons', table: 'coupons', statKey: 'discountCouponsUpdated', deleted: 'coupons',
    fetchPage: (api, offset, limit, since, signal) => api.coupons.search({ offset, limit, updatedFrom: since }, bg(signal)),
    write: (db, items, run) => upsertCoupons(db, items as Parameters<typeof upsertCoupons>[1], run)
  },
  customers: {
    resource: 'customers', table: 'customers', statKey: 'customersUpdated', deleted: 'customers',
    fetchPage: (api, offset, limit, since, signal) => api.customers.search({ offset, limit, sortBy: 'REGISTERED_DATE_ASC', updatedFrom: since }, bg(signal)),
    write: (db, items, run) => upsertCustomers(db, items as Parameters<typeof upsertCustomers>[1], run)
  }
}

/**
 * Start order (resources then sync side by side). Products written before the categories are in get
 * their category names from refreshCategoryNames at the end of the categories walk.
 */
export const SYNC_ORDER: readonly SyncResource[] = ['profile', 'categories', 'products', 'orders', 'coupons', 'customers']
