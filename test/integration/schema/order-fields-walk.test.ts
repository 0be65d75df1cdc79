// Every editable order field in the descriptors (src/shared/model/schema/order.ts) walks through
// every layer: staged and validated in a session, pushed to the sandbox, synced back, shown and
// found in the orders grid, exported as CSV and re-imported. A field added to the descriptor is
// walked here without a new test.
// Ecwid: https://api-docs.ecwid.com/reference/update-order (the writable fields of an order).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderQuery } from '@shared/model/grid'
import type { Order } from '@shared/model/order'
import { ORDER_FIELDS } from '@shared/model/schema'
import type { CellEdit } from '@shared/model/session'
import { getPath } from '../../../src/main/core/csv/field-path'
import { queryOrders } from '../../../src/main/core/store/grids'
import { csvServiceFixture, type CsvServiceFixture } from '../csv/service-fixture'
import { cellOf, expectGridShows, isEmpty, sampleFor, walkedFields } from './walk-helpers'

let fx: CsvServiceFixture
beforeAll(async () => {
  fx = await csvServiceFixture()
}, 60_000)
afterAll(async () => {
  await fx?.close()
})

const walked = walkedFields(ORDER_FIELDS)

describe('order field descriptors walk through every layer', () => {
  it('stage -> validate -> push -> sync -> grid -> export -> re-import, one field per order', async () => {
    const sb = fx.f.sb
    const storeId = sb.storeId
    const before = await fx.exported('orders', 'before.csv')
    const orders = sb.state.orders.select(() => true).map((i) => sb.state.orders.get(i) as Order)
    expect(orders.length).toBeGreaterThanOrEqual(walked.length)
    expect(walked.map((f) => f.path)).toEqual(expect.arrayContaining(['paymentStatus', 'fulfillmentStatus', 'trackingNumber', 'privateAdminNotes']))
    const plan = walked.map((f, i) => {
      const o = orders[i] as Order
      return { f, id: o.id, value: sampleFor(f, o, i, []), had: !isEmpty(getPath(o, f.path)) }
    })

    const session = await fx.sessions.api.createSession(storeId, 'walk')
    const edits: CellEdit[] = plan.map((w) => ({ resource: 'orders', entityId: w.id, field: w.f.path, value: w.value }))
    const staged = await fx.sessions.api.stageEdits(storeId, session.id, edits)
    expect(staged.rejected).toEqual([])
    expect(staged.staged).toBe(walked.length)

    expect(await fx.sessions.runPush(storeId, session.id)).toMatchObject({ applied: walked.length, failed: 0 })
    for (const w of plan) expect([w.f.path, getPath(serverOrder(w.id), w.f.path)]).toEqual([w.f.path, w.value])

    const sync = await fx.f.cli(['sync'], { token: true })
    expect(sync.code, sync.stderr).toBe(0)

    // The synced grid shows each walked field's value under its row key, its filter and sort find it;
    // the synced store exports what was pushed, and re-importing that export changes nothing...
    expectGridShows((q) => queryOrders(fx.db, q as OrderQuery), plan)
    const after = await fx.exported('orders', 'after.csv')
    for (const w of plan) if (w.f.csv?.flat) expect([w.f.path, cellOf(after, w.f.csv.flat.header, 'Order ID', w.id) ?? '']).not.toEqual([w.f.path, ''])
    const again = await fx.csv.planCsvImport(storeId, { resource: 'orders', fileToken: await fx.choose('again.csv', after) })
    expect(again.report.filter((l) => l.severity === 'error')).toEqual([])
    expect(again.changeCount).toBe(0)
    // ...and the export taken before the push changes back every walked field that had a value then
    // and that the flat file imports (an order's totals are exported only).
    const imported = plan.filter((w) => w.had && w.f.csv?.flat && !('readOnly' in w.f.csv.flat)).map((w) => w.f.path)
    expect(imported.length).toBeGreaterThan(0)
    const back = await fx.csv.planCsvImport(storeId, { resource: 'orders', fileToken: await fx.choose('back.csv', before) })
    expect(back.report.filter((l) => l.severity === 'error')).toEqual([])
    const changed = new Set(back.fieldCounts.map((c) => c.field))
    expect(imported.filter((f) => !changed.has(f))).toEqual([])
  }, 180_000)
})

function serverOrder(id: string): Order {
  const sb = fx.f.sb
  return sb.state.orders.get(sb.state.orderIndex(id) as number) as Order
}
