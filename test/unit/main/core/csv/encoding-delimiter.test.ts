// Encoding and delimiter detection on real-world byte layouts (BOMs, UTF-16 without BOM, Windows-1252).
import { describe, expect, it } from 'vitest'
import { detectDelimiter, detectNewline } from '../../../../../src/main/core/csv/delimiter'
import { createDecoder, detectEncoding } from '../../../../../src/main/core/csv/encoding'
import { CsvFileError } from '../../../../../src/main/core/csv/types'
import { fixture } from './helpers'

const decode = (name: string): string => {
  const buf = fixture(name)
  const d = createDecoder(detectEncoding(buf).encoding)
  return d.decode(buf) + d.end()
}

describe('detectEncoding', () => {
  it.each([
    ['excel-semicolon-decimal-comma.csv', 'utf-8', true],
    ['utf16le-bom.tsv', 'utf-16le', true],
    ['utf16le-nobom.tsv', 'utf-16le', false],
    ['utf16be-bom.tsv', 'utf-16be', true],
    ['windows-1252.csv', 'windows-1252', false],
    ['ragged.csv', 'utf-8', false]
  ])('%s -> %s', (name, encoding, bom) => {
    expect(detectEncoding(fixture(name))).toMatchObject({ encoding, bom })
  })

  it('decodes €/é from UTF-16 and Windows-1252 and drops the BOM', () => {
    expect(decode('utf16le-bom.tsv')).toBe('SKU\tName\tPrice\nSKU-1\tCafé €\t12.5\n')
    expect(decode('utf16be-bom.tsv')).toContain('Café €')
    expect(decode('utf16le-nobom.tsv')).toContain('Café €')
    expect(decode('windows-1252.csv')).toContain('Café €')
    expect(decode('excel-semicolon-decimal-comma.csv').startsWith('SKU;')).toBe(true)
  })

  it('refuses binary files', () => {
    expect(() => detectEncoding(fixture('binary.csv'))).toThrow(CsvFileError)
  })

  it('reports invalid UTF-8 found after the sniffed sample', () => {
    const d = createDecoder('utf-8')
    expect(() => d.decode(new Uint8Array([0x61, 0xe9, 0x62]))).toThrow(/not valid UTF-8/)
  })
})

describe('detectDelimiter', () => {
  it('prefers semicolon over the decimal commas inside values', () => {
    expect(detectDelimiter(decode('excel-semicolon-decimal-comma.csv')).delimiter).toBe(';')
  })
  it('finds tabs and commas', () => {
    expect(detectDelimiter(decode('utf16le-bom.tsv')).delimiter).toBe('\t')
    expect(detectDelimiter('a,b,c\n1,2,3\n4,5,6\n')).toMatchObject({ delimiter: ',', columns: 3, confidence: 1 })
  })
  it('judges line breaks outside quoted cells', () => {
    expect(detectNewline('a,"x\ny"\r\nb,c\r\n')).toBe('\r\n')
    expect(detectNewline('a,b\nc,d\n')).toBe('\n')
  })
})
