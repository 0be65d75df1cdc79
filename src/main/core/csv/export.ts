// Streaming CSV export: entities in (async iterable port), RFC 4180 text out to a Node Writable.
// Holds one batch of rows at a time and honours back-pressure; never ends the caller's stream.

import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import Papa from 'papaparse'
import { formatValue } from './cell-codec'
import { UTF8_BOM } from './encoding'
import { neutraliseCell } from './excel-safe'
import type { CsvFormat, ExportContext } from './formats/format'
import { DEFAULT_CELL_OPTIONS, type CellOptions, type Delimiter } from './types'

export interface ExportOptions extends Partial<CellOptions> {
  delimiter?: Delimiter
  /** UTF-8 byte-order mark so Excel detects the encoding; on by default. */
  bom?: boolean
  /** CRLF by default (RFC 4180, what Excel writes). */
  newline?: '\r\n' | '\n'
  /** Rows per write; bounds memory. */
  batchRows?: number
  context?: ExportContext
}

export interface ExportResult {
  rows: number
  bytes: number
}

/** Writes the header and one or more rows per entity; returns data rows written and bytes. */
export async function exportCsv<E>(entities: AsyncIterable<E> | Iterable<E>, format: CsvFormat<E>, out: Writable, options: ExportOptions = {}): Promise<ExportResult> {
  const cell: CellOptions = { ...DEFAULT_CELL_OPTIONS, ...pick(options) }
  const delimiter = options.delimiter ?? ','
  const newline = options.newline ?? '\r\n'
  const batchRows = options.batchRows ?? 500
  const columns = format.columns(options.context)
  let bytes = 0
  let rows = 0

  const write = async (chunk: Uint8Array | string): Promise<void> => {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length
    if (!out.write(chunk)) await once(out, 'drain')
  }
  const unparse = (batch: string[][]): string => Papa.unparse(batch, { delimiter, newline, quotes: false, header: false, escapeFormulae: false }) + newline

  if (options.bom ?? true) await write(UTF8_BOM)
  await write(unparse([columns.map((c) => c.header)]))

  let batch: string[][] = []
  for await (const entity of entities) {
    for (const record of format.records(entity, options.context)) {
      batch.push(columns.map((c) => neutraliseCell(formatValue(record[c.field], c, cell), c.type === 'number' || c.type === 'integer')))
      rows++
    }
    if (batch.length >= batchRows) {
      await write(unparse(batch))
      batch = []
    }
  }
  if (batch.length > 0) await write(unparse(batch))
  return { rows, bytes }
}

/** Convenience for the CLI and the app: export straight to a file and wait until it is flushed. */
export async function exportCsvToFile<E>(file: string, entities: AsyncIterable<E> | Iterable<E>, format: CsvFormat<E>, options: ExportOptions = {}): Promise<ExportResult> {
  const out = createWriteStream(file)
  try {
    const result = await exportCsv(entities, format, out, options)
    out.end()
    await finished(out)
    return result
  } catch (err) {
    out.destroy()
    throw err
  }
}

function pick(o: ExportOptions): Partial<CellOptions> {
  const r: Partial<CellOptions> = {}
  if (o.decimalSeparator) r.decimalSeparator = o.decimalSeparator
  if (o.dateOrder) r.dateOrder = o.dateOrder
  return r
}
