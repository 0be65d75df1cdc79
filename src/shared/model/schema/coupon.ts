// Discount coupon fields as Ecwid's REST API v3 names them (`/discount_coupons`), described once.
// Declaration order is the flat CSV's column order; COUPON_GRID_LAYOUT below orders the grid.
// Ecwid: https://api-docs.ecwid.com/reference/update-discount-coupon (writable fields, statuses).
import { COUPON_APPLICATION_LIMITS, COUPON_CODE_MAX, COUPON_STATUSES, COUPON_USES_LIMITS, DISCOUNT_TYPES, SETTABLE_COUPON_STATUSES } from '../coupon'
import { ecwidOnly, type FieldDescriptor } from './types'

const DOC = 'https://api-docs.ecwid.com/reference/update-discount-coupon'

export const COUPON_FIELDS = {
  id: {
    path: 'id', always: true, type: 'integer', edit: 'read-only', label: 'ID', grid: { title: 'ID', width: 80, filter: 'number' },
    csv: { flat: { header: 'ID', identity: 'id', synonyms: ['coupon id'] } }, store: { column: 'id', indexed: true }
  },
  code: {
    path: 'code', always: true, type: 'text', edit: 'editable', label: 'Code', say: 'Coupon code',
    // "Unique coupon code, length limit is 128 characters."
    validate: { required: true, max: COUPON_CODE_MAX, unique: true, onCreate: true },
    grid: { title: 'Code', width: 150, filter: 'text' },
    csv: { flat: { header: 'Code', identity: 'code', synonyms: ['coupon code', 'discount code', 'promo code', 'voucher'] } },
    store: { column: 'code', indexed: true, naturalSort: true }
  },
  name: {
    path: 'name', always: true, type: 'text', edit: 'editable', label: 'Name', validate: { required: true, max: 255, onCreate: true },
    grid: { title: 'Name', width: 200, filter: 'text', bulk: { replace: 1 } },
    csv: { flat: { header: 'Name', synonyms: ['coupon name', 'title'] } }, store: { column: 'name', indexed: false, naturalSort: true }
  },
  discountType: {
    path: 'discountType', always: true, type: 'enum', values: DISCOUNT_TYPES, edit: 'editable', label: 'Discount type', validate: { onCreate: true },
    grid: { title: 'Type', width: 170, filter: 'enum', bulk: { set: 2, label: 'Type' } },
    csv: { flat: { header: 'Discount type', synonyms: ['type'] } }, store: { column: 'discount_type', indexed: false }
  },
  discount: {
    path: 'discount', always: true, type: 'number', edit: 'editable', label: 'Discount', say: 'Discount', validate: { min: 0, onCreate: true },
    clear: { refuse: 'The discount cannot be left empty. Enter an amount (0 for none).', doc: DOC },
    grid: { title: 'Discount', width: 90, filter: 'number', bulk: { set: 4, adjust: 1 } },
    csv: { flat: { header: 'Discount', synonyms: ['amount', 'value', 'discount amount', 'discount value'] } }, store: { column: 'discount', indexed: false }
  },
  status: {
    path: 'status', always: true, type: 'enum', values: COUPON_STATUSES, edit: 'editable', label: 'Status',
    // Writes accept only ACTIVE and PAUSED: "EXPIRED and USEDUP are set by Ecwid store only and not available in API".
    validate: { settable: SETTABLE_COUPON_STATUSES, why: 'EXPIRED and USEDUP are set by Ecwid itself (when the end date passes or the uses run out) and cannot be set through its API' },
    grid: { title: 'Status', width: 100, filter: 'enum', bulk: { set: 1 } },
    csv: { flat: { header: 'Status' } }, store: { column: 'status', indexed: false }
  },
  launchDate: {
    path: 'launchDate', type: 'date', edit: 'editable', label: 'Launch date', say: 'Start date',
    // Ecwid's coupon pages document setting dates, never removing one.
    clear: { refuse: 'Ecwid has no documented way to remove a coupon’s start date. Set an earlier start date instead.', doc: DOC },
    grid: { title: 'Starts', width: 120, filter: 'date' },
    csv: { flat: { header: 'Launch date', synonyms: ['start date', 'starts', 'valid from'] } }, store: { column: 'launch_date', indexed: false }
  },
  expirationDate: {
    path: 'expirationDate', type: 'date', edit: 'editable', label: 'Expiration date', say: 'End date',
    clear: { refuse: 'Ecwid has no documented way to remove a coupon’s end date. Set a later end date, or pause the coupon.', doc: DOC },
    grid: { title: 'Expires', width: 120, filter: 'date' },
    csv: { flat: { header: 'Expiration date', synonyms: ['end date', 'expires', 'expiry date', 'valid until'] } }, store: { column: 'expiration_date', indexed: false }
  },
  totalLimit: {
    path: 'totalLimit', type: 'money', edit: 'editable', label: 'Minimum order', say: 'Minimum order subtotal',
    // "The minimum order subtotal the coupon applies to": 0 is no minimum.
    clear: { send: 0, doc: DOC },
    csv: { flat: { header: 'Minimum order', synonyms: ['minimum order subtotal', 'min order', 'minimum purchase'] } }
  },
  usesLimit: {
    path: 'usesLimit', always: true, type: 'enum', values: COUPON_USES_LIMITS, edit: 'editable', label: 'Uses limit',
    grid: { title: 'Uses limit', width: 140, filter: 'enum', bulk: { set: 3 } },
    csv: { flat: { header: 'Uses limit' } }, store: { column: 'uses_limit', indexed: false }
  },
  applicationLimit: {
    path: 'applicationLimit', type: 'enum', values: COUPON_APPLICATION_LIMITS, edit: 'editable', label: 'Application limit',
    csv: { flat: { header: 'Application limit' } }
  },
  'catalogLimit.products': { path: 'catalogLimit.products', type: 'ids', edit: 'editable', label: 'Product IDs', csv: { flat: { header: 'Product IDs' } } },
  'catalogLimit.categories': { path: 'catalogLimit.categories', type: 'ids', edit: 'editable', label: 'Category IDs', csv: { flat: { header: 'Category IDs' } } },
  orderCount: {
    path: 'orderCount', type: 'integer', edit: 'read-only', label: 'Times used',
    grid: { title: 'Orders', width: 80, filter: 'number' },
    csv: { flat: { header: 'Times used' } }, store: { column: 'order_count', indexed: false, missing: 0 }
  },
  creationDate: {
    path: 'creationDate', always: true, type: 'date', edit: 'read-only', label: 'Created',
    csv: { flat: { header: 'Created' } }, store: { column: 'created', indexed: false }
  },
  updateDate: { path: 'updateDate', type: 'date', edit: 'read-only', label: 'Updated', store: { column: 'updated', indexed: false } },
  // Deprecated by Ecwid in favour of applicationLimit, still sent and accepted.
  repeatCustomerOnly: ecwidOnly('repeatCustomerOnly', 'boolean', 'Repeat customers only'),
  catalogLimit: ecwidOnly('catalogLimit', 'nested', 'Catalog limit'),
  shippingLimit: ecwidOnly('shippingLimit', 'nested', 'Shipping limit')
} as const satisfies Readonly<Record<string, FieldDescriptor>>

export type CouponField = keyof typeof COUPON_FIELDS

/** The coupons grid's columns left to right (the id is a key, not a column). */
export const COUPON_GRID_LAYOUT = ['name', 'code', 'discountType', 'discount', 'status', 'launchDate', 'expirationDate', 'usesLimit', 'orderCount'] as const
