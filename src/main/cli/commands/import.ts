// `stockroom import <resource> FILE --session NAME [--mapping FILE] [--create] [--format flat|ecwid|tracking]
// [--delimiter ,|;|tab] [--encoding E] [--valid-only]`: plans the file against the local copy and stages its
// changes into a session (offline; nothing is sent to Ecwid). Exit 4 when rows are invalid.
import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { z } from 'zod'
import { CSV_ENCODINGS, CSV_FORMATS, type CsvColumnMap, type CsvEncodingChoice, type CsvFormatChoice, type CsvReportLine } from '@shared/model/csv'
import { createEcwidApi } from '../../core/ecwid'
import { createCliScheduler } from '../../core/limiter/shared-scheduler'
import { createFileMappingMemory } from '../../core/csv/mapping-memory'
import { engineValidation } from '../../core/csv/engine-check'
import { stagePlannedChanges } from '../../core/csv/stage-import'
import { formatFor } from '../../core/csv/store-export'
import { planFile, reportLine, type FileRequest } from '../../core/csv/store-import'
import { createApiEntitySource } from '../../core/sessions/api-source'
import { createStorePorts, localPrecision } from '../../core/sessions/local-ports'
import { createSessionsService } from '../../core/sessions/service'
import type { Db } from '../../core/store/db'
import { resolveToken, type CliContext } from '../context'
import { EXIT, UsageError } from '../output'
import { csvResource, delimiterOption, formatOption, openLocalDb } from './export'
import type { Command } from './index'

/** --mapping FILE: either { "Header": "field" | null } or { "format"?: ..., "columns": { ... } }. */
const columnMap = z.record(z.string().max(500), z.string().min(1).max(200).nullable())
const mappingFile = z.union([z.strictObject({ format: z.enum(CSV_FORMATS).optional(), columns: columnMap }), columnMap])

async function readMapping(path: string): Promise<{ format?: CsvFormatChoice; columns: CsvColumnMap }> {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(resolve(path), 'utf8'))
  } catch (e) {
    throw new UsageError(`--mapping ${path}: ${(e as Error).message}`)
  }
  const parsed = mappingFile.safeParse(raw)
  if (!parsed.success) throw new UsageError(`--mapping ${path}: expected { "Header in the file": "field" | null } or { "format": "tracking", "columns": { ... } }.`)
  const m = parsed.data
  return 'columns' in m && typeof m.columns === 'object' && m.columns !== null ? (m as { format?: CsvFormatChoice; columns: CsvColumnMap }) : { columns: m as CsvColumnMap }
}

/** Sessions over the local copy; the token is read only if a resource was never synced (then the API is asked). */
function localSessions(ctx: CliContext, storeId: number, db: Db) {
  const scheduler = createCliScheduler(ctx.global.dataDir)
  const api = createEcwidApi({ apiBase: ctx.global.apiBase, storeId, getToken: () => resolveToken(ctx, storeId), scheduler })
  const ports = () => createStorePorts(db, createApiEntitySource(api))
  let service: ReturnType<typeof createSessionsService> | null = null
  return {
    // The plan validates with the same ports and precision staging uses, so it refuses what staging would.
    validation: () => engineValidation(ports().source, localPrecision(db)),
    service: () =>
      (service ??= createSessionsService({ dataDir: ctx.global.dataDir, apiFor: async () => api, portsFor: ports, precisionOf: async () => localPrecision(db) ?? 2 })),
    close: async () => (await service?.close(), scheduler.dispose())
  }
}

const brief = (l: CsvReportLine): { row: number | null; column: string | null; message: string } => ({ row: l.row, column: l.column, message: l.message })

export const importCommand: Command = {
  summary:
    'stage a CSV into a session: import <resource> FILE --session NAME [--mapping FILE] [--create] [--format flat|ecwid|tracking] [--valid-only]. ' +
    'Mapping FILE is JSON: { "Header in file": "field" | null } (null ignores the column), or { "format": "tracking", "columns": { ... } }',
  options: {
    session: { type: 'string' },
    mapping: { type: 'string' },
    create: { type: 'boolean' },
    format: { type: 'string' },
    delimiter: { type: 'string' },
    encoding: { type: 'string' },
    decimal: { type: 'string' },
    'valid-only': { type: 'boolean' }
  },
  async run(ctx, values, positionals) {
    const resource = csvResource(positionals[0], 'import')
    const file = positionals[1]
    if (!file) throw new UsageError('import needs a FILE: import <resource> FILE --session NAME.')
    if (typeof values.session !== 'string' || values.session.trim() === '') throw new UsageError('import needs --session NAME.')
    const encoding = values.encoding as CsvEncodingChoice | undefined
    if (encoding !== undefined && !CSV_ENCODINGS.includes(encoding)) throw new UsageError(`--encoding takes one of: ${CSV_ENCODINGS.join(', ')}.`)
    const decimal = values.decimal
    if (decimal !== undefined && decimal !== '.' && decimal !== ',') throw new UsageError('--decimal takes . or ,')
    const mapping = typeof values.mapping === 'string' ? await readMapping(values.mapping) : undefined
    const format = formatOption(values) ?? mapping?.format
    if (format) {
      try {
        formatFor(resource, format)
      } catch (e) {
        throw new UsageError((e as Error).message)
      }
    }
    const path = resolve(file)
    await stat(path).catch(() => {
      throw new UsageError(`Cannot read ${file}.`)
    })
    const req: FileRequest = {
      resource,
      format,
      encoding,
      delimiter: delimiterOption(values),
      decimalSeparator: decimal,
      mapping: mapping?.columns,
      allowCreate: values.create === true
    }
    const { storeId, db } = openLocalDb(ctx)
    try {
      ctx.out.info(`import: reading ${file} against the local copy of store ${storeId}…`)
      const local = localSessions(ctx, storeId, db)
      try {
        const plan = await planFile(db, path, req, { memory: createFileMappingMemory(ctx.global.dataDir), engine: local.validation() })
        const report = plan.issues.map(reportLine)
        for (const l of report.slice(0, 50)) ctx.out.info(`${l.severity}: ${l.message}`)
        if (report.length > 50) ctx.out.info(`… and ${report.length - 50} more`)
        const errors = report.filter((l) => l.severity === 'error')
        const summary = { rows: plan.rows, valid: plan.valid, invalid: plan.invalid }
        const blocked = plan.fatal !== null || errors.some((l) => l.row === null || l.row === 1)
        if (blocked || (plan.invalid > 0 && values['valid-only'] !== true)) {
          const why = blocked ? 'the file cannot be imported' : `${plan.invalid} invalid rows (fix them, or pass --valid-only)`
          ctx.out.result({ ...summary, changes: 0, errors: errors.map(brief) }, `Nothing staged: ${why}.`)
          return EXIT.VALIDATION
        }
        if (plan.changeCount === 0) {
          ctx.out.result({ ...summary, changes: 0, errors: errors.map(brief) }, `${plan.rows} rows read: this file changes nothing; no session was touched.`)
          return plan.invalid > 0 ? EXIT.VALIDATION : EXIT.OK
        }
        const service = local.service()
        const sessions = service.engine(storeId).sessions
        const session = sessions.byName(values.session) ?? sessions.create(values.session)
        const staged = await stagePlannedChanges(service.api, storeId, session.id, resource, plan.changes)
        const all = [...errors, ...staged.rejected.filter((l) => l.severity === 'error')]
        for (const l of staged.rejected) ctx.out.info(`${l.severity}: ${l.message}`)
        ctx.out.result(
          { ...summary, changes: staged.staged, session: session.name, errors: all.map(brief) },
          `${staged.staged} changes staged in ${session.name} from ${plan.rows} rows (${plan.invalid} invalid). Review with \`stockroom session show ${session.name}\`.`
        )
        return all.length > 0 ? EXIT.VALIDATION : EXIT.OK
      } finally {
        await local.close()
      }
    } finally {
      db.close()
    }
  }
}
