// The preview after "Check the file" reuses that check's plan, and only while nothing the plan read
// has changed: the request, the file on disk, the local copy (this connection or another) and a
// staged import. Each reuse or re-plan is seen by the plan's calls for the engine's validation.
import Papa from 'papaparse'
import { afterAll, describe, expect, it } from 'vitest'
import type { CsvReadRequest } from '../../../src/shared/model/csv'
import type { Product } from '../../../src/shared/model/product'
import { engineValidation } from '../../../src/main/core/csv/engine-check'
import { createCsvService, type CsvApi } from '../../../src/main/core/csv/service'
import { createApiEntitySource } from '../../../src/main/core/sessions/api-source'
import { createStorePorts, localPrecision } from '../../../src/main/core/sessions/local-ports'
import { createEcwidApi } from '../../../src/main/core/ecwid'
import { createScheduler } from '../../../src/main/core/limiter/scheduler'
import { openDb } from '../../../src/main/core/store/db'
import { storeDataDir } from '../../../src/main/core/stores/local-data'
import { upsertProducts } from '../../../src/main/core/store/entities'
import { useCsvServiceFixture, type CsvServiceFixture } from './service-fixture'

const fixture = useCsvServiceFixture()
const schedulers: { dispose(): void }[] = []
afterAll(() => schedulers.forEach((s) => s.dispose()))

interface Counted {
  csv: CsvApi
  plans: () => number
  choose(rows: string[][]): Promise<{ path: string; token: string }>
}

/** The CSV service over the fixture's local copy, counting the plans it runs (one validation each). */
function countedService(fx: CsvServiceFixture): Counted {
  let plans = 0
  let chosen = ''
  const scheduler = createScheduler()
  schedulers.push(scheduler)
  const api = createEcwidApi({ apiBase: fx.f.sb.apiBase, storeId: fx.f.sb.storeId, getToken: async () => fx.f.sb.tokens.full, scheduler })
  const csv = createCsvService({
    dbFor: () => fx.db,
    requireStore: async () => undefined,
    sessions: fx.sessions.api,
    validationFor: async () => {
      plans++
      return engineValidation(createStorePorts(fx.db, createApiEntitySource(api)).source, localPrecision(fx.db))
    },
    dialogs: { openCsv: async () => chosen, saveCsv: async () => null },
    memory: { get: async () => undefined, set: async () => undefined }
  }).api
  return {
    csv,
    plans: () => plans,
    async choose(rows) {
      chosen = fx.f.write(`plan-cache-${Date.now()}.csv`, Papa.unparse(rows, { newline: '\r\n' }))
      return { path: chosen, token: (await csv.chooseCsvFile())?.fileToken as string }
    }
  }
}

async function editedRows(fx: CsvServiceFixture, price: string): Promise<string[][]> {
  const rows = await fx.exported('products', 'products.csv')
  const head = rows[0] as string[]
  ;(rows[1] as string[])[head.indexOf('Price')] = price
  return rows
}

describe('the kept plan of a checked file', () => {
  it('is the preview of the same request, without planning again, and equals a fresh preview', async () => {
    const fx = fixture()
    const s = countedService(fx)
    const { token } = await s.choose(await editedRows(fx, '4321.5'))
    const req: CsvReadRequest = { resource: 'products', fileToken: token, decimalSeparator: '.', allowCreate: false }
    const plan = await s.csv.planCsvImport(fx.f.sb.storeId, req)
    const preview = await s.csv.previewCsvImport(fx.f.sb.storeId, { allowCreate: false, decimalSeparator: '.', fileToken: token, resource: 'products' })
    expect(s.plans()).toBe(1)
    expect(preview.changes).toEqual(plan.diff.map(({ label: _label, ...c }) => c))
    const fresh = countedService(fx)
    const again = await fresh.choose(await editedRows(fx, '4321.5'))
    expect(await fresh.csv.previewCsvImport(fx.f.sb.storeId, { ...req, fileToken: again.token })).toEqual({ ...preview })
    // A second preview (the layer opened again) is the same plan too.
    await s.csv.previewCsvImport(fx.f.sb.storeId, req)
    expect(s.plans()).toBe(1)
  })

  it('plans again for another request, a rewritten file, or a write to the local copy', async () => {
    const fx = fixture()
    const s = countedService(fx)
    const { path, token } = await s.choose(await editedRows(fx, '4321.5'))
    const req: CsvReadRequest = { resource: 'products', fileToken: token }
    await s.csv.planCsvImport(fx.f.sb.storeId, req)
    await s.csv.previewCsvImport(fx.f.sb.storeId, { ...req, allowCreate: true })
    expect(s.plans()).toBe(2)

    await s.csv.planCsvImport(fx.f.sb.storeId, req)
    fx.f.write(path.split('/').pop() as string, Papa.unparse(await editedRows(fx, '1234.25'), { newline: '\r\n' }))
    const rewritten = await s.csv.previewCsvImport(fx.f.sb.storeId, req)
    expect(s.plans()).toBe(4)
    expect(rewritten.changes.find((c) => c.field === 'price')?.after).toBe(1234.25)

    // The sync writer on this connection moves the product's current price: the preview shows it.
    await s.csv.planCsvImport(fx.f.sb.storeId, req)
    const id = Number(rewritten.changes.find((c) => c.field === 'price')?.entityId)
    const stored = JSON.parse(fx.db.get<{ json: string }>('SELECT json FROM products_json WHERE id = ?', [id])?.json ?? '{}') as Product
    upsertProducts(fx.db, [{ ...stored, price: 7.77 }], 99)
    const synced = await s.csv.previewCsvImport(fx.f.sb.storeId, req)
    expect(s.plans()).toBe(6)
    expect(synced.changes.find((c) => c.field === 'price')?.before).toBe(7.77)

    // Another connection (a CLI sync on the same data folder) commits a write.
    await s.csv.planCsvImport(fx.f.sb.storeId, req)
    const other = openDb(storeDataDir(fx.f.dataDir, fx.f.sb.storeId))
    try {
      upsertProducts(other, [{ ...stored, price: 8.88 }], 100)
    } finally {
      other.close()
    }
    const elsewhere = await s.csv.previewCsvImport(fx.f.sb.storeId, req)
    expect(s.plans()).toBe(8)
    expect(elsewhere.changes.find((c) => c.field === 'price')?.before).toBe(8.88)
    upsertProducts(fx.db, [stored], 101)
  })

  it('is dropped once the file is imported', async () => {
    const fx = fixture()
    const s = countedService(fx)
    const { token } = await s.choose(await editedRows(fx, '4321.5'))
    const req: CsvReadRequest = { resource: 'products', fileToken: token }
    await s.csv.planCsvImport(fx.f.sb.storeId, req)
    await s.csv.importCsv(fx.f.sb.storeId, { ...req, sessionName: 'plan cache' })
    await s.csv.previewCsvImport(fx.f.sb.storeId, req)
    expect(s.plans()).toBe(3)
  })
})
