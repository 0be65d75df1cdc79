// Per-row and per-column reject on the import review: importCsv with excludeRows / excludeFields stages
// exactly the remaining planned changes (a rejected change is never staged); rejecting all stages nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engineValidation } from '../../../src/main/core/csv/engine-check'
import { createCsvService, type CsvApi } from '../../../src/main/core/csv/service'
import { createEcwidApi } from '../../../src/main/core/ecwid'
import { createScheduler } from '../../../src/main/core/limiter/scheduler'
import { createApiEntitySource } from '../../../src/main/core/sessions/api-source'
import { createStorePorts, localPrecision } from '../../../src/main/core/sessions/local-ports'
import { createSessionsService, type SessionsService } from '../../../src/main/core/sessions/service'
import { openDb, type Db } from '../../../src/main/core/store/db'
import { storeDataDir } from '../../../src/main/core/stores/local-data'
import { cells, csvFixture, type CsvFixture } from './helpers'

let f: CsvFixture
let db: Db
let sessions: SessionsService
let csv: CsvApi
let chosen = ''
const scheduler = createScheduler()

beforeAll(async () => {
  f = await csvFixture()
  db = openDb(storeDataDir(f.dataDir, f.sb.storeId))
  const api = createEcwidApi({ apiBase: f.sb.apiBase, storeId: f.sb.storeId, getToken: async () => f.sb.tokens.full, scheduler })
  const ports = () => createStorePorts(db, createApiEntitySource(api))
  sessions = createSessionsService({ dataDir: f.dataDir, apiFor: async () => api, portsFor: ports, precisionOf: async () => localPrecision(db) })
  csv = createCsvService({
    dbFor: () => db,
    requireStore: async () => undefined,
    sessions: sessions.api,
    validationFor: async () => engineValidation(ports().source, localPrecision(db)),
    dialogs: { openCsv: async () => chosen, saveCsv: async () => null },
    memory: { get: async () => undefined, set: async () => undefined }
  }).api
}, 60_000)
afterAll(async () => {
  await sessions?.close()
  db?.close()
  scheduler.dispose()
  await f?.close()
})

const quote = (c: string): string => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
const toCsv = (rows: string[][]): string => rows.map((r) => r.map(quote).join(',')).join('\r\n')

/** Exports products, edits prices on rows 2-4 and names on rows 2 and 5, and returns its file token. */
async function editedFile(): Promise<string> {
  const r = await f.cli(['export', 'products', '--out', f.file('products.csv'), '--no-bom'])
  expect(r.code, r.stderr).toBe(0)
  const rows = f.read('products.csv').split('\r\n').filter((l) => l !== '').map((l) => cells(l))
  const head = rows[0] as string[]
  const at = (n: number): string[] => rows[n - 1] as string[]
  for (const n of [2, 3, 4]) at(n)[head.indexOf('Price')] = `${1000 + n}.5`
  for (const n of [2, 5]) at(n)[head.indexOf('Name')] = `Renamed row ${n}`
  chosen = f.write('edited.csv', toCsv(rows))
  return (await csv.chooseCsvFile())?.fileToken as string
}

describe('importCsv exclusions', () => {
  it('stages exactly the changes left after rejecting a row and a field', async () => {
    const token = await editedFile()
    const plan = await csv.planCsvImport(f.sb.storeId, { resource: 'products', fileToken: token })
    expect(plan.diff.map((d) => [d.row, d.field]).sort()).toEqual([[2, 'name'], [2, 'price'], [3, 'price'], [4, 'price'], [5, 'name']])
    expect(plan.fieldCounts).toEqual([{ field: 'price', changes: 3 }, { field: 'name', changes: 2 }])

    const done = await csv.importCsv(f.sb.storeId, { resource: 'products', fileToken: token, sessionName: 'csv-exclude', exclude: { excludeRows: [3], excludeFields: ['name'] } })
    expect(done.rejected).toEqual([])
    expect(done.staged).toBe(2)
    const staged = (await sessions.api.reviewSession(f.sb.storeId, done.session.id, { limit: 100 })).rows
    const expected = plan.diff.filter((d) => d.row !== 3 && d.field !== 'name')
    expect(staged.map((s) => [s.entityId, s.field, s.after]).sort()).toEqual(expected.map((d) => [d.entityId, d.field, d.after]).sort())
    expect(done.session.changeCount).toBe(2)
  })

  it('rejecting every change creates no session', async () => {
    const token = await editedFile()
    const before = (await sessions.api.listSessions(f.sb.storeId)).length
    await expect(csv.importCsv(f.sb.storeId, { resource: 'products', fileToken: token, sessionName: 'csv-none', exclude: { excludeFields: ['price', 'name'] } }))
      .rejects.toMatchObject({ code: 'VALIDATION' })
    expect((await sessions.api.listSessions(f.sb.storeId)).length).toBe(before)
  })
})
