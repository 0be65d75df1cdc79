// The import preview applies the session engine's field rules: a negative price, a SKU already taken,
// a SKU given twice and an invalid enum show in the report and stay out of the diff and counts, and
// "valid rows only" then stages exactly what the plan showed. An unchanged export still plans nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CsvImportPlan } from '@shared/model/csv'
import { csvServiceFixture, type CsvServiceFixture } from './service-fixture'

let fx: CsvServiceFixture

beforeAll(async () => {
  fx = await csvServiceFixture()
}, 60_000)
afterAll(async () => {
  await fx?.close()
})

async function plan(resource: 'products' | 'coupons', name: string, rows: string[][]): Promise<{ token: string; plan: CsvImportPlan }> {
  const token = await fx.choose(name, rows)
  return { token, plan: await fx.csv.planCsvImport(fx.f.sb.storeId, { resource, fileToken: token }) }
}

describe('CSV plan uses the session engine rules', () => {
  it('an unchanged export plans zero changes and zero errors', async () => {
    for (const resource of ['products', 'coupons'] as const) {
      const { plan: p } = await plan(resource, `same-${resource}.csv`, await fx.exported(resource, `rt-${resource}.csv`))
      expect(p.report.filter((l) => l.severity === 'error')).toEqual([])
      expect(p).toMatchObject({ invalid: 0, changeCount: 0, noChanges: true })
    }
  })

  it('a negative price, a taken SKU and a SKU given twice are reported and left out of the diff', async () => {
    const rows = await fx.exported('products', 'products.csv')
    const head = rows[0] as string[]
    const price = head.indexOf('Price')
    const sku = head.indexOf('SKU')
    const name = head.indexOf('Name')
    const at = (r: number): string[] => rows[r - 1] as string[] // spreadsheet row r (header = 1)
    at(2)[price] = '-8.09'
    at(3)[sku] = at(4)[sku] as string // taken by the product on row 4 in the store
    at(5)[sku] = 'DUPLICATE-1'
    at(6)[sku] = 'DUPLICATE-1' // the engine refuses a second entry with one SKU in a session
    at(7)[name] = 'Renamed by CSV'
    const { token, plan: p } = await plan('products', 'bad-products.csv', rows)

    const errors = p.report.filter((l) => l.severity === 'error')
    expect(errors.map((l) => [l.row, l.column])).toEqual([[2, 'Price'], [3, 'SKU'], [6, 'SKU']])
    expect(errors[0]).toMatchObject({ code: 'INVALID_VALUE', value: '-8.09', message: 'Row 2: Price cannot be negative.' })
    expect(errors[1]?.message).toMatch(/^Row 3: SKU “.+” is already used by another product\.$/)
    expect(errors[2]?.message).toMatch(/row 5/)
    expect(p).toMatchObject({ invalid: 3, changeCount: 2, entities: 2 })
    expect(p.diff.map((d) => [d.row, d.field]).sort()).toEqual([[5, 'sku'], [7, 'name']])

    // Valid rows only: the session gets exactly the plan's changes, and staging refuses nothing more.
    const done = await fx.csv.importCsv(fx.f.sb.storeId, { resource: 'products', fileToken: token, sessionName: 'csv-engine', validOnly: true })
    expect(done.rejected).toEqual([])
    expect(done.staged).toBe(p.changeCount)
  })

  it('an invalid enum is reported with its row, column and value', async () => {
    const rows = await fx.exported('coupons', 'coupons.csv')
    const status = (rows[0] as string[]).indexOf('Status')
    ;(rows[1] as string[])[status] = 'SOMETIMES'
    const { plan: p } = await plan('coupons', 'bad-coupons.csv', rows)
    expect(p.report.filter((l) => l.severity === 'error')).toMatchObject([{ row: 2, column: 'Status', value: 'SOMETIMES' }])
    expect(p.report[0]?.message).toMatch(/ACTIVE/)
    expect(p).toMatchObject({ invalid: 1, changeCount: 0, diff: [] })
  })
})
