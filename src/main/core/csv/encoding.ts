// Detects a CSV file's text encoding from its first bytes and decodes byte chunks as a stream.
// Pure (TextDecoder only). Detection is a guess the UI shows and the user may override.

import { CsvFileError, csvIssue } from './types'

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DetectedEncoding {
  encoding: CsvEncoding
  /** A byte-order mark was present (and is skipped by the decoder). */
  bom: boolean
  /** Why we think so, in words the import screen can show. */
  reason: string
}

/** How many leading bytes detection looks at. */
export const SNIFF_BYTES = 64 * 1024

/**
 * Order: BOM; UTF-16 without BOM (every other byte zero in mostly-ASCII text); binary (NUL bytes or many
 * control characters); strict UTF-8; otherwise Windows-1252, which is what Excel on Windows writes
 * for "CSV (Comma delimited)" and which decodes any byte sequence.
 */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bom: true, reason: 'UTF-8 byte-order mark' }
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: true, reason: 'UTF-16 LE byte-order mark' }
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: true, reason: 'UTF-16 BE byte-order mark' }
  const utf16 = guessUtf16(sample)
  if (utf16) return { encoding: utf16, bom: false, reason: 'every other byte is zero (UTF-16 without byte-order mark)' }
  if (looksBinary(sample)) {
    throw new CsvFileError(csvIssue('error', 'BINARY_FILE', 'This is not a text file (it contains binary data). Export your spreadsheet as CSV and try again.'))
  }
  if (isValidUtf8(sample)) return { encoding: 'utf-8', bom: false, reason: 'valid UTF-8' }
  return { encoding: 'windows-1252', bom: false, reason: 'not valid UTF-8; read as Windows-1252 (Excel on Windows)' }
}

function guessUtf16(sample: Uint8Array): CsvEncoding | null {
  const n = Math.min(sample.length, 4096) & ~1
  if (n < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++
    if (sample[i + 1] === 0) oddZeros++
  }
  const pairs = n / 2
  // Mostly-ASCII text in UTF-16 has a zero in one half of nearly every pair and almost none in the other.
  if (oddZeros / pairs > 0.6 && evenZeros / pairs < 0.05) return 'utf-16le'
  if (evenZeros / pairs > 0.6 && oddZeros / pairs < 0.05) return 'utf-16be'
  return null
}

function looksBinary(sample: Uint8Array): boolean {
  const n = Math.min(sample.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = sample[i]!
    if (b === 0) return true
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++
  }
  return n > 0 && control / n > 0.1
}

function isValidUtf8(sample: Uint8Array): boolean {
  try {
    // stream: true so a multi-byte character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true })
    return true
  } catch {
    return false
  }
}

/**
 * Streaming decoder. UTF-8 is decoded strictly: an invalid byte later in the file (past the sniffed
 * sample) becomes a BAD_ENCODING file error instead of silent replacement characters in the store.
 */
export function createDecoder(encoding: CsvEncoding): { decode(chunk: Uint8Array): string; end(): string } {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: false })
  let bytesSeen = 0
  const fail = (): never => {
    throw new CsvFileError(
      csvIssue('error', 'BAD_ENCODING', `The file is not valid UTF-8 (near byte ${bytesSeen}). Choose the encoding Windows-1252 or re-save the file as "CSV UTF-8".`)
    )
  }
  return {
    decode(chunk) {
      bytesSeen += chunk.length
      try {
        return decoder.decode(chunk, { stream: true })
      } catch {
        return fail()
      }
    },
    end() {
      try {
        return decoder.decode()
      } catch {
        return fail()
      }
    }
  }
}

/** Encodes export text; UTF-8 only (what Excel, Numbers, Sheets and Ecwid all read), BOM optional. */
export const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf])
