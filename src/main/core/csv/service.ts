// createCsvService: the contract's CSV methods over the local store, the file-dialog port and the session
// service. An import only ever produces a reviewable session; nothing is written to Ecwid. No electron.
import { AppError } from '@shared/errors'
import type { StockroomApi } from '@shared/contract'
import type { CsvReadRequest } from '@shared/model/csv'
import type { Db } from '../store/db'
import type { SessionsApi } from '../sessions/service'
import type { ValidationContext } from '../sessions/validate'
import type { FileDialogs } from './file-dialogs'
import { createFileTokens } from './file-dialogs'
import type { MappingMemory } from './mapping'
import { acceptImport } from './accept-import'
import type { ImportResult } from './import'
import { createPlanCache } from './plan-cache'
import { defaultFileName, exportFromStore, fileLabel } from './store-export'
import { inspectFile, planFile, toPlan, toPreview } from './store-import'

export const CSV_METHODS = ['chooseCsvFile', 'exportCsv', 'inspectCsv', 'planCsvImport', 'previewCsvImport', 'importCsv'] as const
export type CsvApi = Pick<StockroomApi, (typeof CSV_METHODS)[number]>

export interface CsvServiceDeps {
  /** The store's local database (opened and kept by the sync service). */
  dbFor(storeId: number): Db
  /** Throws NOT_FOUND for a store not connected on this computer. */
  requireStore(storeId: number): Promise<unknown>
  sessions: Pick<SessionsApi, 'createSession' | 'stageEdits' | 'stageCreate' | 'listSessions'>
  /** The session engine's validation for this store, so the plan refuses what staging would refuse. */
  validationFor?(storeId: number): Promise<ValidationContext>
  dialogs: FileDialogs
  memory: MappingMemory
}

export function createCsvService(deps: CsvServiceDeps): { api: CsvApi } {
  const tokens = createFileTokens()
  // "Check the file" then "Review in the grid" asks for the same plan twice: the second is the first's.
  const plans = createPlanCache(deps.memory)

  /** A fresh plan of the file, kept for a preview of the same request while nothing it read changes. */
  async function planAndKeep(storeId: number, db: Db, path: string, req: CsvReadRequest): Promise<ImportResult> {
    const ticket = await plans.begin(storeId, req, path, db)
    const engine = await deps.validationFor?.(storeId)
    const result = await planFile(db, path, req, { memory: deps.memory, engine })
    await plans.keep(ticket, path, result)
    return result
  }

  const api: CsvApi = {
    async chooseCsvFile() {
      const path = await deps.dialogs.openCsv()
      return path === null ? null : tokens.add(path)
    },
    async exportCsv(storeId, req) {
      await deps.requireStore(storeId)
      const file = await deps.dialogs.saveCsv(defaultFileName(req.resource, req.format))
      if (file === null) return null
      const r = await exportFromStore(deps.dbFor(storeId), { ...req, file })
      return { rows: r.rows, bytes: r.bytes, file: fileLabel(r.file), durationMs: r.durationMs }
    },
    async inspectCsv(storeId, req) {
      await deps.requireStore(storeId)
      const f = tokens.resolve(req.fileToken)
      return inspectFile(f.path, f.name, req, deps.memory)
    },
    async planCsvImport(storeId, req) {
      await deps.requireStore(storeId)
      const db = deps.dbFor(storeId)
      return toPlan(db, req.resource, await planAndKeep(storeId, db, tokens.resolve(req.fileToken).path, req))
    },
    async previewCsvImport(storeId, req) {
      await deps.requireStore(storeId)
      const db = deps.dbFor(storeId)
      const path = tokens.resolve(req.fileToken).path
      return toPreview(req.resource, (await plans.get(storeId, req, path, db)) ?? (await planAndKeep(storeId, db, path, req)))
    },
    async importCsv(storeId, req) {
      await deps.requireStore(storeId)
      const db = deps.dbFor(storeId)
      const f = tokens.resolve(req.fileToken)
      const engine = await deps.validationFor?.(storeId)
      // Remembering the mapping and staging change what a kept plan read.
      plans.clear()
      const result = await planFile(db, f.path, req, { memory: deps.memory, rememberMapping: req.rememberMapping ?? true, engine })
      const { diff: _diff, ...plan } = await toPlan(db, req.resource, result)
      // The same verdict and staging as the CLI: rejected rows, fields, cells and rules are never staged.
      const done = await acceptImport(deps.sessions, storeId, req.resource, result, { validOnly: req.validOnly, exclude: req.exclude, fileName: f.name }, () =>
        deps.sessions.createSession(storeId, req.sessionName)
      )
      if (done.kind === 'refused') throw new AppError('VALIDATION', done.verdict.message)
      const fresh = (await deps.sessions.listSessions(storeId)).find((s) => s.id === done.session.id) ?? done.session
      return { session: fresh, staged: done.staged, plan, rejected: done.rejected }
    }
  }
  return { api }
}
