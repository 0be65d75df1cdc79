// Flat coupons and customers formats: one row per entity, our own column names.
// Definitions only; counters and timestamps Ecwid computes are exported read-only.

import { COUPON_APPLICATION_LIMITS, COUPON_STATUSES, COUPON_USES_LIMITS, DISCOUNT_TYPES, type Coupon } from '@shared/model/coupon'
import type { Customer } from '@shared/model/customer'
import type { ColumnDef } from '../types'
import { col, flatFormat, personColumns } from './format'

const ro = { readOnly: true }

export const COUPON_FLAT_COLUMNS: readonly ColumnDef[] = [
  col('ID', 'id', 'integer', { ...ro, identity: 'id', synonyms: ['coupon id'] }),
  col('Code', 'code', 'string', { identity: 'code', synonyms: ['coupon code', 'discount code', 'promo code', 'voucher'] }),
  col('Name', 'name', 'string', { synonyms: ['coupon name', 'title'] }),
  col('Discount type', 'discountType', 'enum', { enumValues: DISCOUNT_TYPES, synonyms: ['type'] }),
  col('Discount', 'discount', 'number', { synonyms: ['amount', 'value', 'discount amount', 'discount value'] }),
  col('Status', 'status', 'enum', { enumValues: COUPON_STATUSES }),
  col('Launch date', 'launchDate', 'date', { synonyms: ['start date', 'starts', 'valid from'] }),
  col('Expiration date', 'expirationDate', 'date', { synonyms: ['end date', 'expires', 'expiry date', 'valid until'] }),
  col('Minimum order', 'totalLimit', 'number', { synonyms: ['minimum order subtotal', 'min order', 'minimum purchase'] }),
  col('Uses limit', 'usesLimit', 'enum', { enumValues: COUPON_USES_LIMITS }),
  col('Application limit', 'applicationLimit', 'enum', { enumValues: COUPON_APPLICATION_LIMITS }),
  col('Product IDs', 'catalogLimit.products', 'integer-list'),
  col('Category IDs', 'catalogLimit.categories', 'integer-list'),
  col('Times used', 'orderCount', 'integer', ro),
  col('Created', 'creationDate', 'date', ro)
]

export const couponsFlat = flatFormat<Coupon>('coupons-flat', 'coupons', 'Coupons', COUPON_FLAT_COLUMNS)

export const CUSTOMER_FLAT_COLUMNS: readonly ColumnDef[] = [
  col('ID', 'id', 'integer', { ...ro, identity: 'id', synonyms: ['customer id'] }),
  col('Email', 'email', 'string', { synonyms: ['e-mail', 'email address', 'customer email'] }),
  col('Name', 'name', 'string', { synonyms: ['customer name', 'full name'] }),
  col('Group ID', 'customerGroupId', 'integer', { synonyms: ['customer group id'] }),
  col('Group', 'customerGroupName', 'string', ro),
  ...personColumns('billingPerson', 'Billing'),
  col('Tax ID', 'taxId', 'string', { synonyms: ['vat number', 'vat id'] }),
  col('Tax exempt', 'taxExempt', 'boolean'),
  col('Accepts marketing', 'acceptMarketing', 'boolean', { synonyms: ['newsletter', 'marketing opt in', 'subscribed'] }),
  col('Language', 'lang', 'string', { synonyms: ['locale'] }),
  col('Admin notes', 'privateAdminNotes', 'string', { synonyms: ['notes', 'private notes'] }),
  col('Registered', 'registered', 'date', ro),
  col('Orders', 'totalOrderCount', 'integer', ro)
]

export const customersFlat = flatFormat<Customer>('customers-flat', 'customers', 'Customers', CUSTOMER_FLAT_COLUMNS)
