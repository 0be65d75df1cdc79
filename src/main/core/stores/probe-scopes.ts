// Finds out what a token may do without changing anything in the store: Ecwid has no endpoint that
// lists a token's scopes, so each scope is probed with a request that is harmless either way.
// A 403 naming the scope means "missing"; any other answer (200, 400, 404) means the scope passed.
import { isAppError } from '@shared/errors'
import type { EcwidClient, EcwidRequest } from '../ecwid/client'

interface Probe {
  scope: string
  request: EcwidRequest
}

// Updates target id 0, which no entity has: with the scope Ecwid answers 404, without it 403.
// Creates send a body Ecwid must reject (a non-numeric price / empty code): 400 with the scope.
// Orders and customers have no create probe: an empty order could be accepted and created.
const PROBES: Probe[] = [
  { scope: 'read_catalog', request: { path: '/products', query: { limit: 1, responseFields: 'total' } } },
  { scope: 'update_catalog', request: { method: 'PUT', path: '/products/0', body: {} } },
  { scope: 'create_catalog', request: { method: 'POST', path: '/products', body: { price: 'not-a-number' }, idempotent: true } },
  { scope: 'read_orders', request: { path: '/orders', query: { limit: 1, responseFields: 'total' } } },
  { scope: 'update_orders', request: { method: 'PUT', path: '/orders/0', body: {} } },
  { scope: 'read_discount_coupons', request: { path: '/discount_coupons', query: { limit: 1, responseFields: 'total' } } },
  { scope: 'update_discount_coupons', request: { method: 'PUT', path: '/discount_coupons/0', body: {} } },
  { scope: 'create_discount_coupons', request: { method: 'POST', path: '/discount_coupons', body: { discount: 'not-a-number' }, idempotent: true } },
  { scope: 'read_customers', request: { path: '/customers', query: { limit: 1, responseFields: 'total' } } },
  { scope: 'update_customers', request: { method: 'PUT', path: '/customers/0', body: {} } },
  // An update with no fields changes nothing.
  { scope: 'update_store_profile', request: { method: 'PUT', path: '/profile', body: {} } }
]

/** Scopes that answered as present. 'read_store_profile' comes from the validating profile call. */
export async function probeScopes(client: EcwidClient, signal?: AbortSignal): Promise<string[]> {
  const found: string[] = []
  for (const probe of PROBES) {
    if (await passes(client, probe, signal)) found.push(probe.scope)
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
