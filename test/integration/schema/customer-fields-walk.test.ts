// Every editable customer field in the descriptors (src/shared/model/schema/customer.ts) walks through
// every layer: staged and validated in a session, pushed to the sandbox, synced back, shown and
// found in the customers grid, exported as CSV and re-imported. A field added to the descriptor is
// walked here without a new test.
// Ecwid: https://api-docs.ecwid.com/reference/update-customer (the writable fields of a customer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomerQuery } from '@shared/model/grid'
import type { Customer } from '@shared/model/customer'
import { CUSTOMER_FIELDS } from '@shared/model/schema'
import type { CellEdit } from '@shared/model/session'
import { getPath } from '../../../src/main/core/csv/field-path'
import { queryCustomers } from '../../../src/main/core/store/grids'
import { csvServiceFixture, type CsvServiceFixture } from '../csv/service-fixture'
import { cellOf, expectGridShows, isEmpty, sampleFor, walkedFields } from './walk-helpers'

let fx: CsvServiceFixture
beforeAll(async () => {
  fx = await csvServiceFixture()
}, 60_000)
afterAll(async () => {
  await fx?.close()
})

const walked = walkedFields(CUSTOMER_FIELDS)

describe('customer field descriptors walk through every layer', () => {
  it('stage -> validate -> push -> sync -> grid -> export -> re-import, one field per customer', async () => {
    const sb = fx.f.sb
    const storeId = sb.storeId
    const before = await fx.exported('customers', 'before.csv')
    const customers = sb.state.customers.select(() => true).map((i) => sb.state.customers.get(i) as Customer)
    expect(customers.length).toBeGreaterThanOrEqual(walked.length)
    expect(walked.map((f) => f.path)).toEqual(expect.arrayContaining(['name', 'email', 'acceptMarketing', 'privateAdminNotes']))
    const plan = walked.map((f, i) => {
      const c = customers[i] as Customer
      return { f, id: c.id, value: sampleFor(f, c, i, []), had: !isEmpty(getPath(c, f.path)) }
    })

    const session = await fx.sessions.api.createSession(storeId, 'walk')
    const edits: CellEdit[] = plan.map((w) => ({ resource: 'customers', entityId: String(w.id), field: w.f.path, value: w.value }))
    const staged = await fx.sessions.api.stageEdits(storeId, session.id, edits)
    expect(staged.rejected).toEqual([])
    expect(staged.staged).toBe(walked.length)

    expect(await fx.sessions.runPush(storeId, session.id)).toMatchObject({ applied: walked.length, failed: 0 })
    for (const w of plan) expect([w.f.path, getPath(serverCustomer(w.id), w.f.path)]).toEqual([w.f.path, w.value])

    const sync = await fx.f.cli(['sync'], { token: true })
    expect(sync.code, sync.stderr).toBe(0)

    // The synced grid shows each walked field's value, and its filter and sort find it;
    // the synced store exports what was pushed, and re-importing that export changes nothing...
    expectGridShows((q) => queryCustomers(fx.db, q as CustomerQuery), plan)
    const after = await fx.exported('customers', 'after.csv')
    for (const w of plan) if (w.f.csv?.flat) expect([w.f.path, cellOf(after, w.f.csv.flat.header, 'ID', w.id) ?? '']).not.toEqual([w.f.path, ''])
    const again = await fx.csv.planCsvImport(storeId, { resource: 'customers', fileToken: await fx.choose('again.csv', after) })
    expect(again.report.filter((l) => l.severity === 'error')).toEqual([])
    expect(again.changeCount).toBe(0)
    // ...and the export taken before the push changes back every walked field that had a value then.
    const imported = plan.filter((w) => w.had && w.f.csv?.flat && !('readOnly' in w.f.csv.flat)).map((w) => w.f.path)
    expect(imported.length).toBeGreaterThan(0)
    const back = await fx.csv.planCsvImport(storeId, { resource: 'customers', fileToken: await fx.choose('back.csv', before) })
    expect(back.report.filter((l) => l.severity === 'error')).toEqual([])
    const changed = new Set(back.fieldCounts.map((c) => c.field))
    expect(imported.filter((f) => !changed.has(f))).toEqual([])
  }, 180_000)
})

function serverCustomer(id: number): Customer {
  const sb = fx.f.sb
  return sb.state.customers.get(sb.state.customerIndex(id) as number) as Customer
}
