// Finds out what a token may do without changing anything in the store. Ecwid has no endpoint that
// lists a token's scopes (https://api-docs.ecwid.com/reference/access-scopes lists them; only the
// app's Details page shows which a token has), so each scope is probed with a request that cannot
// change anything: a read, or an update of an entity that does not exist. A 403 naming the scope
// means "missing"; any other answer (200, 400, 404) means the scope passed.
import { isAppError } from '@shared/errors'
import type { EcwidClient, EcwidRequest } from '../ecwid/client'

interface Probe {
  scope: string
  request: EcwidRequest
}

/** No entity has id 0 and no order status is called this: an update of them has nothing to change. */
const NO_SUCH_ID = 0
const NO_SUCH_STATUS = 'STOCKROOM_NO_SUCH_STATUS'

const PROBES: Probe[] = [
  { scope: 'read_catalog', request: { path: '/products', query: { limit: 1, responseFields: 'total' } } },
  { scope: 'update_catalog', request: { method: 'PUT', path: `/products/${NO_SUCH_ID}`, body: {} } },
  { scope: 'read_orders', request: { path: '/orders', query: { limit: 1, responseFields: 'total' } } },
  { scope: 'update_orders', request: { method: 'PUT', path: `/orders/${NO_SUCH_ID}`, body: {} } },
  { scope: 'read_discount_coupons', request: { path: '/discount_coupons', query: { limit: 1, responseFields: 'total' } } },
  { scope: 'update_discount_coupons', request: { method: 'PUT', path: `/discount_coupons/${NO_SUCH_ID}`, body: {} } },
  { scope: 'read_customers', request: { path: '/customers', query: { limit: 1, responseFields: 'total' } } },
  { scope: 'update_customers', request: { method: 'PUT', path: `/customers/${NO_SUCH_ID}`, body: {} } },
  // Update custom order status needs update_store_profile
  // (https://api-docs.ecwid.com/reference/update-custom-order-status); PUT /profile itself would be a real write.
  { scope: 'update_store_profile', request: { method: 'PUT', path: `/profile/order_status/${NO_SUCH_STATUS}`, body: {} } }
]

/**
 * A create cannot be probed without risking a real record, so create scopes are taken to come with
 * the area's update scope (a custom app's Details page grants them together); a push that Ecwid then
 * refuses with 403 names the missing scope. Orders and customers are never claimed.
 */
const CREATE_WITH_UPDATE: Readonly<Record<string, string>> = {
  update_catalog: 'create_catalog',
  update_discount_coupons: 'create_discount_coupons'
}

/** Scopes that answered as present. 'read_store_profile' comes from the validating profile call. */
export async function probeScopes(client: EcwidClient, signal?: AbortSignal): Promise<string[]> {
  const found: string[] = []
  for (const probe of PROBES) {
    if (!(await passes(client, probe, signal))) continue
    found.push(probe.scope)
    const create = CREATE_WITH_UPDATE[probe.scope]
    if (create) found.push(create)
  }
  return found
}

async function passes(client: EcwidClient, probe: Probe, signal?: AbortSignal): Promise<boolean> {
  try {
    await client.request({ ...probe.request, priority: 'interactive', signal })
    return true
  } catch (e) {
    if (!isAppError(e)) throw e
    if (e.code === 'SCOPE_MISSING') return false
    if (e.code === 'NOT_FOUND' || e.code === 'VALIDATION') return true
    throw e
  }
}
