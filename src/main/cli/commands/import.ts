// `stockroom import <resource> FILE --session NAME [--mapping FILE] [--create] [--format flat|ecwid|tracking]
// [--delimiter ,|;|tab] [--encoding E] [--valid-only] [--reject-column COL]... [--reject-rows FILE]`: plans the
// file against the local copy and stages its accepted changes into a session through the app's own accept
// path (offline; nothing is sent to Ecwid). Exit 4 when rows are invalid.
import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { z } from 'zod'
import { CSV_ENCODINGS, CSV_FORMATS, type CsvColumnMap, type CsvEncodingChoice, type CsvFormatChoice, type CsvImportExclusion, type CsvReportLine } from '@shared/model/csv'
import { createEcwidApi } from '../../core/ecwid'
import { createCliScheduler } from '../../core/limiter/shared-scheduler'
import { createFileMappingMemory } from '../../core/csv/mapping-memory'
import { engineValidation } from '../../core/csv/engine-check'
import { acceptImport } from '../../core/csv/accept-import'
import type { ImportResult } from '../../core/csv/import'
import { formatFor } from '../../core/csv/store-export'
import { planFile, reportLine, type FileRequest } from '../../core/csv/store-import'
import { createApiEntitySource } from '../../core/sessions/api-source'
import { createStorePorts, localPrecision } from '../../core/sessions/local-ports'
import { createSessionsService } from '../../core/sessions/service'
import { checkImageUrls } from '../../core/images/url-check'
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
      (service ??= createSessionsService({ dataDir: ctx.global.dataDir, apiFor: async () => api, portsFor: ports, precisionOf: async () => localPrecision(db) ?? 2, images: { checkUrls: (urls) => checkImageUrls(urls) } })),
    close: async () => (await service?.close(), scheduler.dispose())
  }
}

/** --reject-rows FILE: spreadsheet row numbers (header = 1), separated by commas, spaces or new lines. */
async function readRejectRows(path: string): Promise<number[]> {
  let text: string
  try {
    text = await readFile(resolve(path), 'utf8')
  } catch (e) {
    throw new UsageError(`--reject-rows ${path}: ${(e as Error).message}`)
  }
  const words = text.split(/[\s,;]+/).filter((w) => w !== '')
  const bad = words.find((w) => !/^\d+$/.test(w) || Number(w) < 2)
  if (bad !== undefined) throw new UsageError(`--reject-rows ${path}: "${bad.slice(0, 40)}" is not a data row number (the header is row 1, data starts at row 2).`)
  return words.map(Number)
}

/** --reject-column names a column by its header in the file or by its field key; both map to the field. */
function rejectFields(plan: ImportResult, columns: readonly string[]): string[] {
  return columns.map((col) => {
    const byHeader = plan.mapping.find((m) => m.header === col)
    if (byHeader) {
      if (byHeader.field === null) throw new UsageError(`--reject-column ${col}: this column is not imported anyway (it is not mapped to a field).`)
      return byHeader.field
    }
    if (plan.mapping.some((m) => m.field === col) || plan.changes.some((c) => c.field === col)) return col
    throw new UsageError(`--reject-column ${col}: no such column in the file. Use a header of the file (${plan.mapping.slice(0, 8).map((m) => m.header).join(', ')}…) or a field key.`)
  })
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
    'valid-only': { type: 'boolean' },
    'reject-column': { type: 'string', multiple: true },
    'reject-rows': { type: 'string' }
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
    const rejectRows = typeof values['reject-rows'] === 'string' ? await readRejectRows(values['reject-rows']) : []
    const rejectColumns = Array.isArray(values['reject-column']) ? values['reject-column'].filter((c): c is string => typeof c === 'string') : []
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
        const exclude: CsvImportExclusion = { excludeRows: rejectRows, excludeFields: rejectFields(plan, rejectColumns) }
        const service = local.service()
        const sessions = service.engine(storeId).sessions
        const name = values.session
        const opts = { validOnly: values['valid-only'] === true, exclude, fileName: file }
        const done = await acceptImport(service.api, storeId, resource, plan, opts, async () => sessions.byName(name) ?? sessions.create(name))
        if (done.kind === 'refused') {
          const { kind } = done.verdict
          const why: Record<typeof kind, string> = {
            blocked: 'Nothing staged: the file cannot be imported.',
            invalid: `Nothing staged: ${plan.invalid} invalid rows (fix them, or pass --valid-only).`,
            nothing: `${plan.rows} rows read: this file changes nothing; no session was touched.`,
            'all-rejected': `Nothing staged: every one of the ${plan.changeCount} changes was rejected; no session was touched.`
          }
          ctx.out.result({ ...summary, changes: 0, errors: errors.map(brief) }, why[kind])
          return kind === 'blocked' || kind === 'invalid' || plan.invalid > 0 ? EXIT.VALIDATION : EXIT.OK
        }
        const all = [...errors, ...done.rejected.filter((l) => l.severity === 'error')]
        for (const l of done.rejected) ctx.out.info(`${l.severity}: ${l.message}`)
        const skipped = plan.changeCount - done.accepted
        ctx.out.result(
          { ...summary, changes: done.staged, session: done.session.name, errors: all.map(brief) },
          `${done.staged} changes staged in ${done.session.name} from ${plan.rows} rows (${plan.invalid} invalid${skipped > 0 ? `, ${skipped} rejected` : ''}). Review with \`stockroom session show ${done.session.name}\`.`
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
