// Sandbox discount coupon endpoints (`/discount_coupons`): search, get/update/delete by id or code,
// create with Ecwid's required fields and enum checks.

import type { Coupon } from '../../../shared/model/coupon'
import { COUPON_CODE_MAX, COUPON_STATUSES, DISCOUNT_TYPES } from '../../../shared/model/coupon'
import { COUPON_FIELDS as COUPON_DESCRIPTORS, requiredOnCreate } from '../../../shared/model/schema'
import { parseEcwidDate } from '../dates'
import { badRequest, conflict, notFound } from '../errors'
import { dateParam, enumListParam, paginate, paging, within } from '../query'
import type { Route } from '../router'
import type { StoreState } from '../state'
import { assignFields, checkedBody, pickFields, specOf, type FieldSpec } from '../validate'

// From the descriptors: writes accept only ACTIVE and PAUSED (the status's `settable`), "EXPIRED and
// USEDUP are set by Ecwid store only and not available in API"; a create needs name, code, type and
// discount (https://api-docs.ecwid.com/reference/update-discount-coupon).
const COUPON_FIELDS: FieldSpec = specOf(COUPON_DESCRIPTORS)
const REQUIRED = requiredOnCreate(COUPON_DESCRIPTORS)

/** Ecwid's coupon identifier may be the numeric id or the coupon code. */
function couponIndexOrThrow(state: StoreState, raw: string | undefined): number {
  let index: number | undefined
  if (raw !== undefined && /^\d+$/.test(raw)) index = state.couponIndex(Number(raw))
  if ((index === undefined || !state.coupons.isLive(index)) && raw !== undefined) {
    index = state.coupons.select((c) => c.code === raw)[0]
  }
  if (index === undefined || !state.coupons.isLive(index)) throw notFound('COUPON_NOT_FOUND', `Coupon ${raw ?? ''} not found`)
  return index
}

function checkCoupon(state: StoreState, merged: Partial<Coupon>, selfIndex: number): void {
  if (merged.code !== undefined && merged.code.length > COUPON_CODE_MAX) throw badRequest(`Field 'code' should be at most ${COUPON_CODE_MAX} characters`)
  if (merged.code !== undefined && state.coupons.select((c, i) => i !== selfIndex && c.code.toLowerCase() === merged.code?.toLowerCase()).length > 0) {
    throw conflict('COUPON_CODE_ALREADY_EXISTS', `Coupon with code '${merged.code}' already exists`)
  }
  if (merged.discountType?.startsWith('PERCENT') && (merged.discount ?? 0) > 100) throw badRequest("Field 'discount' should not exceed 100 for percent coupons")
  const from = merged.launchDate ? parseEcwidDate(merged.launchDate) : undefined
  const to = merged.expirationDate ? parseEcwidDate(merged.expirationDate) : undefined
  if (from !== undefined && to !== undefined && to < from) throw badRequest("Field 'expirationDate' should be after 'launchDate'")
}

const ts = (d: string | undefined): number => (d ? parseEcwidDate(d) ?? 0 : 0)

export const couponRoutes: Route[] = [
  {
    method: 'GET', path: '/discount_coupons', scope: 'read_discount_coupons',
    handler: ({ state, query: q }) => {
      const code = q.get('code')
      const types = enumListParam(q, 'discount_type', DISCOUNT_TYPES)
      const availability = enumListParam(q, 'availability', COUPON_STATUSES)
      const [cFrom, cTo, uFrom, uTo] = [dateParam(q, 'createdFrom'), dateParam(q, 'createdTo'), dateParam(q, 'updatedFrom'), dateParam(q, 'updatedTo')]
      const found = state.coupons.select(
        (c) =>
          (code === null || code === '' || c.code === code) &&
          (types === undefined || types.includes(c.discountType)) &&
          (availability === undefined || availability.includes(c.status)) &&
          within(ts(c.creationDate), cFrom, cTo) &&
          within(ts(c.updateDate ?? c.creationDate), uFrom, uTo)
      )
      return { body: paginate(found, paging(q), (i) => state.coupons.get(i)), page: true }
    }
  },
  {
    method: 'GET', path: '/discount_coupons/:id', scope: 'read_discount_coupons',
    handler: ({ state, params }) => ({ body: state.coupons.get(couponIndexOrThrow(state, params.id)) })
  },
  {
    method: 'POST', path: '/discount_coupons', scope: 'create_discount_coupons',
    handler: ({ state, body }) => {
      const b = checkedBody(body, COUPON_FIELDS, REQUIRED)
      const fields = pickFields<Coupon>(b, COUPON_FIELDS) as Coupon
      checkCoupon(state, fields, -1)
      const c = state.createCoupon(fields)
      return { body: { id: c.id, code: c.code } }
    }
  },
  {
    method: 'PUT', path: '/discount_coupons/:id', scope: 'update_discount_coupons',
    handler: ({ state, params, body }) => {
      const index = couponIndexOrThrow(state, params.id)
      const b = checkedBody(body, COUPON_FIELDS)
      const merged = state.coupons.get(index) as Coupon
      assignFields(merged, b, COUPON_FIELDS)
      checkCoupon(state, merged, index)
      state.updateCoupon(index, (c) => assignFields(c, b, COUPON_FIELDS))
      return { body: { updateCount: 1 } }
    }
  },
  {
    method: 'DELETE', path: '/discount_coupons/:id', scope: 'update_discount_coupons',
    handler: ({ state, params }) => ({ body: { deleteCount: state.deleteCoupon(couponIndexOrThrow(state, params.id)) ? 1 : 0 } })
  }
]
