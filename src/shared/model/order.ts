// Ecwid order as the REST API v3 sends it: string `id` (e.g. "XJ12H") plus numeric internalId.
// Wire-format types and the documented status value lists; no runtime logic. The scalar fields come
// from the order descriptor (schema/order.ts).
import type { ORDER_FIELDS } from './schema/order'
import type { WireFields } from './schema/types'

export const PAYMENT_STATUSES = [
  'AWAITING_PAYMENT',
  'PAID',
  'CANCELLED',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
  'INCOMPLETE'
] as const
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]

export const FULFILLMENT_STATUSES = [
  'AWAITING_PROCESSING',
  'PROCESSING',
  'SHIPPED',
  'DELIVERED',
  'WILL_NOT_DELIVER',
  'RETURNED',
  'READY_FOR_PICKUP',
  'OUT_FOR_DELIVERY'
] as const
export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number]

/** Billing/shipping address block used by orders and customers. */
export interface Person {
  name?: string
  firstName?: string
  lastName?: string
  companyName?: string
  street?: string
  city?: string
  countryCode?: string
  countryName?: string
  postalCode?: string
  stateOrProvinceCode?: string
  stateOrProvinceName?: string
  phone?: string
}

export interface OrderItemOption {
  name: string
  type?: string
  value?: string
  valuesArray?: string[]
  selections?: { selectionTitle: string; selectionModifier?: number; selectionModifierType?: string }[]
}

export interface OrderItemTax {
  name: string
  value: number
  total: number
  taxOnDiscountedSubtotal?: number
  taxOnShipping?: number
  includeInPrice?: boolean
}

export interface OrderItem {
  id: number
  productId: number
  categoryId?: number
  /** Variation id when a variation was bought. */
  combinationId?: number
  name: string
  sku?: string
  price: number
  productPrice?: number
  quantity: number
  weight?: number
  tax?: number
  shipping?: number
  imageUrl?: string
  smallThumbnailUrl?: string
  shortDescription?: string
  isShippingRequired?: boolean
  trackQuantity?: boolean
  digital?: boolean
  productAvailable?: boolean
  couponApplied?: boolean
  selectedOptions?: OrderItemOption[]
  taxes?: OrderItemTax[]
}

export interface ShippingOption {
  shippingMethodId?: string
  shippingMethodName?: string
  shippingRate?: number
  estimatedTransitTime?: string
  isPickup?: boolean
  pickupInstruction?: string
  fulfillmentType?: string
}

export interface OrderDiscountCoupon {
  id?: number
  name?: string
  code: string
  discountType?: string
  status?: string
  discount?: number
}

/**
 * The scalar fields come from the order descriptor (schema/order.ts): id is the public order id, a
 * string like "XJ12H"; dates "yyyy-MM-dd HH:mm:ss Z", timestamps Unix seconds; a store may also use
 * its enabled custom statuses (order-status.ts).
 */
export interface Order extends WireFields<typeof ORDER_FIELDS> {
  couponDiscount?: number
  discount?: number
  usdTotal?: number
  paymentModule?: string
  customerGroup?: string
  ipAddress?: string
  items?: OrderItem[]
  billingPerson?: Person
  shippingPerson?: Person
  shippingOption?: ShippingOption
  discountCoupon?: OrderDiscountCoupon
}

/** Body of `PUT /orders/{id}`: any subset of writable fields. */
export type OrderUpdate = Partial<Omit<Order, 'id' | 'internalId' | 'createDate' | 'updateDate' | 'createTimestamp' | 'updateTimestamp'>>

/** Answer of `POST /orders`. */
export interface OrderCreateResult {
  id: number
  orderid: string
}
