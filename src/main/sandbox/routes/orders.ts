// Sandbox order endpoints: search (statuses, dates, keywords, ids), get/update/delete by the string
// order id (internalId and orderNumber accepted too) and create.

import type { Order } from '../../../shared/model/order'
import { ORDER_FIELDS as ORDER_DESCRIPTORS, requiredOnCreate } from '../../../shared/model/schema'
import { ALL_FULFILLMENT_STATUSES, ALL_PAYMENT_STATUSES } from '../../../shared/model/order-status'
import { notFound } from '../errors'
import { dateParam, enumListParam, intParam, listParam, numParam, paginate, paging, within } from '../query'
import type { Route, RouteContext } from '../router'
import type { OrderMeta } from '../seed-orders'
import { checkOrderStatuses } from './order-statuses'
import type { StoreState } from '../state'
import { assignFields, checkedBody, pickFields, specOf, type FieldSpec } from '../validate'

/** What a write may send, from the order descriptors: the fields Stockroom edits and those only Ecwid's API takes. */
const ORDER_FIELDS: FieldSpec = specOf(ORDER_DESCRIPTORS)
const REQUIRED = requiredOnCreate(ORDER_DESCRIPTORS)

/** Extension: Ecwid's search lists newest orders first; these let tests pick another order. */
const ORDER_SORTS = ['DATE_DESC', 'DATE_ASC', 'UPDATED_DATE_DESC', 'UPDATED_DATE_ASC'] as const

export function orderIndexOrThrow(state: StoreState, raw: string | undefined): number {
  const index = raw === undefined ? undefined : state.orderIndex(raw)
  if (index === undefined || !state.orders.isLive(index)) throw notFound('ORDER_NOT_FOUND', `Order #${raw ?? ''} not found`)
  return index
}

function matchesKeywords(o: Order, kw: string): boolean {
  const hay = [
    o.id, o.orderNumber === undefined ? undefined : String(o.orderNumber), o.email, o.trackingNumber, o.privateAdminNotes, o.orderComments,
    o.billingPerson?.name, o.shippingPerson?.name, o.shippingPerson?.street, o.shippingPerson?.city,
    ...(o.items ?? []).flatMap((it) => [it.sku, it.name])
  ]
  return hay.some((h) => h !== undefined && h.toLowerCase().includes(kw))
}

function search(ctx: RouteContext): number[] {
  const { state, query: q } = ctx
  const ids = listParam(q, 'ids')
  if (ids) {
    const found = ids.map((id) => state.orderIndex(id)).filter((i): i is number => i !== undefined && state.orders.isLive(i))
    return [...new Set(found)]
  }
  const pay = enumListParam(q, 'paymentStatus', ALL_PAYMENT_STATUSES)
  const ful = enumListParam(q, 'fulfillmentStatus', ALL_FULFILLMENT_STATUSES)
  const [cFrom, cTo] = [dateParam(q, 'createdFrom'), dateParam(q, 'createdTo')]
  const [uFrom, uTo] = [dateParam(q, 'updatedFrom'), dateParam(q, 'updatedTo')]
  const [tFrom, tTo] = [numParam(q, 'totalFrom'), numParam(q, 'totalTo')]
  const email = q.get('email')?.toLowerCase()
  const customerId = intParam(q, 'customerId')
  const customerIndex = customerId === undefined ? undefined : state.customerIndex(customerId) ?? -2
  const sortBy = enumListParam(q, 'sortBy', ORDER_SORTS)?.[0] ?? 'DATE_DESC'
  const filtered0 = pay || ful || cFrom !== undefined || cTo !== undefined || uFrom !== undefined || uTo !== undefined || tFrom !== undefined || tTo !== undefined || email || customerIndex !== undefined
  const out = state.orders.select(
    !filtered0 ? undefined : (m: OrderMeta) =>
      (pay === undefined || pay.includes(m.pay)) &&
      (ful === undefined || ful.includes(m.ful)) &&
      within(m.createTs, cFrom, cTo) &&
      within(m.updateTs, uFrom, uTo) &&
      within(m.total, tFrom, tTo) &&
      (email === undefined || m.email.toLowerCase() === email) &&
      (customerIndex === undefined || m.customerIndex === customerIndex)
  )
  const kw = q.get('keywords')?.trim().toLowerCase()
  // Keywords need the full order: filter after the cheap meta filters.
  const filtered = kw ? out.filter((i) => { const o = state.orders.get(i); return o !== undefined && matchesKeywords(o, kw) }) : out
  // Index order is creation order (seeded and created orders alike), so date sorts need no sort.
  if (sortBy === 'DATE_ASC') return filtered
  if (sortBy === 'DATE_DESC') return filtered.reverse()
  const meta = (i: number): OrderMeta => state.orders.meta(i) as OrderMeta
  const dir = sortBy.endsWith('DESC') ? -1 : 1
  filtered.sort((a, b) => dir * (meta(a).updateTs - meta(b).updateTs || a - b))
  return filtered
}

export const orderRoutes: Route[] = [
  {
    method: 'GET', path: '/orders', scope: 'read_orders',
    handler: (ctx) => ({ body: paginate(search(ctx), paging(ctx.query), (i) => ctx.state.orders.get(i)), page: true })
  },
  {
    method: 'GET', path: '/orders/:id', scope: 'read_orders',
    handler: ({ state, params }) => ({ body: state.orders.get(orderIndexOrThrow(state, params.id)) })
  },
  {
    method: 'PUT', path: '/orders/:id', scope: 'update_orders',
    handler: ({ state, params, body }) => {
      const index = orderIndexOrThrow(state, params.id)
      const b = checkedBody(body, ORDER_FIELDS)
      checkOrderStatuses(state, b)
      state.updateOrder(index, (o) => assignFields(o, b, ORDER_FIELDS))
      return { body: { updateCount: 1 } }
    }
  },
  {
    method: 'DELETE', path: '/orders/:id', scope: 'update_orders',
    handler: ({ state, params }) => ({ body: { deleteCount: state.deleteOrder(orderIndexOrThrow(state, params.id)) ? 1 : 0 } })
  },
  {
    method: 'POST', path: '/orders', scope: 'create_orders',
    handler: ({ state, body }) => {
      const b = checkedBody(body, ORDER_FIELDS, REQUIRED)
      checkOrderStatuses(state, b)
      const fields = pickFields<Order>(b, ORDER_FIELDS)
      const o = state.createOrder(fields)
      return { body: { id: o.internalId, orderid: o.id } }
    }
  }
]
