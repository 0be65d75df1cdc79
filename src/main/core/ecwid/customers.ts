// Customers on Ecwid: search, get, update. Thin typed wrappers over client.request; customer data
// is personal data, so nothing here logs it.

import type { Customer, CustomerSearchResult, CustomerUpdate, UpdateResult } from '@shared/model'
import { seg, type EcwidClient } from './client'
import type { Paginator } from './paginate'
import { searchAll, toQuery, type CallOptions, type DateParam, type PageParams, type SearchAllOptions } from './resource'

export const CUSTOMER_SORT_ORDERS = [
  'NAME_ASC',
  'NAME_DESC',
  'EMAIL_ASC',
  'EMAIL_DESC',
  'ORDER_COUNT_ASC',
  'ORDER_COUNT_DESC',
  'REGISTERED_DATE_DESC',
  'REGISTERED_DATE_ASC',
  'UPDATED_DATE_DESC',
  'UPDATED_DATE_ASC',
  'SALES_VALUE_ASC',
  'SALES_VALUE_DESC'
] as const
export type CustomerSortOrder = (typeof CUSTOMER_SORT_ORDERS)[number]

export interface CustomerSearchParams extends PageParams {
  keyword?: string
  name?: string
  email?: string
  useExactEmailMatch?: boolean
  phone?: string
  city?: string
  postalCode?: string
  stateOrProvinceCode?: string
  countryCodes?: readonly string[]
  companyName?: string
  acceptMarketing?: boolean
  customerGroupIds?: readonly number[]
  minOrderCount?: number
  maxOrderCount?: number
  minSalesValue?: number
  maxSalesValue?: number
  createdFrom?: DateParam
  createdTo?: DateParam
  updatedFrom?: DateParam
  updatedTo?: DateParam
  sortBy?: CustomerSortOrder
}

export interface CustomersApi {
  search(params?: CustomerSearchParams, opts?: CallOptions): Promise<CustomerSearchResult>
  /** Defaults to REGISTERED_DATE_ASC so new customers land at the end of the walk. */
  searchAll(params?: Omit<CustomerSearchParams, 'offset' | 'limit'>, opts?: SearchAllOptions): Paginator<Customer>
  get(id: number, opts?: CallOptions): Promise<Customer>
  update(id: number, changes: CustomerUpdate, opts?: CallOptions): Promise<UpdateResult>
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * The customer's name as Ecwid's update-customer table has it: inside `billingPerson`, not at the top
 * level (https://api-docs.ecwid.com/reference/update-customer). `current` is the last read customer,
 * whose other billing fields travel with the name so the block stays whole.
 */
export function customerWriteBody(body: Record<string, unknown>, current: Record<string, unknown> = {}): Record<string, unknown> {
  if (!('name' in body)) return body
  const { name, ...rest } = body
  const billing = isObject(rest.billingPerson) ? rest.billingPerson : isObject(current.billingPerson) ? current.billingPerson : {}
  return { ...rest, billingPerson: { ...billing, name } }
}

export function createCustomersApi(client: EcwidClient): CustomersApi {
  return {
    search: (params, opts = {}) =>
      client.request<CustomerSearchResult>({ path: '/customers', query: toQuery(params), ...opts }),
    searchAll: (params = {}, opts = {}) =>
      searchAll<Customer, CustomerSearchResult>(
        client,
        '/customers',
        { sortBy: 'REGISTERED_DATE_ASC', ...params },
        (c) => c.id,
        opts
      ),
    get: (id, opts = {}) => client.request<Customer>({ path: `/customers/${seg(id)}`, ...opts }),
    update: (id, changes, opts = {}) =>
      client.request<UpdateResult>({ method: 'PUT', path: `/customers/${seg(id)}`, body: customerWriteBody({ ...changes }), ...opts })
  }
}
