// How a finished push reads: all applied, partly applied (its own state, not a failure) or failed,
// and an Ecwid failure told by the item it concerns, without the request line the core appends.
import type { SessionResource, SessionSummary } from '@shared/model/session'
import { plural } from '../../format/session-text'

export type PushOutcome = 'applied' | 'partial' | 'failed' | 'none'

export function pushOutcome(counts: SessionSummary['counts']): PushOutcome {
  if (counts.failed === 0) return counts.applied > 0 ? 'applied' : 'none'
  return counts.applied > 0 ? 'partial' : 'failed'
}

/** "17 of 18 changes applied": the share that worked comes first, since most of it did. */
export function appliedText(counts: SessionSummary['counts']): string {
  if (counts.failed === 0) return `${plural(counts.applied, 'change')} applied`
  if (counts.applied === 0) return 'Nothing applied'
  return `${counts.applied.toLocaleString('en-US')} of ${plural(counts.applied + counts.failed, 'change')} applied`
}

/** Ecwid's message without " (PUT /products/700000046)": the row already names the item. */
export function failureText(error: string | null): string {
  if (!error) return 'No message from Ecwid.'
  return error.replace(/\s*\((?:GET|POST|PUT|DELETE|PATCH) \/[^)]*\)/g, '').trim()
}

const SCREEN: Record<SessionResource, string> = {
  products: '/products', variations: '/products', coupons: '/coupons', orders: '/orders', customers: '/customers', profile: '/profile', categories: '/categories'
}

/** Where an item of a change opens: its grid, searched for it (orders by id, others by their name). */
export function itemLink(c: { resource: SessionResource; entityId: string; label: string }): { path: string; query?: { search: string } } {
  const path = SCREEN[c.resource]
  if (c.resource === 'profile') return { path }
  const search = c.resource === 'orders' || c.label.trim() === '' ? c.entityId : c.label
  return { path, query: { search } }
}
