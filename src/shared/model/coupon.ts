// Ecwid discount coupon as the REST API v3 sends it (`/discount_coupons`).
// Wire-format types and the documented enum value lists; no runtime logic. The scalar fields come
// from the coupon descriptor (schema/coupon.ts).
import type { COUPON_FIELDS } from './schema/coupon'
import type { WireFields } from './schema/types'

export const DISCOUNT_TYPES = ['ABS', 'PERCENT', 'SHIPPING', 'ABS_AND_SHIPPING', 'PERCENT_AND_SHIPPING'] as const
export type DiscountType = (typeof DISCOUNT_TYPES)[number]

export const COUPON_STATUSES = ['ACTIVE', 'PAUSED', 'EXPIRED', 'USEDUP'] as const
export type CouponStatus = (typeof COUPON_STATUSES)[number]

/**
 * The statuses the API accepts in a create or update: EXPIRED and USEDUP are set by Ecwid itself and
 * are "not available in API" (https://api-docs.ecwid.com/reference/update-discount-coupon).
 */
export const SETTABLE_COUPON_STATUSES = ['ACTIVE', 'PAUSED'] as const satisfies readonly CouponStatus[]

/** Ecwid: "Unique coupon code, length limit is 128 characters" (same page). */
export const COUPON_CODE_MAX = 128

export const COUPON_USES_LIMITS = ['UNLIMITED', 'ONCEPERCUSTOMER', 'SINGLE'] as const
export type CouponUsesLimit = (typeof COUPON_USES_LIMITS)[number]

export const COUPON_APPLICATION_LIMITS = ['UNLIMITED', 'NEW_CUSTOMER_ONLY', 'REPEAT_CUSTOMER_ONLY'] as const
export type CouponApplicationLimit = (typeof COUPON_APPLICATION_LIMITS)[number]

/** Products/categories the coupon is restricted to. */
export interface CouponCatalogLimit {
  products?: number[]
  categories?: number[]
}

/** Dates as "yyyy-MM-dd HH:mm:ss Z"; totalLimit is the minimum order subtotal for the coupon to apply. */
export interface Coupon extends WireFields<typeof COUPON_FIELDS> {
  catalogLimit?: CouponCatalogLimit
  shippingLimit?: { shippingMethods?: string[] }
}

/** Body of `POST /discount_coupons` (name, code, discountType and discount are required). */
export type CouponCreate = Partial<Omit<Coupon, 'id' | 'creationDate' | 'updateDate' | 'orderCount'>> &
  Pick<Coupon, 'name' | 'code' | 'discountType' | 'discount'>

/** Body of `PUT /discount_coupons/{id}`. */
export type CouponUpdate = Partial<Omit<Coupon, 'id' | 'creationDate' | 'updateDate' | 'orderCount'>>

/** Answer of `POST /discount_coupons`. */
export interface CouponCreateResult {
  id: number
  code: string
}
