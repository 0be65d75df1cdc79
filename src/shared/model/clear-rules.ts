// What clearing a cell sends to Ecwid, per resource and field. Ecwid documents no meaning for JSON
// null in an update, so a cleared typed field either sends the value Ecwid documents as "none"
// (e.g. a cost price of 0) or is refused with what to do instead. Text fields not listed here send
// an empty string. Every resource but the profile takes its rules from the
// field descriptors (schema/).
import { COUPON_FIELDS } from './schema/coupon'
import { CUSTOMER_FIELDS } from './schema/customer'
import { ORDER_FIELDS } from './schema/order'
import { PRODUCT_FIELDS } from './schema/product'
import type { ClearRule, FieldDescriptor } from './schema/types'
import type { SessionResource } from './session'

export type { ClearRule } from './schema/types'


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
  coupons: clearRulesOf(Object.values(COUPON_FIELDS)),
  orders: clearRulesOf(Object.values(ORDER_FIELDS)),
  customers: clearRulesOf(Object.values(CUSTOMER_FIELDS)),
  profile: {},
  // A root category has no parentId on Ecwid; a write moves one to the root with parentId 0
  // (https://api-docs.ecwid.com/reference/update-category). Its name is required (validate.ts).
  categories: { parentId: { send: 0, doc: 'https://api-docs.ecwid.com/reference/update-category' } }
}

export function clearRuleFor(resource: SessionResource, field: string): ClearRule | undefined {
  return CLEAR_RULES[resource][field]
}
