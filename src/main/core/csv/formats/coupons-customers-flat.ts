// Flat coupons and customers formats: one row per entity, our own column names.
// Definitions only; counters and timestamps Ecwid computes are exported read-only. Coupons' columns
// come from their field descriptors.

import type { Coupon } from '@shared/model/coupon'
import type { Customer } from '@shared/model/customer'
import { COUPON_FIELDS } from '@shared/model/schema'
import type { ColumnDef } from '../types'
import { flatColumnsOf } from './descriptor-columns'
import { col, flatFormat, personColumns } from './format'

const ro = { readOnly: true }

/** Columns, headers and synonyms from the coupon field descriptors (shared/model/schema/coupon.ts). */
export const COUPON_FLAT_COLUMNS: readonly ColumnDef[] = flatColumnsOf(COUPON_FIELDS)

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
