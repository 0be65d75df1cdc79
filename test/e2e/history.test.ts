// The store-wide change history in a real Chromium over the real core and a sandbox store: stage and
// push changes, stage a later draft, search the "All changes" tab by SKU, export it, open a session.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { startSandbox, type SandboxHandle } from '../../src/main/sandbox/server'
import { connectThroughForm, e2eAvailable, startHarness, type Harness } from './harness'

const STORE = 6_303

describe.skipIf(!e2eAvailable())('change history (Chromium)', () => {
  let h: Harness
  let sb: SandboxHandle

  beforeAll(async () => {
    sb = await startSandbox({ storeId: STORE, storeName: 'History Goods', products: 20, orders: 2, customers: 2, coupons: 2 })
    h = await startHarness({ apiBase: sb.apiBase, secrets: createMemorySecretStore(), sync: { intervalMs: 600_000 } })
    await connectThroughForm(h, STORE, sb.tokens.full)
  })
  afterAll(async () => {
    await h?.close()
    await sb?.close()
  })

  it('finds the pushed and the draft changes of one SKU, exports them and opens a session', async () => {
    const api = h.services.api
    const rows = (await api.queryProducts(STORE, { offset: 0, limit: 50, sort: [{ field: 'price', dir: 'desc' }] })).rows
    const [a, b] = rows as [(typeof rows)[number], (typeof rows)[number]]
    const sku = a.sku ?? ''
    expect(sku).not.toBe('')
    const pushed = await api.createSession(STORE, 'Spring prices')
    await api.stageEdits(STORE, pushed.id, [
      { resource: 'products', entityId: a.id, field: 'price', value: 123.45 },
      { resource: 'products', entityId: b.id, field: 'price', value: 67.89 }
    ])
    await api.pushSession(STORE, pushed.id)
    await expect.poll(async () => (await api.listSessions(STORE)).find((s) => s.id === pushed.id)?.status, { timeout: 30_000 }).toBe('applied')
    const draft = await api.createSession(STORE, 'Stock count')
    await api.stageEdits(STORE, draft.id, [{ resource: 'products', entityId: a.id, field: 'quantity', value: 42 }])

    const { page } = h
    await page.getByTestId('nav-sessions').click()
    await page.getByTestId('view-sessions').waitFor()
    await page.getByTestId('tab-changes').click()
    await page.getByTestId('changes-table').waitFor()
    await expect.poll(() => page.getByTestId('changes-row').count()).toBe(3)
    await page.getByTestId('changes-search').fill(`SKU ${sku}`)
    await expect.poll(() => page.getByTestId('changes-row').count()).toBe(2)
    expect(await page.getByTestId('changes-total').textContent()).toContain('2 changes')
    // Newest first: the draft's stock count, then the pushed price.
    expect(await page.getByTestId('changes-session').allTextContents()).toEqual(['Stock count', 'Spring prices'])
    const states = await page.getByTestId('changes-state-cell').allTextContents()
    expect(states.map((s) => s.trim())).toEqual(['staged', 'applied'])
    await h.screenshot('history')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('changes-export').click()])
    const csv = readFileSync(await download.path(), 'utf8')
    expect(csv).toContain('when,session,session_status,resource,entity_id,entry,sku_code,field,kind,before,after,state,error')
    expect(csv).toContain('123.45')
    expect(csv).not.toContain('67.89')

    await page.getByTestId('changes-row').nth(1).click()
    await expect.poll(() => page.getByTestId('session-head').textContent()).toContain('Spring prices')
  })
})
