// Ecwid customer as the REST API v3 sends it (`/customers`).
// Wire-format types only; fields Ecwid may omit are optional. The scalar fields come from the
// customer descriptor (schema/customer.ts).

import type { SearchResult } from './common'
import type { Person } from './order'
import type { CUSTOMER_FIELDS } from './schema/customer'
import type { WireFields } from './schema/types'

export interface CustomerShippingAddress extends Person {
  id: number
  addressFormatted?: string
  defaultAddress?: boolean
  orderBy?: number
}

export interface CustomerContact {
  id?: number
  contact: string
  handle?: string
  note?: string
  type: string
  default?: boolean
  orderBy?: number
  timestamp?: string
}

/** Sales figures Ecwid computes per customer. */
export interface CustomerStats {
  numberOfOrders?: number
  salesValue?: number
  averageOrderValue?: number
  firstOrderDate?: string
  lastOrderDate?: string
}

/** The scalar fields come from the customer descriptor (schema/customer.ts); dates "yyyy-MM-dd HH:mm:ss Z". */
export interface Customer extends WireFields<typeof CUSTOMER_FIELDS> {
  billingPerson?: Person
  shippingAddresses?: CustomerShippingAddress[]
  contacts?: CustomerContact[]
  stats?: CustomerStats
  favorites?: { productId: number; addedTimestamp?: number }[]
}

/** `GET /customers` adds the store-wide customer count to the usual envelope. */
export interface CustomerSearchResult extends SearchResult<Customer> {
  allCustomerCount?: number
}

/** Body of `PUT /customers/{id}`. */
export type CustomerUpdate = Partial<Omit<Customer, 'id' | 'registered' | 'updated' | 'stats' | 'totalOrderCount'>>
