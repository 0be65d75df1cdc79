// `stockroom export <resource> --out FILE [--format ecwid|flat|items] [--delimiter ,|;|tab] [--no-bom]
// [--decimal ,] [--search T] [--sort F[:desc]]`: from the local copy (offline, no token). { rows, file, durationMs }.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { AppError } from '@shared/errors'
import { CSV_FORMATS, CSV_RESOURCES, type CsvDelimiterChoice, type CsvFormatChoice, type CsvResourceName } from '@shared/model/csv'
import { exportFromStore, formatFor } from '../../core/csv/store-export'
import { dbPathIn, openDb, type Db } from '../../core/store/db'
import { storeDataDir } from '../../core/stores/local-data'
import { requireStore, type CliContext } from '../context'
import { UsageError } from '../output'
import type { Command, OptionValues } from './index'
import { parseSort } from './query'

export function csvResource(raw: string | undefined, command: string): CsvResourceName {
  if (!raw || !(CSV_RESOURCES as readonly string[]).includes(raw)) throw new UsageError(`${command} needs a resource: ${CSV_RESOURCES.join(', ')}.`)
  return raw as CsvResourceName
}

export function delimiterOption(values: OptionValues): CsvDelimiterChoice | undefined {
  const raw = values.delimiter
  if (raw === undefined) return undefined
  if (raw === ',' || raw === ';') return raw
  if (raw === 'tab' || raw === '\t') return '\t'
  throw new UsageError('--delimiter takes , or ; or tab.')
}

export function formatOption(values: OptionValues): CsvFormatChoice | undefined {
  const raw = values.format
  if (raw === undefined) return undefined
  if (typeof raw === 'string' && (CSV_FORMATS as readonly string[]).includes(raw)) return raw as CsvFormatChoice
  throw new UsageError(`--format takes one of: ${CSV_FORMATS.join(', ')}.`)
}

/** The store's local database; the CLI never creates one (sync does). */
export function openLocalDb(ctx: CliContext): { storeId: number; db: Db } {
  const storeId = requireStore(ctx)
  const dir = storeDataDir(ctx.global.dataDir, storeId)
  if (!existsSync(dbPathIn(dir))) throw new AppError('NOT_FOUND', `No local copy of store ${storeId} yet: run \`stockroom sync --store ${storeId}\` first.`)
  return { storeId, db: openDb(dir) }
}

export const exportCommand: Command = {
  summary: 'CSV from the local copy: export <resource> --out FILE [--format ecwid|flat|items] [--delimiter ,|;|tab] [--no-bom] [--decimal ,] [--search T] [--sort F[:desc]]',
  options: {
    out: { type: 'string' },
    format: { type: 'string' },
    delimiter: { type: 'string' },
    'no-bom': { type: 'boolean' },
    decimal: { type: 'string' },
    search: { type: 'string' },
    sort: { type: 'string' }
  },
  async run(ctx, values, positionals) {
    const resource = csvResource(positionals[0], 'export')
    if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError('export needs --out FILE.')
    const format = formatOption(values) ?? 'flat'
    try {
      formatFor(resource, format)
    } catch (e) {
      throw new UsageError((e as Error).message)
    }
    const decimal = values.decimal
    if (decimal !== undefined && decimal !== '.' && decimal !== ',') throw new UsageError('--decimal takes . or ,')
    const search = typeof values.search === 'string' ? values.search : undefined
    const sort = parseSort(values.sort, resource)
    const view = search !== undefined || sort !== undefined ? { search, sort } : undefined
    const { db } = openLocalDb(ctx)
    try {
      const r = await exportFromStore(db, {
        resource,
        format,
        view,
        file: resolve(values.out),
        options: { delimiter: delimiterOption(values), bom: values['no-bom'] !== true, decimalSeparator: decimal },
        onProgress: (n) => ctx.out.info(`export: ${n} ${resource} written`)
      })
      ctx.out.result({ rows: r.rows, file: r.file, durationMs: r.durationMs }, `${r.rows} rows written to ${r.file} in ${r.durationMs} ms`)
    } finally {
      db.close()
    }
  }
}
