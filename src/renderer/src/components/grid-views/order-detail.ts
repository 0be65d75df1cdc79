// An order's full JSON (untrusted, from the local copy) read into plain text for the detail panel:
// items, addresses, totals. Every field is type-checked; nothing here is ever rendered as HTML.
import type { JsonValue } from '@shared/model/session'

export interface OrderItemLine {
  name: string
  sku: string
  options: string
  quantity: number
  price: number
}

export interface OrderDetail {
  items: OrderItemLine[]
  billing: string[]
  shipping: string[]
  shippingMethod: string
  paymentMethod: string
  subtotal: number | null
  tax: number | null
  discount: number | null
  total: number | null
  comments: string
}

type Obj = { [key: string]: JsonValue }
const obj = (v: JsonValue | undefined): Obj | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : null)
const str = (v: JsonValue | undefined): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')
const num = (v: JsonValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** Address lines of a person block: name, company, street, "city, state postal", country, phone. */
export function addressLines(p: JsonValue | undefined): string[] {
  const o = obj(p)
  if (!o) return []
  const cityLine = [str(o.city), [str(o.stateOrProvinceName) || str(o.stateOrProvinceCode), str(o.postalCode)].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  return [str(o.name), str(o.companyName), ...str(o.street).split('\n'), cityLine, str(o.countryName) || str(o.countryCode), str(o.phone)].map((l) => l.trim()).filter(Boolean)
}

function optionsText(v: JsonValue | undefined): string {
  if (!Array.isArray(v)) return ''
  return v
    .map((x) => {
      const o = obj(x)
      return o ? `${str(o.name)}: ${str(o.value)}` : ''
    })
    .filter(Boolean)
    .join(', ')
}

export function orderDetail(json: JsonValue | null | undefined): OrderDetail | null {
  const o = obj(json ?? undefined)
  if (!o) return null
  const items = Array.isArray(o.items)
    ? o.items.flatMap((it) => {
        const i = obj(it)
        return i ? [{ name: str(i.name), sku: str(i.sku), options: optionsText(i.selectedOptions), quantity: num(i.quantity) ?? 0, price: num(i.price) ?? 0 }] : []
      })
    : []
  return {
    items,
    billing: addressLines(o.billingPerson),
    shipping: addressLines(o.shippingPerson),
    shippingMethod: str(obj(o.shippingOption)?.shippingMethodName),
    paymentMethod: str(o.paymentMethod),
    subtotal: num(o.subtotal),
    tax: num(o.tax),
    discount: num(o.couponDiscount) ?? num(o.discount),
    total: num(o.total),
    comments: str(o.orderComments)
  }
}
