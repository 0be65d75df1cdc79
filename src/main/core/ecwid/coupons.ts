// Discount coupons on Ecwid: search, get, create, update, delete. Ecwid addresses a coupon by its
// id or its code; both are path-encoded. Thin typed wrappers over client.request.

import type {
  Coupon,
  CouponCreate,
  CouponCreateResult,
  CouponStatus,
  CouponUpdate,
  DeleteResult,
  DiscountType,
  SearchResult,
  UpdateResult
} from '@shared/model'
import { seg, type EcwidClient } from './client'
import type { Paginator } from './paginate'
import { searchAll, toQuery, type CallOptions, type DateParam, type PageParams, type SearchAllOptions } from './resource'

/** Ecwid's own snake_case parameter names are kept so the query matches the docs one to one. */
export interface CouponSearchParams extends PageParams {
  code?: string
  discount_type?: DiscountType | readonly DiscountType[]
  availability?: CouponStatus | readonly CouponStatus[]
  createdFrom?: DateParam
  createdTo?: DateParam
  updatedFrom?: DateParam
  updatedTo?: DateParam
}

/** A coupon id, or its code. */
export type CouponRef = number | string

export interface CouponsApi {
  search(params?: CouponSearchParams, opts?: CallOptions): Promise<SearchResult<Coupon>>
  searchAll(params?: Omit<CouponSearchParams, 'offset' | 'limit'>, opts?: SearchAllOptions): Paginator<Coupon>
  get(ref: CouponRef, opts?: CallOptions): Promise<Coupon>
  create(coupon: CouponCreate, opts?: CallOptions): Promise<CouponCreateResult>
  update(ref: CouponRef, changes: CouponUpdate, opts?: CallOptions): Promise<UpdateResult>
  delete(ref: CouponRef, opts?: CallOptions): Promise<DeleteResult>
}

export function createCouponsApi(client: EcwidClient): CouponsApi {
  return {
    search: (params, opts = {}) =>
      client.request<SearchResult<Coupon>>({ path: '/discount_coupons', query: toQuery(params), ...opts }),
    searchAll: (params = {}, opts = {}) => searchAll<Coupon>(client, '/discount_coupons', params, (c) => c.id, opts),
    get: (ref, opts = {}) => client.request<Coupon>({ path: `/discount_coupons/${seg(ref)}`, ...opts }),
    create: (coupon, opts = {}) =>
      client.request<CouponCreateResult>({ method: 'POST', path: '/discount_coupons', body: coupon, ...opts }),
    update: (ref, changes, opts = {}) =>
      client.request<UpdateResult>({ method: 'PUT', path: `/discount_coupons/${seg(ref)}`, body: changes, ...opts }),
    delete: (ref, opts = {}) =>
      client.request<DeleteResult>({ method: 'DELETE', path: `/discount_coupons/${seg(ref)}`, ...opts })
  }
}
