// Entry point of the Ecwid client: createEcwidApi() wires the low-level client to every resource
// module. Plain Node (no electron import); the token is read per request and never stored here.

import { createEcwidClient, type EcwidClient, type EcwidClientOptions, type EcwidRequest } from './client'
import { runBatch, type BatchItemResult, type BatchSubRequest, type RunBatchOptions } from './batch'
import { createCategoriesApi, type CategoriesApi } from './categories'
import { createCouponsApi, type CouponsApi } from './coupons'
import { createCustomersApi, type CustomersApi } from './customers'
import { createOrdersApi, type OrdersApi } from './orders'
import { createProductsApi, type ProductsApi } from './products'
import { createProfileApi, type ProfileApi } from './profile'
import { createStatsApi, type StatsApi } from './stats'

export interface EcwidApi {
  readonly storeId: number
  products: ProductsApi
  categories: CategoriesApi
  orders: OrdersApi
  coupons: CouponsApi
  customers: CustomersApi
  profile: ProfileApi
  stats: StatsApi
  /** Runs sub-requests through Ecwid's batch API; one result per sub-request, in order. */
  batch(subRequests: readonly BatchSubRequest[], opts?: RunBatchOptions): Promise<BatchItemResult[]>
  /** Escape hatch for endpoints without a typed wrapper. */
  request<T>(req: EcwidRequest): Promise<T>
  client: EcwidClient
}

export function createEcwidApi(clientOpts: EcwidClientOptions): EcwidApi {
  const client = createEcwidClient(clientOpts)
  return {
    storeId: client.storeId,
    products: createProductsApi(client),
    categories: createCategoriesApi(client),
    orders: createOrdersApi(client),
    coupons: createCouponsApi(client),
    customers: createCustomersApi(client),
    profile: createProfileApi(client),
    stats: createStatsApi(client),
    batch: (subRequests, opts = {}) => runBatch(client, subRequests, { clock: clientOpts.clock, ...opts }),
    request: (req) => client.request(req),
    client
  }
}

export { createEcwidClient, seg, buildQuery, DEFAULT_API_BASE } from './client'
export type { EcwidClient, EcwidClientOptions, EcwidRequest, HttpMethod, Query, QueryValue, ClientStats } from './client'
export { mapHttpError, mapNetworkError, redact, parseScope } from './http-errors'
export { paginate, collectAll, Paginator, pageResponseFields } from './paginate'
export type { PaginateOptions, PaginateStats, FetchPage } from './paginate'
export { runBatch, pollBatch, mapBatchResponses } from './batch'
export type { BatchSubRequest, BatchItemResult, RunBatchOptions, BatchProgress } from './batch'
export type { CallOptions, DateParam, PageParams, SearchAllOptions } from './resource'
export type { ProductSearchParams, ProductsApi } from './products'
export type { CategorySearchParams, CategoriesApi } from './categories'
export type { OrderSearchParams, OrdersApi } from './orders'
export type { CouponSearchParams, CouponsApi, CouponRef } from './coupons'
export type { CustomerSearchParams, CustomersApi, CustomerSortOrder } from './customers'
export type { ProfileApi } from './profile'
export type { StatsApi, DeletedEntity, DeletedParams, LatestStatsParams } from './stats'
