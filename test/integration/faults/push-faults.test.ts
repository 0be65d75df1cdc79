// A session push under injected faults ends with exactly the intended server state: every staged
// value applied once (no duplicate creates from resent POSTs), nothing else touched, journal all applied.
import { afterEach, describe, expect, it } from 'vitest'
import { ERROR_CODES, isAppError } from '@shared/errors'
import type { PushResult, StagedChange } from '@shared/model/session'
import type { FaultConfig } from '../../../src/main/sandbox/faults'
import { resourceIds, serverCoupons, serverProduct, serverProducts, setup, type Harness } from '../sessions/helpers'
import { FAST_CLIENT } from './helpers'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

interface Staged {
  sessionId: string
  intended: StagedChange[]
  victim: number
  untouchedNames: Map<number, string>
}

async function stageMixed(hx: Harness, bulk: boolean): Promise<Staged> {
  const { service, storeId } = hx
  const s = await service.api.createSession(storeId, 'under faults')
  const ids = resourceIds(hx, 'products', 40)
  if (bulk) {
    await service.api.applyBulk(storeId, s.id, 'products', { ids: ids.slice(0, 30) }, { kind: 'adjust', field: 'price', by: 'percent', amount: 10, round: { mode: 'ending', ending: 0.99 } })
  } else {
    await service.api.stageEdits(storeId, s.id, [
      { resource: 'products', entityId: ids[0]!, field: 'price', value: 7.77 },
      { resource: 'products', entityId: ids[1]!, field: 'name', value: 'Renamed under fire' }
    ])
  }
  await service.api.stageCreate(storeId, s.id, 'products', { name: 'Born under faults', sku: 'FAULT-CREATE-1', price: 4.5 })
  const victim = ids[35]!
  await service.api.stageDeletes(storeId, s.id, 'products', [victim])
  const coupon = resourceIds(hx, 'coupons', 1)[0]!
  await service.api.stageEdits(storeId, s.id, [{ resource: 'coupons', entityId: coupon, field: 'name', value: 'Coupon under faults' }])
  const intended = (await service.api.reviewSession(storeId, s.id, { limit: 1000 })).rows
  const untouchedNames = new Map(ids.slice(36).map((id) => [id, String(serverProduct(hx.sb, id)?.name)]))
  return { sessionId: s.id, intended, victim, untouchedNames }
}

/** Pushes, then retries failed changes, until everything is applied; every failure is coded. */
async function pushToCompletion(hx: Harness, sessionId: string, attempts = 8): Promise<PushResult[]> {
  const results: PushResult[] = []
  for (let i = 0; i < attempts; i++) {
    try {
      const r = await hx.service.runPush(hx.storeId, sessionId, { retryFailed: i > 0 })
      results.push(r)
      if (r.state === 'done' && r.failed === 0) return results
    } catch (e) {
      if (!isAppError(e)) throw e
      expect(ERROR_CODES).toContain(e.code)
      expect(e.code).not.toBe('INTERNAL')
    }
  }
  return results
}

function expectExactState(hx: Harness, st: Staged): void {
  hx.sb.setFaults({ errorRate: 0, dropRate: 0, malformedRate: 0, stallRate: 0, truncateRate: 0, force429: 0 })
  for (const c of st.intended) {
    if (c.kind !== 'update') continue
    const id = Number(c.entityId)
    const entity = c.resource === 'products' ? serverProduct(hx.sb, id) : serverCoupons(hx.sb).find((x) => x.id === id)
    expect(entity?.[c.field], `${c.resource} ${id} ${c.field}`).toEqual(c.after)
  }
  // The create happened exactly once, even when a POST's answer was lost.
  expect(serverProducts(hx.sb).filter((p) => p.sku === 'FAULT-CREATE-1')).toHaveLength(1)
  expect(serverProduct(hx.sb, st.victim)).toBeUndefined()
  for (const [id, name] of st.untouchedNames) expect(serverProduct(hx.sb, id)?.name).toBe(name)
}

const FAULTS: [string, Partial<FaultConfig>][] = [
  ['20% 5xx', { errorRate: 0.2, seed: 4 }],
  ['dropped connections', { dropRate: 0.2, seed: 22 }],
  ['malformed JSON', { malformedRate: 0.2, seed: 4 }],
  ['10 s stalls', { stallRate: 0.15, stallMs: 10_000, seed: 24 }],
  ['all of them', { errorRate: 0.1, dropRate: 0.1, malformedRate: 0.1, stallRate: 0.05, stallMs: 10_000, seed: 25 }]
]

describe('push under faults', () => {
  it.each(FAULTS)('batch push with %s ends in exactly the intended state', async (_name, faults) => {
    h = await setup({ sandbox: { products: 60, coupons: 10 }, client: { ...FAST_CLIENT, timeoutMs: 300 } })
    const st = await stageMixed(h, true)
    h.sb.setFaults(faults)
    const results = await pushToCompletion(h, st.sessionId)
    expect(Object.values(h.sb.stats().faults).reduce((a, b) => a + b, 0), 'faults were injected').toBeGreaterThan(0)
    expect(results.at(-1), JSON.stringify(results)).toMatchObject({ state: 'done', failed: 0 })
    expectExactState(h, st)
    const rows = (await h.service.api.reviewSession(h.storeId, st.sessionId, { limit: 1000 })).rows
    expect(rows.map((r) => r.state).filter((s) => s !== 'applied')).toEqual([])
  })

  it.each(FAULTS)('single-call push with %s ends in exactly the intended state', async (_name, faults) => {
    h = await setup({ sandbox: { products: 60, coupons: 10 }, client: { ...FAST_CLIENT, timeoutMs: 300 } })
    const st = await stageMixed(h, false)
    h.sb.setFaults(faults)
    const results = await pushToCompletion(h, st.sessionId)
    expect(Object.values(h.sb.stats().faults).reduce((a, b) => a + b, 0), 'faults were injected').toBeGreaterThan(0)
    expect(results.at(-1), JSON.stringify(results)).toMatchObject({ state: 'done', failed: 0 })
    expectExactState(h, st)
  })

  it('a 429 storm during a push: waited out or reported as failed changes, then retried to the exact state', async () => {
    h = await setup({ sandbox: { products: 60, coupons: 10 }, client: FAST_CLIENT })
    const st = await stageMixed(h, true)
    h.sb.setFaults({ force429: 20, force429RetryAfter: 0 })
    const results = await pushToCompletion(h, st.sessionId)
    expect(h.sb.stats().faults.force429).toBe(20)
    expect(results.at(-1)).toMatchObject({ state: 'done', failed: 0 })
    expectExactState(h, st)
  })
})
