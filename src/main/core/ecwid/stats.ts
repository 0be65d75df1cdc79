// Change detection for sync: GET /latest-stats and the deleted-items history endpoints
// (products, orders, coupons, customers). Thin typed wrappers; sync/ decides what to re-read.

import type { DeletedItem, DeletedItemsResult, LatestStats } from '@shared/model'
import type { EcwidClient } from './client'
import type { Paginator } from './paginate'
import { searchAll, toQuery, type CallOptions, type DateParam, type SearchAllOptions } from './resource'

export const DELETED_ENTITIES = ['products', 'orders', 'coupons', 'customers'] as const
export type DeletedEntity = (typeof DELETED_ENTITIES)[number]

const DELETED_PATHS: Record<DeletedEntity, string> = {
  products: '/products/deleted',
  orders: '/orders/deleted',
  coupons: '/discount_coupons/deleted',
  customers: '/customers/deleted'
}

/** Ecwid's own snake_case names: deletion date bounds. */
export interface DeletedParams {
  from_date?: DateParam
  to_date?: DateParam
  offset?: number
  limit?: number
}

export interface LatestStatsParams {
  productCountRequired?: boolean
  categoryCountRequired?: boolean
}

export interface StatsApi {
  latest(params?: LatestStatsParams, opts?: CallOptions): Promise<LatestStats>
  deleted(entity: DeletedEntity, params?: DeletedParams, opts?: CallOptions): Promise<DeletedItemsResult>
  deletedAll(entity: DeletedEntity, params?: Omit<DeletedParams, 'offset' | 'limit'>, opts?: SearchAllOptions): Paginator<DeletedItem>
}

export function createStatsApi(client: EcwidClient): StatsApi {
  return {
    latest: (params, opts = {}) => client.request<LatestStats>({ path: '/latest-stats', query: toQuery(params), ...opts }),
    deleted: (entity, params, opts = {}) =>
      client.request<DeletedItemsResult>({ path: DELETED_PATHS[entity], query: toQuery(params), ...opts }),
    // An id can be deleted, recreated by import and deleted again: id + date identifies one deletion.
    deletedAll: (entity, params = {}, opts = {}) =>
      searchAll<DeletedItem>(client, DELETED_PATHS[entity], params, (d) => `${d.id}@${d.date}`, opts)
  }
}
