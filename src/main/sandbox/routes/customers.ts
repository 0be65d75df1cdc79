// Sandbox customer endpoints: search with Ecwid's filters and sorts, get/update/delete/create.
// Per-customer order stats are derived from the orders table and cached until orders change.

import type { Customer, CustomerSearchResult, CustomerStats } from '../../../shared/model/customer'
import { CUSTOMER_FIELDS as CUSTOMER_DESCRIPTORS } from '../../../shared/model/schema'
import { parseEcwidDate, ecwidDate } from '../dates'
import { badRequest, notFound } from '../errors'
import { boolParam, dateParam, listParam, paginate, paging, within } from '../query'
import type { Route } from '../router'
import type { StoreState } from '../state'
import { assignFields, requireObject, specOf, validateFields, type FieldSpec } from '../validate'

// Ecwid's update-customer table has the name inside billingPerson, not at the top level
// (https://api-docs.ecwid.com/reference/update-customer): a top-level name is refused below, before
// the descriptors' checks (billingPerson.name among them) run.
const CUSTOMER_FIELDS: FieldSpec = specOf(CUSTOMER_DESCRIPTORS)

const statsCache = new WeakMap<StoreState, { version: number; stats: Map<number, { n: number; sum: number; first: number; last: number }> }>()

function orderStats(state: StoreState): Map<number, { n: number; sum: number; first: number; last: number }> {
  const cached = statsCache.get(state)
  if (cached && cached.version === state.orderVersion) return cached.stats
  const stats = new Map<number, { n: number; sum: number; first: number; last: number }>()
  state.orders.select((m) => {
    if (m.customerIndex < 0 || m.pay === 'CANCELLED' || m.pay === 'INCOMPLETE') return false
    const s = stats.get(m.customerIndex) ?? { n: 0, sum: 0, first: m.createTs, last: m.createTs }
    s.n++
    s.sum += m.total
    s.first = Math.min(s.first, m.createTs)
    s.last = Math.max(s.last, m.createTs)
    stats.set(m.customerIndex, s)
    return false
  })
  statsCache.set(state, { version: state.orderVersion, stats })
  return stats
}

function withStats(state: StoreState, index: number): Customer | undefined {
  const c = state.customers.get(index)
  if (!c) return undefined
  const s = orderStats(state).get(index)
  const stats: CustomerStats = { numberOfOrders: s?.n ?? 0, salesValue: Math.round((s?.sum ?? 0) * 100) / 100, averageOrderValue: s ? Math.round((s.sum / s.n) * 100) / 100 : 0 }
  if (s) Object.assign(stats, { firstOrderDate: ecwidDate(s.first), lastOrderDate: ecwidDate(s.last) })
  c.stats = stats
  c.totalOrderCount = stats.numberOfOrders
  return c
}

function customerIndexOrThrow(state: StoreState, raw: string | undefined): number {
  const index = raw !== undefined && /^\d+$/.test(raw) ? state.customerIndex(Number(raw)) : undefined
  if (index === undefined || !state.customers.isLive(index)) throw notFound('CUSTOMER_NOT_FOUND', `Customer #${raw ?? ''} not found`)
  return index
}

const ts = (d: string | undefined): number => (d ? parseEcwidDate(d) ?? 0 : 0)

const SORTS: Record<string, (a: Customer, b: Customer) => number> = {
  NAME_ASC: (a, b) => (a.name ?? '').localeCompare(b.name ?? ''),
  NAME_DESC: (a, b) => (b.name ?? '').localeCompare(a.name ?? ''),
  EMAIL_ASC: (a, b) => a.email.localeCompare(b.email),
  EMAIL_DESC: (a, b) => b.email.localeCompare(a.email),
  REGISTERED_DATE_ASC: (a, b) => ts(a.registered) - ts(b.registered),
  REGISTERED_DATE_DESC: (a, b) => ts(b.registered) - ts(a.registered),
  UPDATED_DATE_ASC: (a, b) => ts(a.updated) - ts(b.updated),
  UPDATED_DATE_DESC: (a, b) => ts(b.updated) - ts(a.updated)
}

export const customerRoutes: Route[] = [
  {
    method: 'GET', path: '/customers', scope: 'read_customers',
    handler: ({ state, query: q }) => {
      const keyword = q.get('keyword')?.toLowerCase()
      const email = q.get('email')?.toLowerCase()
      const exact = boolParam(q, 'useExactEmailMatch') === true
      const name = q.get('name')?.toLowerCase()
      const groups = listParam(q, 'customerGroupIds')?.map(Number)
      const marketing = boolParam(q, 'acceptMarketing')
      const [cFrom, cTo, uFrom, uTo] = [dateParam(q, 'createdFrom'), dateParam(q, 'createdTo'), dateParam(q, 'updatedFrom'), dateParam(q, 'updatedTo')]
      const found = state.customers.select(
        (c) =>
          (!keyword || c.email.toLowerCase().includes(keyword) || (c.name ?? '').toLowerCase().includes(keyword)) &&
          (!email || (exact ? c.email.toLowerCase() === email : c.email.toLowerCase().includes(email))) &&
          (!name || (c.name ?? '').toLowerCase().includes(name)) &&
          (groups === undefined || groups.includes(c.customerGroupId ?? 0)) &&
          (marketing === undefined || c.acceptMarketing === marketing) &&
          within(ts(c.registered), cFrom, cTo) &&
          within(ts(c.updated ?? c.registered), uFrom, uTo)
      )
      const cmp = SORTS[q.get('sortBy') ?? '']
      if (cmp) found.sort((a, b) => cmp(state.customers.meta(a) as Customer, state.customers.meta(b) as Customer) || a - b)
      const body: CustomerSearchResult = { ...paginate(found, paging(q), (i) => withStats(state, i)), allCustomerCount: state.customers.liveCount }
      return { body, page: true }
    }
  },
  {
    method: 'GET', path: '/customers/:id', scope: 'read_customers',
    handler: ({ state, params }) => ({ body: withStats(state, customerIndexOrThrow(state, params.id)) })
  },
  {
    method: 'PUT', path: '/customers/:id', scope: 'update_customers',
    handler: ({ state, params, body }) => {
      const index = customerIndexOrThrow(state, params.id)
      const b = requireObject(body)
      if ('name' in b) throw badRequest("Field 'name' is not in the customer update: send billingPerson.name")
      validateFields(b, CUSTOMER_FIELDS)
      state.updateCustomer(index, (c) => {
        assignFields(c, b, CUSTOMER_FIELDS)
        // The search's `name` is the billing name (what NAME_ASC sorts and `name=` filters on).
        if (c.billingPerson?.name !== undefined) c.name = c.billingPerson.name
      })
      return { body: { updateCount: 1 } }
    }
  },
  {
    method: 'DELETE', path: '/customers/:id', scope: 'update_customers',
    handler: ({ state, params }) => ({ body: { deleteCount: state.deleteCustomer(customerIndexOrThrow(state, params.id)) ? 1 : 0 } })
  }
]
