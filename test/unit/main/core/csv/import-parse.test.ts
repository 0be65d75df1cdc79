// Streaming reader: Excel-style files, chunk boundaries, and every bad-file case with row/column messages.
import { describe, expect, it } from 'vitest'
import { openCsv, type CsvRow } from '../../../../../src/main/core/csv/import-parse'
import { CsvFileError, type CsvIssue } from '../../../../../src/main/core/csv/types'
import { bytes, fixture } from './helpers'

async function read(data: Buffer | string, opts = {}, chunk = 5): Promise<{ headers: string[]; rows: CsvRow[]; headerIssues: CsvIssue[] }> {
  const csv = await openCsv(bytes(data, chunk), opts)
  const rows: CsvRow[] = []
  for await (const r of csv.rows) rows.push(r)
  return { headers: csv.headers, rows, headerIssues: csv.headerIssues }
}

async function fatal(data: Buffer | string, opts = {}): Promise<CsvIssue> {
  try {
    await read(data, opts)
  } catch (err) {
    if (err instanceof CsvFileError) return err.issue
    throw err
  }
  throw new Error('expected a file error')
}

describe('openCsv', () => {
  it('reads an Excel semicolon file with BOM, CRLF, quoted newlines and a blank line', async () => {
    for (const chunk of [1, 3, 64, 1 << 16]) {
      const { headers, rows } = await read(fixture('excel-semicolon-decimal-comma.csv'), {}, chunk)
      expect(headers).toEqual(['SKU', 'Name', 'Price (EUR)', 'Qty', 'Description'])
      expect(rows.map((r) => r.row)).toEqual([2, 3, 5])
      expect(rows[0]!.cells[4]).toBe('Line one\nline two; with "quotes"')
      expect(rows[0]!.cells[1]).toBe('Café crème')
    }
  })

  it('reads UTF-16 and Windows-1252 files', async () => {
    expect((await read(fixture('utf16le-nobom.tsv'))).rows[0]!.cells).toEqual(['SKU-1', 'Café €', '12.5'])
    expect((await read(fixture('utf16be-bom.tsv'))).rows[0]!.cells).toEqual(['SKU-1', 'Café €', '12.5'])
    expect((await read(fixture('windows-1252.csv'))).rows[0]!.cells[1]).toBe('Café €')
  })

  it('pads short rows with a warning and rejects long rows with data', async () => {
    const { rows } = await read(fixture('ragged.csv'))
    expect(rows[0]!.cells).toEqual(['SKU-1', 'Short', ''])
    expect(rows[0]!.issues[0]).toMatchObject({ severity: 'warning', code: 'RAGGED_ROW', row: 2 })
    expect(rows[1]!.issues[0]).toMatchObject({ severity: 'error', code: 'RAGGED_ROW', row: 3 })
    expect(rows[1]!.issues[0]!.message).toMatch(/unquoted delimiter/)
    expect(rows[2]!.issues).toEqual([])
  })

  it('reports an unclosed quote on the row where it starts', async () => {
    const { rows } = await read(fixture('unclosed-quote.csv'))
    expect(rows).toHaveLength(1)
    expect(rows[0]!.issues[0]).toMatchObject({ code: 'UNCLOSED_QUOTE', row: 2, severity: 'error' })
  })

  it('stops with a clear message when an unclosed quote swallows a huge part of the file', async () => {
    const big = 'SKU,Name\nA,"' + 'x'.repeat(200_000) + '\n'
    expect(await fatal(big, { maxCellChars: 1000 })).toMatchObject({ code: 'CELL_TOO_LARGE' })
  })

  it('warns about a malformed quote but keeps the text', async () => {
    const { rows } = await read(fixture('malformed-quote.csv'))
    expect(rows[0]!.issues[0]).toMatchObject({ code: 'MALFORMED_QUOTE', severity: 'warning' })
    expect(rows[0]!.cells[1]).toContain('quote')
  })

  it('flags duplicate headers with both column letters', async () => {
    const { headerIssues } = await read(fixture('duplicate-headers.csv'))
    expect(headerIssues[0]).toMatchObject({ code: 'DUPLICATE_HEADER', row: 1 })
    expect(headerIssues[0]!.message).toMatch(/columns B and D/)
  })

  it('flags a wrong delimiter override', async () => {
    const { headerIssues } = await read(fixture('wrong-delimiter.csv'), { delimiter: ',' })
    expect(headerIssues[0]).toMatchObject({ code: 'WRONG_DELIMITER' })
    expect(headerIssues[0]!.message).toMatch(/Choose semicolon/)
  })

  it.each([
    ['empty.csv', 'EMPTY_FILE'],
    ['blank-lines-only.csv', 'EMPTY_FILE'],
    ['binary.csv', 'BINARY_FILE']
  ])('%s is refused with %s', async (name, code) => {
    expect(await fatal(fixture(name))).toMatchObject({ code })
  })

  it('refuses files over the size limit, before or while reading', async () => {
    expect(await fatal('a,b\n1,2\n', { knownSize: 3 * 1024 ** 3 })).toMatchObject({ code: 'FILE_TOO_LARGE' })
    const big = 'a,b\n' + '1,2\n'.repeat(50_000)
    expect(await fatal(big, { maxBytes: 100_000 })).toMatchObject({ code: 'FILE_TOO_LARGE' })
  })

  it('reports invalid UTF-8 that appears after the first 64 KB', async () => {
    const head = Buffer.from('a,b\n' + 'x,y\n'.repeat(20_000))
    const data = Buffer.concat([head, Buffer.from([0x7a, 0xe9, 0x2c, 0x31, 0x0a])])
    expect(await fatal(data)).toMatchObject({ code: 'BAD_ENCODING' })
    const ok = await read(data, { encoding: 'windows-1252' }, 4096)
    expect(ok.rows.at(-1)!.cells).toEqual(['zé', '1'])
  })

  it('accepts a header-only file with no rows', async () => {
    expect((await read(fixture('header-only.csv'))).rows).toEqual([])
  })
})
