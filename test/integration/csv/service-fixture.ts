// The CSV service wired as services.ts wires it (sessions and the import plan share the store's ports
// and precision) over a synced sandbox store, with a scripted file dialog. Test helper only.
import { afterAll, beforeAll } from 'vitest'
import { engineValidation } from '../../../src/main/core/csv/engine-check'
import { createCsvService, type CsvApi } from '../../../src/main/core/csv/service'
import { createEcwidApi } from '../../../src/main/core/ecwid'
import { createScheduler } from '../../../src/main/core/limiter/scheduler'
import { createApiEntitySource } from '../../../src/main/core/sessions/api-source'
import { createStorePorts, localPrecision } from '../../../src/main/core/sessions/local-ports'
import { createSessionsService, type SessionsService } from '../../../src/main/core/sessions/service'
import { openDb, type Db } from '../../../src/main/core/store/db'
import { storeDataDir } from '../../../src/main/core/stores/local-data'
import type { SandboxOptions } from '../../../src/main/sandbox/server'
import { cells, csvFixture, type CsvFixture } from './helpers'

export interface CsvServiceFixture {
  f: CsvFixture
  /** The local copy the CLI syncs into and the grids read. */
  db: Db
  sessions: SessionsService
  csv: CsvApi
  /** Writes rows as a CSV file, "chooses" it in the dialog and returns its file token. */
  choose(name: string, rows: string[][]): Promise<string>
  /** A resource exported through the CLI, as rows of cells (header first). */
  exported(resource: string, name: string): Promise<string[][]>
  close(): Promise<void>
}

const quote = (c: string): string => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
const toCsv = (rows: string[][]): string => rows.map((r) => r.map(quote).join(',')).join('\r\n')

export async function csvServiceFixture(sandbox: SandboxOptions = {}): Promise<CsvServiceFixture> {
  const f = await csvFixture(sandbox)
  const db = openDb(storeDataDir(f.dataDir, f.sb.storeId))
  const scheduler = createScheduler()
  const api = createEcwidApi({ apiBase: f.sb.apiBase, storeId: f.sb.storeId, getToken: async () => f.sb.tokens.full, scheduler })
  const ports = () => createStorePorts(db, createApiEntitySource(api))
  const sessions = createSessionsService({ dataDir: f.dataDir, apiFor: async () => api, portsFor: ports, precisionOf: async () => localPrecision(db) })
  let chosen = ''
  const csv = createCsvService({
    dbFor: () => db,
    requireStore: async () => undefined,
    sessions: sessions.api,
    validationFor: async () => engineValidation(ports().source, localPrecision(db)),
    dialogs: { openCsv: async () => chosen, saveCsv: async () => null },
    memory: { get: async () => undefined, set: async () => undefined }
  }).api
  return {
    f,
    db,
    sessions,
    csv,
    async choose(name, rows) {
      chosen = f.write(name, toCsv(rows))
      return (await csv.chooseCsvFile())?.fileToken as string
    },
    async exported(resource, name) {
      const r = await f.cli(['export', resource, '--out', f.file(name), '--no-bom'])
      if (r.code !== 0) throw new Error(`export failed: ${r.stderr}`)
      return f.read(name).split('\r\n').filter((l) => l !== '').map((l) => cells(l))
    },
    async close() {
      await sessions.close()
      db.close()
      scheduler.dispose()
      await f.close()
    }
  }
}

/** The fixture for a whole test file: started before its tests, closed after them. */
export function useCsvServiceFixture(sandbox: SandboxOptions = {}): () => CsvServiceFixture {
  let fx: CsvServiceFixture | undefined
  beforeAll(async () => {
    fx = await csvServiceFixture(sandbox)
  }, 60_000)
  afterAll(async () => {
    await fx?.close()
  })
  return () => {
    if (!fx) throw new Error('the CSV service fixture is not started')
    return fx
  }
}

/** Exports products, edits prices on rows 2-4 and names on rows 2 and 5, and returns its file token. */
export async function editedProductsFile(fx: CsvServiceFixture): Promise<string> {
  const rows = await fx.exported('products', 'products.csv')
  const head = rows[0] as string[]
  const at = (n: number): string[] => rows[n - 1] as string[]
  for (const n of [2, 3, 4]) at(n)[head.indexOf('Price')] = `${1000 + n}.5`
  for (const n of [2, 5]) at(n)[head.indexOf('Name')] = `Renamed row ${n}`
  return fx.choose('edited.csv', rows)
}
