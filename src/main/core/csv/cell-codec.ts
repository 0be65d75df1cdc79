// Typed cell values <-> CSV text: numbers with the chosen decimal separator, booleans, dates, enums, lists.
// Pure. Formatting is lossless for what we export (so an unchanged export re-imports as a no-op).

import type { CellOptions, ColumnDef } from './types'

export type ParseResult = { ok: true; value: unknown } | { ok: false; message: string }

const LIST_SEPARATOR = ';'
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on'])
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off'])

/** Typed value -> cell text. Absent values become an empty cell. */
export function formatValue(value: unknown, col: ColumnDef, opts: CellOptions): string {
  if (value === undefined || value === null) return ''
  switch (col.type) {
    case 'number':
      return typeof value === 'number' ? formatNumber(value, opts.decimalSeparator) : String(value)
    case 'integer':
      return typeof value === 'number' ? formatNumber(value, '.') : String(value)
    case 'boolean':
      return value === true ? 'true' : value === false ? 'false' : String(value)
    case 'string-list':
    case 'integer-list':
      return Array.isArray(value) ? value.map(String).join(LIST_SEPARATOR) : String(value)
    default:
      return typeof value === 'string' ? value : String(value)
  }
}

/** Shortest text that parses back to the same double, without exponent notation for everyday values. */
export function formatNumber(n: number, decimal: '.' | ','): string {
  const text = String(n)
  return decimal === ',' ? text.replace('.', ',') : text
}

/** Cell text (not blank) -> typed value, or a merchant-readable reason. */
export function parseValue(text: string, col: ColumnDef, opts: CellOptions): ParseResult {
  switch (col.type) {
    case 'string':
    case 'html':
      return { ok: true, value: text }
    case 'number':
      return parseNumber(text, opts.decimalSeparator)
    case 'integer': {
      const r = parseNumber(text, opts.decimalSeparator)
      if (!r.ok) return r
      return Number.isInteger(r.value) ? r : { ok: false, message: `"${text}" must be a whole number` }
    }
    case 'boolean':
      return parseBoolean(text)
    case 'date':
      return parseDate(text, opts.dateOrder)
    case 'enum':
      return parseEnum(text, col.enumValues ?? [])
    case 'string-list':
      return { ok: true, value: splitList(text) }
    case 'integer-list': {
      const items = splitList(text)
      const bad = items.find((i) => !/^-?\d+$/.test(i))
      return bad === undefined ? { ok: true, value: items.map(Number) } : { ok: false, message: `"${bad}" is not a whole number (list items are separated by "${LIST_SEPARATOR}")` }
    }
  }
}

function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** Cells that are already plain numbers (nearly all of an exported file) skip the clean-up below. */
const PLAIN_NUMBER = { '.': /^-?\d+(?:\.\d+)?$/, ',': /^-?\d+$/ } as const

export function parseNumber(text: string, decimal: '.' | ','): ParseResult {
  if (PLAIN_NUMBER[decimal].test(text)) {
    const n = Number(text)
    if (Number.isFinite(n)) return { ok: true, value: n }
  }
  // Spreadsheets save currency-formatted cells as "$12.50" or "12,50 €": accept one symbol and spaces.
  let t = text.trim().replace(/^[$€£¥]\s*/, '').replace(/\s*[$€£¥]$/, '').replace(/[\s\u00a0\u202f]/g, '')
  const other = decimal === '.' ? ',' : '.'
  const fail = (): ParseResult => ({ ok: false, message: `"${text}" is not a number (decimal separator "${decimal}", no thousands separators needed)` })
  if (t.includes(other)) {
    // The other separator is only accepted as thousands grouping in strict groups of three.
    const grouped = decimal === '.' ? /^-?\d{1,3}(,\d{3})+(\.\d+)?$/ : /^-?\d{1,3}(\.\d{3})+(,\d+)?$/
    if (!grouped.test(t)) return fail()
    t = t.split(other).join('')
  }
  if (decimal === ',') t = t.replace(',', '.')
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return fail()
  const n = Number(t)
  return Number.isFinite(n) ? { ok: true, value: n } : fail()
}

export function parseBoolean(text: string): ParseResult {
  const t = text.trim().toLowerCase()
  if (TRUE_WORDS.has(t)) return { ok: true, value: true }
  if (FALSE_WORDS.has(t)) return { ok: true, value: false }
  return { ok: false, message: `"${text}" is not yes/no (use yes, no, true, false, 1 or 0)` }
}

export function parseEnum(text: string, values: readonly string[]): ParseResult {
  const key = text.trim().toUpperCase().replace(/[\s-]+/g, '_')
  if (values.includes(key)) return { ok: true, value: key }
  return { ok: false, message: `"${text}" is not one of: ${values.join(', ')}` }
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/
const LOCAL = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/

/**
 * Dates become Ecwid's own text form "yyyy-MM-dd HH:mm:ss +0000" (UTC). Accepted: ISO 8601, Ecwid's
 * form, and dd.mm.yyyy / dd/mm/yyyy / mm/dd/yyyy (order from options; unambiguous days win).
 */
export function parseDate(text: string, order: 'DMY' | 'MDY'): ParseResult {
  const t = text.trim()
  const fail: ParseResult = { ok: false, message: `"${text}" is not a date (use 2025-03-31 or 31.03.2025)` }
  let y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offsetMin = 0
  const iso = ISO.exec(t)
  const local = iso ? null : LOCAL.exec(t)
  if (iso) {
    ;[y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    ;[h, mi, s] = [Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0)]
    const z = iso[7]
    if (z && z !== 'Z') {
      const digits = z.replace(':', '')
      offsetMin = (digits[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)))
    }
  } else if (local) {
    const a = Number(local[1])
    const b = Number(local[2])
    const dayFirst = a > 12 ? true : b > 12 ? false : order === 'DMY'
    ;[d, mo] = dayFirst ? [a, b] : [b, a]
    y = Number(local[3])
    ;[h, mi, s] = [Number(local[4] ?? 0), Number(local[5] ?? 0), Number(local[6] ?? 0)]
  } else return fail
  const ms = Date.UTC(y, mo - 1, d, h, mi, s)
  const check = new Date(ms)
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return fail
  return { ok: true, value: ecwidDate(ms - offsetMin * 60_000) }
}

export function ecwidDate(ms: number): string {
  const p = (n: number): string => String(n).padStart(2, '0')
  const x = new Date(ms)
  return `${x.getUTCFullYear()}-${p(x.getUTCMonth() + 1)}-${p(x.getUTCDate())} ${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())} +0000`
}

/** Instant of a date string in any accepted form, for comparing "2024-01-02 10:00:00 +0100" with its UTC twin. */
export function dateInstant(text: string): number | null {
  const r = parseDate(text, 'DMY')
  return r.ok ? Date.parse(String(r.value).replace(' ', 'T').replace(' +0000', 'Z')) : null
}
