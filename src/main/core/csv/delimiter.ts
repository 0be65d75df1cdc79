// Guesses the delimiter (comma, semicolon, tab) and the line break of a CSV sample.
// Pure; the guess is shown to the user and can be overridden.

import Papa from 'papaparse'
import type { Delimiter } from './types'

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t']

export function delimiterName(d: Delimiter): string {
  return d === ',' ? 'comma' : d === ';' ? 'semicolon' : 'tab'
}

/** Line break used between records, judged outside quoted cells (Excel puts bare LF inside cells). */
export function detectNewline(sample: string): '\n' | '\r' | '\r\n' {
  const unquoted = sample.slice(0, 256 * 1024).replace(/"[^"]*"/g, '')
  const crlf = unquoted.indexOf('\r\n')
  const lf = unquoted.indexOf('\n')
  const cr = unquoted.indexOf('\r')
  if (crlf >= 0 && (lf === -1 || crlf < lf)) return '\r\n'
  if (cr >= 0 && lf === -1) return '\r'
  return '\n'
}

export interface DelimiterGuess {
  delimiter: Delimiter
  /** Columns the header has with that delimiter. */
  columns: number
  /** 0..1: share of sampled rows with exactly the header's column count. */
  confidence: number
}

/**
 * Parses up to 50 records with each candidate and prefers the one that yields the same number of
 * columns (more than one) in the most rows; semicolon files with decimal commas ("1,5") are therefore
 * not mistaken for comma files, because their comma counts vary from row to row.
 */
export function detectDelimiter(sample: string): DelimiterGuess {
  const newline = detectNewline(sample)
  let best: DelimiterGuess = { delimiter: ',', columns: 1, confidence: 0 }
  let bestScore = -1
  for (const delimiter of DELIMITERS) {
    const { data } = new Papa.Parser({ delimiter, newline }).parse(sample.slice(0, 64 * 1024), 0, false)
    const rows = data.filter((r) => !(r.length === 1 && r[0] === '')).slice(0, 50)
    if (rows.length === 0) continue
    const columns = rows[0]!.length
    const consistent = rows.filter((r) => r.length === columns).length / rows.length
    // A single column is what every wrong delimiter produces: it only wins when nothing else splits.
    const score = columns > 1 ? consistent * 1000 + Math.min(columns, 999) : 0
    if (score > bestScore) {
      bestScore = score
      best = { delimiter, columns, confidence: columns > 1 ? consistent : 0 }
    }
  }
  return best
}
