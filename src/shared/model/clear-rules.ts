// What clearing a cell sends to Ecwid, per resource and field. Ecwid documents no meaning for JSON
// null in an update, so a cleared typed field either sends the value Ecwid documents as "none"
// (e.g. a cost price of 0) or is refused with what to do instead. Text fields not listed here send
// an empty string. Products and their combinations take their rules from the field descriptors
// (schema/product.ts); the other resources keep theirs here until they get descriptors.
import { PRODUCT_FIELDS } from './schema/product'
import type { ClearRule, FieldDescriptor } from './schema/types'
import type { SessionResource } from './session'

export type { ClearRule } from './schema/types'

const COUPON_DOC = 'https://api-docs.ecwid.com/reference/update-discount-coupon'
const ORDER_DOC = 'https://api-docs.ecwid.com/reference/update-order'
const CUSTOMER_DOC = 'https://api-docs.ecwid.com/reference/update-customer'

function clearRulesOf(fields: readonly FieldDescriptor[]): Record<string, ClearRule> {
  const out: Record<string, ClearRule> = {}
  for (const f of fields) if (f.clear) out[f.path] = f.clear
  return out
}

const productFields: readonly FieldDescriptor[] = Object.values(PRODUCT_FIELDS)

export const CLEAR_RULES: Readonly<Record<SessionResource, Readonly<Record<string, ClearRule>>>> = {
  products: clearRulesOf(productFields),
  // A combination takes the same stock and price fields as its product.
  variations: clearRulesOf(productFields.filter((f) => f.variation)),
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
