// TSV parse/serialise against what Excel and Google Sheets put on (and read from) the clipboard.
import { describe, expect, it } from 'vitest'
import { parseTsv, quoteField, serializeTsv } from '../../../src/renderer/src/components/grid/clipboard'

describe('parseTsv', () => {
  it('splits tabs and CRLF rows and ignores the trailing line break Excel adds', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([['a', 'b'], ['c', 'd']])
  })

  it('accepts LF (Sheets, macOS) and lone CR (old Mac Excel) row breaks', () => {
    expect(parseTsv('a\tb\nc\td')).toEqual([['a', 'b'], ['c', 'd']])
    expect(parseTsv('a\rb\r')).toEqual([['a'], ['b']])
  })

  it('reads quoted fields with embedded tabs, newlines and doubled quotes', () => {
    const text = '"line 1\nline 2"\t"tab\there"\t"say ""hi"""\r\nplain\t""\t"x"\r\n'
    expect(parseTsv(text)).toEqual([
      ['line 1\nline 2', 'tab\there', 'say "hi"'],
      ['plain', '', 'x']
    ])
  })

  it('keeps quotes that do not open a field literally (Excel only quotes from the first character)', () => {
    expect(parseTsv('12" pipe\tsay "hi"')).toEqual([['12" pipe', 'say "hi"']])
  })

  it('keeps text after a closing quote and the rest of an unterminated quote', () => {
    expect(parseTsv('"a"b\tc')).toEqual([['ab', 'c']])
    expect(parseTsv('"open\tstill open')).toEqual([['open\tstill open']])
  })

  it('keeps empty cells, including trailing empty cells and empty rows inside the block', () => {
    expect(parseTsv('a\t\t\r\n\r\nb\t\tc')).toEqual([['a', '', ''], ['', '', ''], ['b', '', 'c']])
  })

  it('pads ragged rows to a rectangle', () => {
    expect(parseTsv('a\tb\tc\nd')).toEqual([['a', 'b', 'c'], ['d', '', '']])
  })

  it('returns no rows for empty text and one empty cell for a lone line break', () => {
    expect(parseTsv('')).toEqual([])
    expect(parseTsv('\r\n')).toEqual([['']])
  })

  it('keeps leading/trailing spaces and unicode untouched', () => {
    expect(parseTsv('  padded  \t€ 12,50\tñ')).toEqual([['  padded  ', '€ 12,50', 'ñ']])
  })
})

describe('serializeTsv', () => {
  it('quotes only fields that need it', () => {
    expect(quoteField('plain')).toBe('plain')
    expect(quoteField('a\tb')).toBe('"a\tb"')
    expect(quoteField('two\nlines')).toBe('"two\nlines"')
    expect(quoteField('12" pipe')).toBe('"12"" pipe"')
  })

  it('joins rows with CRLF and no trailing break', () => {
    expect(serializeTsv([['a', 'b'], ['c', '']])).toBe('a\tb\r\nc\t')
  })

  it('round-trips awkward values through parseTsv', () => {
    const rows = [
      ['say "hi"', 'tab\tinside', 'multi\r\nline'],
      ['', '"', 'end\n'],
      ['=SUM(A1)', '  ', 'ok']
    ]
    expect(parseTsv(serializeTsv(rows))).toEqual(rows)
  })
})
