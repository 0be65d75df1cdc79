// Store profile on Ecwid: get and update. GET /profile works with any valid token, so it is the
// natural request for verifying a token. Thin typed wrappers over client.request.

import type { OrderStatusList, StoreProfile, StoreProfileUpdate, UpdateResult } from '@shared/model'
import type { EcwidClient } from './client'
import type { CallOptions } from './resource'

export interface ProfileApi {
  get(opts?: CallOptions & { responseFields?: string }): Promise<StoreProfile>
  update(changes: StoreProfileUpdate, opts?: CallOptions): Promise<UpdateResult>
  /** Built-in and custom order statuses (https://api-docs.ecwid.com/reference/search-custom-order-statuses). */
  orderStatuses(opts?: CallOptions): Promise<OrderStatusList>
}

export function createProfileApi(client: EcwidClient): ProfileApi {
  return {
    get: (opts = {}) =>
      client.request<StoreProfile>({
        path: '/profile',
        query: { responseFields: opts.responseFields },
        priority: opts.priority,
        signal: opts.signal
      }),
    update: (changes, opts = {}) =>
      client.request<UpdateResult>({ method: 'PUT', path: '/profile', body: changes, ...opts }),
    orderStatuses: (opts = {}) => client.request<OrderStatusList>({ path: '/profile/order_statuses', priority: opts.priority, signal: opts.signal })
  }
}
