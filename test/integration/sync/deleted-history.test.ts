// Deletions an incremental sync cannot learn from Ecwid's deleted-items log: the log keeps 6 months
// only, and it needs read_store_profile. Both fall back to a full walk of that resource (which finds
// deletions by absence) and say so in the sync's notes. The sandbox and the sync share one fake clock.
// "Please, note that we keep the data about deleted items for 6 months only." and "Requires the
// following access scope: read_store_profile" (https://api-docs.ecwid.com/reference/get-deleted-items-history).
import { afterEach, describe, expect, it } from 'vitest'
import { READ_ONLY_SCOPES } from '../../../src/main/sandbox/auth'
import type { SyncResult } from '../../../src/main/core/sync/sync-engine'
import { serverCounts, syncFixture, type SyncFixture } from './helpers'

const DAY = 86_400_000
const T0 = Date.UTC(2026, 0, 10, 12)
const monthsLater = (ms: number, months: number): number => {
  const d = new Date(ms)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.getTime()
}

let f: SyncFixture | undefined
afterEach(async () => {
  await f?.close()
  f = undefined
})

async function syncedAtT0(token?: string): Promise<{ fx: SyncFixture; clock: { t: number }; first: SyncResult }> {
  const clock = { t: T0 }
  const fx = await syncFixture({ now: () => clock.t }, token ? { token: () => token } : {})
  if (token) fx.sb.addToken(token, READ_ONLY_SCOPES.filter((s) => s !== 'read_store_profile'), { label: 'noProfile' })
  const first = await fx.sync({}, { now: () => clock.t })
  expect(first.mode).toBe('full')
  return { fx, clock, first }
}

describe('deleted items the log cannot report', () => {
  it('a last sync older than 6 months: that resource is walked in full, the deletion found, and said so', async () => {
    const { fx, clock } = await syncedAtT0()
    f = fx
    clock.t = T0 + DAY
    expect(f.sb.state.deleteOrder(3)).toBe(true)
    clock.t = monthsLater(T0, 7)
    const r = await f.sync({}, { now: () => clock.t })
    expect(r.mode).toBe('incremental')
    expect(r.counts.orders).toBe(serverCounts(f.sb).orders)
    expect(r.notes).toEqual([{ resource: 'orders', text: expect.stringMatching(/orders: last synced 7 months ago, longer than the 6 months Ecwid keeps deleted items; did a full walk/) }])
  })

  it('a last sync within 6 months stays incremental: the log reports the deletion', async () => {
    const { fx, clock } = await syncedAtT0()
    f = fx
    clock.t = T0 + DAY
    f.sb.state.deleteOrder(3)
    clock.t = monthsLater(T0, 5)
    f.routes()
    const r = await f.sync({}, { now: () => clock.t })
    expect(r.counts.orders).toBe(serverCounts(f.sb).orders)
    expect(r.notes).toEqual([])
    expect(f.routes()['GET /orders']).toBe(1)
  })

  it('a token without read_store_profile: the deletion reaches the local copy and orders are not reported "skipped"', async () => {
    const { fx, clock, first } = await syncedAtT0('secret_sandbox_no_profile')
    f = fx
    // The full walk finds deletions by absence: a refused log does not make it "skipped" either.
    expect(first.skipped).not.toContain('orders')
    clock.t = T0 + DAY
    f.sb.state.deleteOrder(3)
    clock.t = T0 + 2 * DAY
    const r = await f.sync({}, { now: () => clock.t })
    expect(r.skipped).not.toContain('orders')
    expect(r.counts.orders).toBe(serverCounts(f.sb).orders)
    expect(r.notes).toContainEqual({ resource: 'orders', text: 'orders: deleted items need read_store_profile; did a full walk.' })
  })
})
