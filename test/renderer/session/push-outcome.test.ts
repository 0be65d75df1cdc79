// How a finished push reads (issue 18 §3.6): 17 of 18 applied is "partial", not a failure; a failure
// is told by its item, without the request line, and links to the item in its grid.
import { describe, expect, it } from 'vitest'
import type { SessionSummary } from '@shared/model/session'
import { appliedText, failureText, itemLink, pushOutcome } from '../../../src/renderer/src/components/session/push-outcome'

const counts = (patch: Partial<SessionSummary['counts']>): SessionSummary['counts'] => ({ staged: 0, pending: 0, sent: 0, applied: 0, failed: 0, conflict: 0, skipped: 0, ...patch })

describe('push outcome', () => {
  it('tells all applied, partly applied and failed apart', () => {
    expect(pushOutcome(counts({ applied: 18 }))).toBe('applied')
    expect(pushOutcome(counts({ applied: 17, failed: 1 }))).toBe('partial')
    expect(pushOutcome(counts({ failed: 3 }))).toBe('failed')
    expect(pushOutcome(counts({ staged: 2 }))).toBe('none')
  })

  it('leads with what worked', () => {
    expect(appliedText(counts({ applied: 17, failed: 1 }))).toBe('17 of 18 changes applied')
    expect(appliedText(counts({ applied: 1 }))).toBe('1 change applied')
    expect(appliedText(counts({ failed: 2 }))).toBe('Nothing applied')
  })

  it('drops the request line from Ecwid’s message; the row names the item', () => {
    expect(failureText("SKU 'A-1' already exists (PUT /products/700000046)")).toBe("SKU 'A-1' already exists")
    expect(failureText('Ecwid could not find it.')).toBe('Ecwid could not find it.')
    expect(failureText(null)).toBe('No message from Ecwid.')
  })

  it('opens the item in its grid, searched by name (orders by id)', () => {
    expect(itemLink({ resource: 'products', entityId: '700000046', label: 'Blue mug' })).toEqual({ path: '/products', query: { search: 'Blue mug' } })
    expect(itemLink({ resource: 'variations', entityId: '7:3', label: 'Blue mug · L' })).toEqual({ path: '/products', query: { search: 'Blue mug · L' } })
    expect(itemLink({ resource: 'orders', entityId: 'XJ12H', label: '#1001' })).toEqual({ path: '/orders', query: { search: 'XJ12H' } })
    expect(itemLink({ resource: 'profile', entityId: 'profile', label: 'Store profile' })).toEqual({ path: '/profile' })
  })
})
