// Flat coupons and customers formats: one row per entity, our own column names.
// Definitions only; counters and timestamps Ecwid computes are exported read-only. Both formats'
// columns come from the field descriptors.

import type { Coupon } from '@shared/model/coupon'
import type { Customer } from '@shared/model/customer'
import { COUPON_FIELDS, CUSTOMER_FIELDS } from '@shared/model/schema'
import type { ColumnDef } from '../types'
import { flatColumnsOf } from './descriptor-columns'
import { flatFormat } from './format'

/** Columns, headers and synonyms from the coupon field descriptors (shared/model/schema/coupon.ts). */
export const COUPON_FLAT_COLUMNS: readonly ColumnDef[] = flatColumnsOf(COUPON_FIELDS)

export const couponsFlat = flatFormat<Coupon>('coupons-flat', 'coupons', 'Coupons', COUPON_FLAT_COLUMNS)

/** Columns, headers and synonyms from the customer field descriptors (shared/model/schema/customer.ts). */
export const CUSTOMER_FLAT_COLUMNS: readonly ColumnDef[] = flatColumnsOf(CUSTOMER_FIELDS)

export const customersFlat = flatFormat<Customer>('customers-flat', 'customers', 'Customers', CUSTOMER_FLAT_COLUMNS)
