// Every editable customer field in the descriptors (src/shared/model/schema/customer.ts) walks through
// every layer: staged and validated in a session, pushed to the sandbox, synced back, shown and
// found in the customers grid, exported as CSV and re-imported. A field added to the descriptor is
// walked here without a new test.
// Ecwid: https://api-docs.ecwid.com/reference/update-customer (the writable fields of a customer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomerQuery } from '@shared/model/grid'
import type { Customer } from '@shared/model/customer'
import { CUSTOMER_FIELDS } from '@shared/model/schema'
import { getPath } from '../../../src/main/core/csv/field-path'
import { queryCustomers } from '../../../src/main/core/store/grids'
import { csvServiceFixture, type CsvServiceFixture } from '../csv/service-fixture'
import { isEmpty, sampleFor, walkFlatResource, walkedFields } from './walk-helpers'

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
    const before = await fx.exported('customers', 'before.csv')
    const customers = sb.state.customers.select(() => true).map((i) => sb.state.customers.get(i) as Customer)
    expect(customers.length).toBeGreaterThanOrEqual(walked.length)
    expect(walked.map((f) => f.path)).toEqual(expect.arrayContaining(['name', 'email', 'acceptMarketing', 'privateAdminNotes']))
    const plan = walked.map((f, i) => {
      const c = customers[i] as Customer
      return { f, id: c.id, value: sampleFor(f, c, i, []), had: !isEmpty(getPath(c, f.path)) }
    })

    await walkFlatResource(fx, { resource: 'customers', idHeader: 'ID', query: (q) => queryCustomers(fx.db, q as CustomerQuery), server: (id) => serverCustomer(Number(id)), plan, before })
  }, 180_000)
})

function serverCustomer(id: number): Customer {
  const sb = fx.f.sb
  return sb.state.customers.get(sb.state.customerIndex(id) as number) as Customer
}
