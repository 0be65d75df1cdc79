// The store-wide change history through the sessions service against the sandbox: a pushed session,
// its revert and a draft all show up for one SKU, newest first, and export as CSV, all from sessions.db.
import Papa from 'papaparse'
import { afterEach, describe, expect, it } from 'vitest'
import { serverProduct, setup, resourceIds, type Harness } from './helpers'

const parseCsv = (text: string): string[][] => new Papa.Parser({ delimiter: ',', newline: '\r\n' }).parse(text, 0, false).data.filter((r) => r.length > 1)

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe('change history', () => {
  it('finds every change to one SKU across pushed, reverted and draft sessions', async () => {
    h = await setup()
    const { service, storeId, sb } = h
    const [a, b] = resourceIds(h, 'products', 2) as [number, number]
    const sku = String(serverProduct(sb, a)?.sku)
    const pushed = await service.api.createSession(storeId, 'spring prices')
    await service.api.stageEdits(storeId, pushed.id, [
      { resource: 'products', entityId: a, field: 'price', value: 12.5 },
      { resource: 'products', entityId: b, field: 'price', value: 7 }
    ])
    expect((await service.runPush(storeId, pushed.id)).state).toBe('done')
    const revert = await service.api.revertSession(storeId, pushed.id)
    const draft = await service.api.createSession(storeId, 'later')
    await service.api.stageEdits(storeId, draft.id, [{ resource: 'products', entityId: a, field: 'quantity', value: 77 }])

    const page = await service.api.searchChangeHistory(storeId, { text: `SKU ${sku}`, offset: 0, limit: 50 })
    expect(page.total).toBe(3)
    expect(page.rows.map((r) => [r.sessionName, r.field, r.state])).toEqual(
      expect.arrayContaining([
        ['spring prices', 'price', 'applied'],
        [revert.name, 'price', 'staged'],
        ['later', 'quantity', 'staged']
      ])
    )
    expect(page.rows.every((r) => r.entityId === String(a) && r.code === sku)).toBe(true)
    const times = page.rows.map((r) => r.at)
    expect(times).toEqual([...times].sort((x, y) => y - x))
    const applied = await service.api.searchChangeHistory(storeId, { states: ['applied'], resource: 'products', offset: 0, limit: 50 })
    expect(applied.rows.map((r) => r.entityId).sort()).toEqual([String(a), String(b)].sort())

    // Offline: the export reads sessions.db only, so it works with the store unreachable.
    await sb.close()
    const csv = parseCsv(await service.api.exportChangeHistory(storeId, { text: sku }))
    expect(csv).toHaveLength(4)
    expect(csv.slice(1).every((r) => r[6] === sku)).toBe(true)
  })
})
