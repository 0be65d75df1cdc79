// What clearing a cell sends to Ecwid, per resource and field. Ecwid documents no meaning for JSON
// null in an update, so a cleared typed field either sends the value Ecwid documents as "none"
// (e.g. compareToPrice 0) or is refused with what to do instead. Text fields not listed here send
// an empty string. Pure data: the per-resource field descriptors (issue 15) will absorb this table.
import type { JsonValue, SessionResource } from './session'

export type ClearRule =
  /** Clearing stages and sends this value. */
  | { send: JsonValue; doc: string }
  /** Clearing is refused with this message (Ecwid has no way to remove the value). */
  | { refuse: string; doc: string }

const PRODUCT_DOC = 'https://api-docs.ecwid.com/reference/update-product'
const COUPON_DOC = 'https://api-docs.ecwid.com/reference/update-discount-coupon'
const ORDER_DOC = 'https://api-docs.ecwid.com/reference/update-order'
const CUSTOMER_DOC = 'https://api-docs.ecwid.com/reference/update-customer'

const STOCK_RULES: Readonly<Record<string, ClearRule>> = {
  // "Product's sale price displayed strike-out": 0 shows no strike-out price.
  compareToPrice: { send: 0, doc: PRODUCT_DOC },
  // "A positive number, 0 by default."
  costPrice: { send: 0, doc: PRODUCT_DOC },
  weight: { refuse: "Ecwid cannot remove a weight through its API. Enter 0, or set “Requires shipping” to no for an item that is not shipped.", doc: PRODUCT_DOC },
  quantity: { refuse: 'Stock cannot be left empty. Enter 0, or set unlimited stock to yes.', doc: PRODUCT_DOC },
  warningLimit: { refuse: 'The low-stock warning cannot be left empty. Enter 0 to turn it off.', doc: PRODUCT_DOC }
}

export const CLEAR_RULES: Readonly<Record<SessionResource, Readonly<Record<string, ClearRule>>>> = {
  products: {
    ...STOCK_RULES,
    defaultCategoryId: { refuse: 'A product always has a default category on Ecwid. Choose another category instead.', doc: PRODUCT_DOC },
    'dimensions.length': { refuse: 'Ecwid cannot remove a dimension through its API. Enter 0 instead.', doc: PRODUCT_DOC },
    'dimensions.width': { refuse: 'Ecwid cannot remove a dimension through its API. Enter 0 instead.', doc: PRODUCT_DOC },
    'dimensions.height': { refuse: 'Ecwid cannot remove a dimension through its API. Enter 0 instead.', doc: PRODUCT_DOC }
  },
  // A combination takes the same stock and price fields as its product.
  variations: STOCK_RULES,
  coupons: {
    // Ecwid's coupon pages document setting dates, never removing one.
    expirationDate: { refuse: 'Ecwid has no documented way to remove a coupon’s end date. Set a later end date, or pause the coupon.', doc: COUPON_DOC },
    launchDate: { refuse: 'Ecwid has no documented way to remove a coupon’s start date. Set an earlier start date instead.', doc: COUPON_DOC },
    discount: { refuse: 'The discount cannot be left empty. Enter an amount (0 for none).', doc: COUPON_DOC },
    // "The minimum order subtotal the coupon applies to": 0 is no minimum.
    totalLimit: { send: 0, doc: COUPON_DOC }
  },
  orders: {
    total: { refuse: 'An order total cannot be left empty. Enter the amount.', doc: ORDER_DOC },
    subtotal: { refuse: 'An order subtotal cannot be left empty. Enter the amount.', doc: ORDER_DOC }
  },
  customers: {
    customerGroupId: { refuse: 'A customer is always in a group on Ecwid. Choose the group instead.', doc: CUSTOMER_DOC }
  },
  profile: {}
}

export function clearRuleFor(resource: SessionResource, field: string): ClearRule | undefined {
  return CLEAR_RULES[resource][field]
}
