// Export from the local store to a file: format choice -> CSV format, a grid view's visible columns ->
// the format's columns, Ecwid context (option names, category paths). Writes via a temp file + rename.
import { rename, rm } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError } from '@shared/errors'
import type { CsvExportOptions, CsvFormatChoice, CsvGridView } from '@shared/model/csv'
import type { Db } from '../store/db'
import { exportCsvToFile } from './export'
import { formatById, type CsvFormat, type ExportContext, type FormatId } from './formats'
import { categoryPaths, iterateEntities, variationOptionNames, type ViewQuery } from './local-entities'
import type { ColumnDef, CsvResource } from './types'

/** The CSV format for a resource and a user's choice; usage errors for combinations that do not exist. */
export function formatFor(resource: CsvResource, choice: CsvFormatChoice): FormatId {
  if (choice === 'flat') return `${resource}-flat` as FormatId
  if (choice === 'ecwid' && resource === 'products') return 'products-ecwid'
  if (choice === 'items' && resource === 'orders') return 'order-items-flat'
  if (choice === 'tracking' && resource === 'orders') return 'orders-tracking'
  throw new AppError('VALIDATION', `The ${choice} format is not available for ${resource}.`)
}

export function choiceOf(id: FormatId): CsvFormatChoice {
  if (id === 'products-ecwid') return 'ecwid'
  if (id === 'order-items-flat') return 'items'
  if (id === 'orders-tracking') return 'tracking'
  return 'flat'
}

/** Grid column keys whose flat-format field has another name. */
const GRID_TO_FIELD: Record<string, string[]> = {
  categories: ['categoryIds', 'defaultCategoryId'],
  customerName: ['billingPerson.name'],
  privateNotes: ['privateAdminNotes'],
  created: ['created', 'createDate', 'creationDate'],
  updated: ['updated', 'updateDate'],
  group: ['customerGroupId', 'customerGroupName'],
  orderCount: ['orderCount', 'totalOrderCount']
}

/**
 * The format limited to a view's visible columns, in the format's order. Identity columns (id, SKU,
 * code, order number) always stay so the file can be imported back. Ecwid's layout is fixed.
 */
export function restrictColumns<E>(format: CsvFormat<E>, columns: readonly string[] | undefined): CsvFormat<E> {
  if (!columns || columns.length === 0 || format.id === 'products-ecwid') return format
  const wanted = new Set(columns.flatMap((c) => GRID_TO_FIELD[c] ?? [c]))
  const keep = (c: ColumnDef): boolean => c.identity !== undefined || wanted.has(c.field)
  return { ...format, columns: (ctx?: ExportContext) => format.columns(ctx).filter(keep) }
}

export function defaultFileName(resource: CsvResource, choice: CsvFormatChoice, now = new Date()): string {
  const day = now.toISOString().slice(0, 10)
  return `${resource}${choice === 'flat' ? '' : `-${choice}`}-${day}.csv`
}

export interface StoreExportRequest {
  resource: CsvResource
  format: CsvFormatChoice
  view?: CsvGridView
  options?: CsvExportOptions
  file: string
  /** Called every 1,000 entities read from the store (the CLI prints it on stderr). */
  onProgress?: (entities: number) => void
}

export interface StoreExportResult {
  rows: number
  bytes: number
  file: string
  durationMs: number
}

export async function exportFromStore(db: Db, req: StoreExportRequest): Promise<StoreExportResult> {
  const started = Date.now()
  const id = formatFor(req.resource, req.format)
  const query: ViewQuery | undefined = req.view ? { search: req.view.search, filters: req.view.filters, sort: req.view.sort } : undefined
  const format = restrictColumns(formatById(id) as CsvFormat<unknown>, req.view?.columns)
  const context: ExportContext = id === 'products-ecwid' ? { variationOptionNames: variationOptionNames(db, query), categoryPath: categoryPaths(db) } : {}
  // A failed or cancelled export must not leave a half-written file under the chosen name.
  const tmp = `${req.file}.${process.pid}.partial`
  try {
    const r = await exportCsvToFile(tmp, counted(iterateEntities(db, req.resource, query), req.onProgress), format, {
      delimiter: req.options?.delimiter,
      bom: req.options?.bom,
      decimalSeparator: req.options?.decimalSeparator,
      context
    })
    await rename(tmp, req.file)
    return { rows: r.rows, bytes: r.bytes, file: req.file, durationMs: Date.now() - started }
  } catch (e) {
    await rm(tmp, { force: true })
    throw e
  }
}

async function* counted<E>(items: AsyncIterable<E>, onProgress?: (n: number) => void): AsyncGenerator<E> {
  let n = 0
  for await (const item of items) {
    yield item
    if (++n % 1000 === 0) onProgress?.(n)
  }
}

export const fileLabel = (file: string): string => basename(file)
