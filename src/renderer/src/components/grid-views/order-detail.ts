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
  /** What the shipping method charged; 0 on free shipping and pickup. */
  shippingRate: number | null
  tax: number | null
  /** Order-level discount, apart from the coupon's (Ecwid sends them separately). */
  discount: number | null
  couponDiscount: number | null
  couponCode: string
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

/** The lines between the items and the total, in Ecwid's order: every term the total is made of. */
export function orderTerms(d: OrderDetail): { key: string; label: string; amount: number }[] {
  const terms: { key: string; label: string; amount: number }[] = []
  if (d.subtotal !== null) terms.push({ key: 'subtotal', label: 'Subtotal', amount: d.subtotal })
  if (d.shippingRate !== null || d.shippingMethod) terms.push({ key: 'shipping', label: d.shippingMethod ? `Shipping (${d.shippingMethod})` : 'Shipping', amount: d.shippingRate ?? 0 })
  if (d.discount) terms.push({ key: 'discount', label: 'Discount', amount: -Math.abs(d.discount) })
  if (d.couponDiscount) terms.push({ key: 'coupon', label: d.couponCode ? `Coupon ${d.couponCode}` : 'Coupon', amount: -Math.abs(d.couponDiscount) })
  if (d.tax !== null) terms.push({ key: 'tax', label: 'Tax', amount: d.tax })
  return terms
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
    shippingRate: num(obj(o.shippingOption)?.shippingRate),
    tax: num(o.tax),
    discount: num(o.discount),
    couponDiscount: num(o.couponDiscount),
    couponCode: str(obj(o.discountCoupon)?.code),
    total: num(o.total),
    comments: str(o.orderComments)
  }
}
