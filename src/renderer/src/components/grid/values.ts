// Cell values per column type: display text, parsing typed or pasted text, clipboard text, equality.
// Pure; money formatting comes from the caller's `format`, so no currency rules live here.
import type { CellValue, GridColumn } from './types'

/** Accepts 1234.5, 1,234.50, 1.234,50, 1 234,5, $12, 12 €, (12.00) for -12. NaN when not a number. */
export function parseNumber(text: string): number {
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, '')
  let negative = false
  if (/^\(.*\)$/.test(s)) {
    negative = true
    s = s.slice(1, -1)
  }
  s = s.replace(/^[^\d.,+-]+|[^\d.,]+$/g, '')
  if (s.startsWith('-')) {
    negative = !negative
    s = s.slice(1)
  } else if (s.startsWith('+')) s = s.slice(1)
  s = s.replace(/^[^\d.,]+/, '')
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return NaN
  const lastDot = s.lastIndexOf('.')
  const lastComma = s.lastIndexOf(',')
  let decimal: string | null = null
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ','
  else if (lastComma >= 0) {
    // A single comma followed by exactly three digits is a thousands separator (1,234); else decimal.
    const single = s.indexOf(',') === lastComma
    decimal = single && s.length - lastComma - 1 !== 3 ? ',' : null
  } else if (lastDot >= 0) {
    const single = s.indexOf('.') === lastDot
    decimal = single ? '.' : null
  }
  const thousands = decimal === '.' ? ',' : decimal === ',' ? '.' : s.includes(',') ? ',' : '.'
  let normal = s.split(thousands).join('')
  if (decimal === ',') normal = normal.replace(',', '.')
  if ((normal.match(/\./g) ?? []).length > 1) return NaN
  const n = Number(normal)
  return Number.isFinite(n) ? (negative ? -n : n) : NaN
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'on', '✓', '✔', 'x', 'enabled'])
const FALSE = new Set(['false', 'no', 'n', '0', 'off', '', 'disabled'])

export function parseBoolean(text: string): boolean | null {
  const t = text.trim().toLowerCase()
  if (TRUE.has(t)) return true
  if (FALSE.has(t)) return false
  return null
}

/** 'YYYY-MM-DD' for anything Date can read without guessing day/month order; null when not a date. */
export function parseDate(text: string): string | null {
  const t = text.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t)
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  // 3/4/2024 is ambiguous (March or April): refuse rather than guess.
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(t)) return null
  const ms = Date.parse(t)
  if (Number.isNaN(ms)) return null
  const d = new Date(ms)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** What Delete writes: empty text for text-like columns, null (no value) for the others. */
export function emptyValue<Row>(col: GridColumn<Row>): CellValue {
  return col.type === 'text' || col.type === 'html' ? '' : null
}

/** Text typed or pasted into a cell -> the value for its type; unparseable text stays a string. */
export function parseInput<Row>(col: GridColumn<Row>, text: string): CellValue {
  const t = text.trim()
  switch (col.type) {
    case 'text':
    case 'html':
    case 'image':
      return col.type === 'image' ? t : text
    case 'number':
    case 'money':
    case 'integer': {
      if (t === '') return null
      const n = parseNumber(t)
      if (Number.isNaN(n) || (col.type === 'integer' && !Number.isInteger(n))) return text
      return n
    }
    case 'boolean': {
      const b = parseBoolean(t)
      return b === null ? text : b
    }
    case 'enum': {
      if (t === '') return null
      const lower = t.toLowerCase()
      const opt = col.options?.find((o) => o.value.toLowerCase() === lower) ?? col.options?.find((o) => o.label.toLowerCase() === lower)
      return opt ? opt.value : text
    }
    case 'date':
      return t === '' ? null : (parseDate(t) ?? text)
  }
}

export function enumLabel<Row>(col: GridColumn<Row>, value: CellValue): string {
  const opt = col.options?.find((o) => o.value === value)
  return opt ? opt.label : value === null ? '' : String(value)
}

/** Text shown in a cell (not for booleans/images, which render as controls). */
export function displayText<Row>(col: GridColumn<Row>, value: CellValue, row?: Row): string {
  if (col.format) return col.format(value, row)
  if (value === null || value === undefined) return ''
  if (col.type === 'enum') return enumLabel(col, value)
  if (col.type === 'boolean') return value === true ? 'Yes' : value === false ? 'No' : String(value)
  return String(value)
}

/**
 * Text copied to the clipboard: raw, unformatted values (dot decimals, ISO dates, TRUE/FALSE) so a
 * spreadsheet reads numbers as numbers and a copy pasted back yields the same values.
 */
export function clipboardText<Row>(col: GridColumn<Row>, value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (col.type === 'boolean' && typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (col.type === 'enum') return enumLabel(col, value)
  return String(value)
}

/** The text an editor starts with when the user presses Enter/F2. */
export function editText(value: CellValue): string {
  return value === null || value === undefined ? '' : String(value)
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true
  // Empty text and no value are the same to a merchant: don't stage a change between them.
  return (a === null || a === '') && (b === null || b === '')
}

export function isEditable<Row>(col: GridColumn<Row>, row: Row): boolean {
  if (col.type === 'image' && col.editable === undefined) return false
  const e = col.editable ?? false
  return typeof e === 'function' ? e(row) : e
}

export function defaultAlign<Row>(col: GridColumn<Row>): 'start' | 'center' | 'end' {
  if (col.align) return col.align
  if (col.type === 'number' || col.type === 'money' || col.type === 'integer') return 'end'
  if (col.type === 'boolean' || col.type === 'image') return 'center'
  return 'start'
}
