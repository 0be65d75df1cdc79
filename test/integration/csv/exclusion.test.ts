// Per-row and per-column reject on the import review: importCsv with excludeRows / excludeFields stages
// exactly the remaining planned changes (a rejected change is never staged); rejecting all stages nothing.
import { describe, expect, it } from 'vitest'
import { editedProductsFile, useCsvServiceFixture } from './service-fixture'

const fixture = useCsvServiceFixture()
const editedFile = (): Promise<string> => editedProductsFile(fixture())

describe('importCsv exclusions', () => {
  it('stages exactly the changes left after rejecting a row and a field', async () => {
    const fx = fixture()
    const token = await editedFile()
    const plan = await fx.csv.planCsvImport(fx.f.sb.storeId, { resource: 'products', fileToken: token })
    expect(plan.diff.map((d) => [d.row, d.field]).sort()).toEqual([[2, 'name'], [2, 'price'], [3, 'price'], [4, 'price'], [5, 'name']])
    expect(plan.fieldCounts).toEqual([{ field: 'price', changes: 3 }, { field: 'name', changes: 2 }])

    const done = await fx.csv.importCsv(fx.f.sb.storeId, { resource: 'products', fileToken: token, sessionName: 'csv-exclude', exclude: { excludeRows: [3], excludeFields: ['name'] } })
    expect(done.rejected).toEqual([])
    expect(done.staged).toBe(2)
    const staged = (await fx.sessions.api.reviewSession(fx.f.sb.storeId, done.session.id, { limit: 100 })).rows
    const expected = plan.diff.filter((d) => d.row !== 3 && d.field !== 'name')
    expect(staged.map((s) => [s.entityId, s.field, s.after]).sort()).toEqual(expected.map((d) => [d.entityId, d.field, d.after]).sort())
    expect(done.session.changeCount).toBe(2)
  })

  it('rejecting every change creates no session', async () => {
    const fx = fixture()
    const token = await editedFile()
    const before = (await fx.sessions.api.listSessions(fx.f.sb.storeId)).length
    await expect(fx.csv.importCsv(fx.f.sb.storeId, { resource: 'products', fileToken: token, sessionName: 'csv-none', exclude: { excludeFields: ['price', 'name'] } }))
      .rejects.toMatchObject({ code: 'VALIDATION' })
    expect((await fx.sessions.api.listSessions(fx.f.sb.storeId)).length).toBe(before)
  })
})
