// "Generate N unique coupon codes": the request the dialog sends and the limits both sides check.
// The alphabet leaves out characters people misread (0/O, 1/I/L) when typing a code from paper.
import type { CouponStatus, CouponUsesLimit, DiscountType } from './coupon'

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const MAX_GENERATED_CODES = 1000
export const CODE_LENGTH_RANGE = { min: 4, max: 24 } as const
export const CODE_PREFIX_MAX = 20

export interface CouponCodesRequest {
  /** Put before the random part as typed, e.g. "SPRING-". */
  prefix: string
  /** Length of the random part. */
  length: number
  count: number
  /** Coupon name; "{code}" is replaced by each code. */
  name: string
  discountType: DiscountType
  discount: number
  status: CouponStatus
  usesLimit: CouponUsesLimit
  /** Optional "yyyy-MM-dd" dates. */
  launchDate?: string
  expirationDate?: string
}

export interface CouponCodesResult {
  /** The staged codes in the order generated; each became one staged coupon create. */
  codes: string[]
  entityIds: string[]
}
