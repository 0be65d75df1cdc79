// Strict zod schemas for the CSV methods of the contract: files only as opaque tokens, grid views with
// their resource's own column names, bounded mappings. Spread into apiSchemas. No electron import.
import { z } from 'zod'
import { CSV_DELIMITERS, CSV_ENCODINGS, CSV_FORMATS, CSV_RESOURCES, type CsvResourceName } from '@shared/model/csv'
import { GRID_COLUMNS, type GridFilter } from '@shared/model/grid'
import type { ApiSchemas } from './schemas'

const storeId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
/** randomUUID() tokens from main's dialog; nothing path-like is accepted. */
const fileToken = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'Choose the file again.')
const text = z.string().max(200)
const bound = z.number().min(-1e15).max(1e15)
const epochMs = z.number().int().min(-8.64e15).max(8.64e15)

function viewSchema(resource: CsvResourceName) {
  const names = Object.keys(GRID_COLUMNS[resource]) as [string, ...string[]]
  const field = z.enum(names)
  const filter: z.ZodType<GridFilter> = z.union([
    z.strictObject({ field, kind: z.literal('text'), op: z.enum(['contains', 'equals']), value: text }),
    z.strictObject({ field, kind: z.literal('number'), min: bound.optional(), max: bound.optional() }),
    z.strictObject({ field, kind: z.literal('date'), from: epochMs.optional(), to: epochMs.optional() }),
    z.strictObject({ field, kind: z.literal('enum'), values: z.array(z.string().max(100)).max(100) }),
    z.strictObject({ field, kind: z.literal('boolean'), value: z.boolean() })
  ])
  return z.strictObject({
    search: text.optional(),
    filters: z.array(filter).max(20).optional(),
    sort: z.array(z.strictObject({ field, dir: z.enum(['asc', 'desc']) })).max(4).optional(),
    columns: z.array(field).max(names.length).optional()
  })
}

const exportOptions = z.strictObject({
  delimiter: z.enum(CSV_DELIMITERS).optional(),
  bom: z.boolean().optional(),
  decimalSeparator: z.enum(['.', ',']).optional()
})

const exportFor = <R extends CsvResourceName>(resource: R) =>
  z.strictObject({ resource: z.literal(resource), format: z.enum(CSV_FORMATS), view: viewSchema(resource).optional(), options: exportOptions.optional() })
const exportRequest = z.union([exportFor('products'), exportFor('orders'), exportFor('coupons'), exportFor('customers')])

/** Header -> field | null; headers are whatever the file says, so only their size is bounded. */
const mapping = z
  .record(z.string().max(500), z.string().min(1).max(200).nullable())
  .refine((m) => Object.keys(m).length <= 2000, 'Too many columns in the mapping.')

const readShape = {
  resource: z.enum(CSV_RESOURCES),
  fileToken,
  format: z.enum(CSV_FORMATS).optional(),
  encoding: z.enum(CSV_ENCODINGS).optional(),
  delimiter: z.enum(CSV_DELIMITERS).optional(),
  decimalSeparator: z.enum(['.', ',']).optional(),
  dateOrder: z.enum(['DMY', 'MDY']).optional(),
  mapping: mapping.optional(),
  allowCreate: z.boolean().optional()
}
const readRequest = z.strictObject(readShape)
/** Rejected CSV rows (header = 1), field paths, cells and rules; bounded like the diff the user ticks them in. */
const exclusion = z.strictObject({
  excludeRows: z.array(z.number().int().min(2).max(100_000_000)).max(100_000).optional(),
  excludeFields: z.array(z.string().min(1).max(200)).max(2000).optional(),
  excludeCells: z.array(z.strictObject({ row: z.number().int().min(2).max(100_000_000), field: z.string().min(1).max(200) })).max(1_000_000).optional(),
  rules: z.array(z.strictObject({ kind: z.literal('changeOverPercent'), field: z.string().min(1).max(200), percent: z.number().min(0).max(1e6) })).max(100).optional()
})
const importRequest = z.strictObject({
  ...readShape,
  sessionName: z.string().trim().min(1, 'Give the session a name.').max(100),
  validOnly: z.boolean().optional(),
  rememberMapping: z.boolean().optional(),
  exclude: exclusion.optional()
})

type CsvSchemas = Pick<ApiSchemas, 'chooseCsvFile' | 'exportCsv' | 'inspectCsv' | 'planCsvImport' | 'previewCsvImport' | 'importCsv'>

// Per-resource column enums are stricter than CsvGridView's plain strings: a view names its own grid's columns.
export const csvSchemas: CsvSchemas = {
  chooseCsvFile: z.tuple([]),
  exportCsv: z.tuple([storeId, exportRequest]),
  inspectCsv: z.tuple([storeId, readRequest]),
  planCsvImport: z.tuple([storeId, readRequest]),
  previewCsvImport: z.tuple([storeId, readRequest]),
  importCsv: z.tuple([storeId, importRequest])
}
