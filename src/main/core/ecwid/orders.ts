// Orders on Ecwid: search, get, update, delete. Order ids are merchant-visible strings ("XJ12H"),
// always path-encoded. Thin typed wrappers over client.request.

import type { DeleteResult, FulfillmentStatus, Order, OrderUpdate, PaymentStatus, SearchResult, UpdateResult } from '@shared/model'
import { seg, type EcwidClient } from './client'
import type { Paginator } from './paginate'
import { searchAll, toQuery, type CallOptions, type DateParam, type PageParams, type SearchAllOptions } from './resource'

export interface OrderSearchParams extends PageParams {
  /** Order ids, internal ids, prefixes or suffixes. */
  ids?: readonly string[]
  keywords?: string
  email?: string
  customerId?: number
  productId?: number | readonly number[]
  totalFrom?: number
  totalTo?: number
  createdFrom?: DateParam
  createdTo?: DateParam
  updatedFrom?: DateParam
  updatedTo?: DateParam
  paymentStatus?: PaymentStatus | readonly PaymentStatus[]
  fulfillmentStatus?: FulfillmentStatus | readonly FulfillmentStatus[]
  paymentMethod?: string
  shippingMethod?: string
  couponCode?: string
}

export interface OrdersApi {
  search(params?: OrderSearchParams, opts?: CallOptions): Promise<SearchResult<Order>>
  searchAll(params?: Omit<OrderSearchParams, 'offset' | 'limit'>, opts?: SearchAllOptions): Paginator<Order>
  get(id: string, opts?: CallOptions & { responseFields?: string }): Promise<Order>
  update(id: string, changes: OrderUpdate, opts?: CallOptions): Promise<UpdateResult>
  delete(id: string, opts?: CallOptions): Promise<DeleteResult>
}

export function createOrdersApi(client: EcwidClient): OrdersApi {
  return {
    search: (params, opts = {}) =>
      client.request<SearchResult<Order>>({ path: '/orders', query: toQuery(params), ...opts }),
    searchAll: (params = {}, opts = {}) => searchAll<Order>(client, '/orders', params, (o) => o.id, opts),
    get: (id, opts = {}) =>
      client.request<Order>({
        path: `/orders/${seg(id)}`,
        query: { responseFields: opts.responseFields },
        priority: opts.priority,
        signal: opts.signal
      }),
    update: (id, changes, opts = {}) =>
      client.request<UpdateResult>({ method: 'PUT', path: `/orders/${seg(id)}`, body: changes, ...opts }),
    delete: (id, opts = {}) => client.request<DeleteResult>({ method: 'DELETE', path: `/orders/${seg(id)}`, ...opts })
  }
}
