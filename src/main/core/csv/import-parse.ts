// Streaming CSV reader: bytes in (async iterable), decoded and split into rows with papaparse's Parser,
// with merchant-readable problems (row, column, message). Never holds more than one chunk plus one row.

import Papa, { type PapaParseError } from 'papaparse'
import { detectDelimiter, detectNewline, delimiterName, DELIMITERS, type DelimiterGuess } from './delimiter'
import { createDecoder, detectEncoding, SNIFF_BYTES, type CsvEncoding, type DetectedEncoding } from './encoding'
import { CsvFileError, csvIssue, type CsvIssue, type Delimiter } from './types'

export interface OpenCsvOptions {
  /** Override the detected encoding. */
  encoding?: CsvEncoding
  /** Override the detected delimiter. */
  delimiter?: Delimiter
  /** Refuse files larger than this (default 2 GiB); `knownSize` lets the caller refuse before reading. */
  maxBytes?: number
  knownSize?: number
  /** A single cell larger than this almost always means an unclosed quote (default 16 MiB). */
  maxCellChars?: number
}

export interface CsvRow {
  /** Spreadsheet row number: the header is row 1, blank lines count. */
  row: number
  /** Exactly one cell per header column. */
  cells: string[]
  issues: CsvIssue[]
}

export interface OpenedCsv {
  headers: string[]
  encoding: DetectedEncoding
  delimiter: Delimiter
  /** Null when the delimiter was given by the user. */
  delimiterGuess: DelimiterGuess | null
  newline: '\n' | '\r' | '\r\n'
  headerIssues: CsvIssue[]
  /** Single use: iterate once. */
  rows: AsyncIterable<CsvRow>
}

const DEFAULT_MAX_BYTES = 2 * 1024 ** 3
const DEFAULT_MAX_CELL = 16 * 1024 * 1024

/** Column letter as a spreadsheet shows it: 0 -> A, 26 -> AA. */
export function columnLetter(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

const fileError = (code: CsvIssue['code'], message: string): CsvFileError => new CsvFileError(csvIssue('error', code, message))

export async function openCsv(source: AsyncIterable<Uint8Array>, options: OpenCsvOptions = {}): Promise<OpenedCsv> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const tooLarge = (): CsvFileError => fileError('FILE_TOO_LARGE', `The file is larger than ${Math.round(maxBytes / 1024 ** 2)} MB. Split it into smaller files.`)
  if (options.knownSize !== undefined && options.knownSize > maxBytes) throw tooLarge()

  const input = source[Symbol.asyncIterator]()
  const head: Uint8Array[] = []
  let headBytes = 0
  let done = false
  while (headBytes < SNIFF_BYTES) {
    const next = await input.next()
    if (next.done) {
      done = true
      break
    }
    head.push(next.value)
    headBytes += next.value.length
  }
  if (headBytes === 0) throw fileError('EMPTY_FILE', 'The file is empty.')
  const sample = Buffer.concat(head)
  const detected = detectEncoding(sample)
  const encoding: DetectedEncoding = options.encoding ? { encoding: options.encoding, bom: detected.bom, reason: 'chosen by you' } : detected
  const decoder = createDecoder(encoding.encoding)
  let text = decoder.decode(sample)
  if (done) text += decoder.end()
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') throw fileError('EMPTY_FILE', 'The file contains no data (only blank lines).')

  const delimiterGuess = options.delimiter ? null : detectDelimiter(text)
  const delimiter = options.delimiter ?? delimiterGuess!.delimiter
  const newline = detectNewline(text)
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' })
  const maxCell = options.maxCellChars ?? DEFAULT_MAX_CELL
  let bytesRead = headBytes

  async function* records(): AsyncGenerator<{ index: number; cells: string[]; errors: PapaParseError[] }> {
    let carry = text
    let index = 0
    for (;;) {
      const last = done
      const result = parser.parse(carry, 0, !last)
      const errorsByRow = new Map<number, PapaParseError[]>()
      for (const e of result.errors) errorsByRow.set(e.row ?? 0, [...(errorsByRow.get(e.row ?? 0) ?? []), e])
      for (let i = 0; i < result.data.length; i++) yield { index: index++, cells: result.data[i]!, errors: errorsByRow.get(i) ?? [] }
      if (last) return
      carry = carry.slice(result.meta.cursor)
      if (carry.length > maxCell) {
        throw fileError('CELL_TOO_LARGE', `Row ${index + 1} never ends: a quote (") opened in it is probably not closed, so the rest of the file reads as one cell.`)
      }
      const next = await input.next()
      if (next.done) {
        done = true
        carry += decoder.end()
      } else {
        bytesRead += next.value.length
        if (bytesRead > maxBytes) throw tooLarge()
        carry += decoder.decode(next.value)
      }
    }
  }

  const iter = records()
  let first = await iter.next()
  while (!first.done && isBlank(first.value.cells)) first = await iter.next()
  if (first.done) throw fileError('EMPTY_FILE', 'The file contains no data (only blank lines).')
  const headerRecord = first.value
  const headers = headerRecord.cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h))
  const headerIssues = checkHeaders(headers, delimiter, headerRecord.index + 1)
  const width = headers.length

  async function* rows(): AsyncGenerator<CsvRow> {
    for (let next = await iter.next(); !next.done; next = await iter.next()) {
      const { index, cells, errors } = next.value
      if (isBlank(cells)) continue
      const row = index + 1
      const issues: CsvIssue[] = errors.map((e) =>
        e.code === 'MissingQuotes'
          ? csvIssue('error', 'UNCLOSED_QUOTE', `Row ${row}: a quote (") opened in this row is never closed, so everything after it was read as one cell.`, { row })
          : csvIssue('warning', 'MALFORMED_QUOTE', `Row ${row}: a quote inside a quoted cell is not doubled (""); it was read as a literal quote.`, { row })
      )
      yield { row, cells: fitWidth(cells, width, row, issues), issues }
    }
  }
  return { headers, encoding, delimiter, delimiterGuess, newline, headerIssues, rows: rows() }
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '')
}

function fitWidth(cells: string[], width: number, row: number, issues: CsvIssue[]): string[] {
  if (cells.length === width) return cells
  if (cells.length < width) {
    issues.push(csvIssue('warning', 'RAGGED_ROW', `Row ${row} has ${cells.length} cells but the header has ${width}: the missing cells are treated as blank (left unchanged).`, { row }))
    return [...cells, ...Array<string>(width - cells.length).fill('')]
  }
  const extra = cells.slice(width)
  if (extra.some((c) => c.trim() !== '')) {
    issues.push(
      csvIssue('error', 'RAGGED_ROW', `Row ${row} has ${cells.length} cells but the header has ${width}: a value probably contains an unquoted delimiter. Check column ${columnLetter(width)}.`, {
        row,
        value: extra.join(' | ')
      })
    )
  }
  return cells.slice(0, width)
}

function checkHeaders(headers: string[], delimiter: Delimiter, row: number): CsvIssue[] {
  const issues: CsvIssue[] = []
  if (headers.length === 1) {
    const other = DELIMITERS.find((d) => d !== delimiter && headers[0]!.includes(d))
    if (other) {
      issues.push(
        csvIssue('error', 'WRONG_DELIMITER', `Only one column was found using ${delimiterName(delimiter)} as the delimiter, but the header contains ${delimiterName(other)}s. Choose ${delimiterName(other)} as the delimiter.`, {
          row,
          value: headers[0]!
        })
      )
    }
  }
  const seen = new Map<string, number>()
  headers.forEach((h, i) => {
    const key = h.trim().toLowerCase()
    if (key === '') {
      issues.push(csvIssue('warning', 'EMPTY_HEADER', `Column ${columnLetter(i)} has no name in the header row; its values are ignored.`, { row, column: columnLetter(i) }))
      return
    }
    const prev = seen.get(key)
    if (prev !== undefined) {
      issues.push(
        csvIssue('error', 'DUPLICATE_HEADER', `Column "${h.trim()}" appears twice (columns ${columnLetter(prev)} and ${columnLetter(i)}). Remove or rename one of them.`, { row, column: h })
      )
    } else seen.set(key, i)
  })
  return issues
}
