// Money and weight as the store shows them, from the profile's formatsAndUnits (prefix/suffix,
// precision, separators). Pure and DOM-free so it is unit-tested; never used for editing or copying.
import type { FormatsAndUnits } from '@shared/model/profile'

export interface NumberStyle {
  precision: number
  groupSeparator: string
  decimalSeparator: string
  /** "12" instead of "12.00" when the fraction is zero. */
  truncateZeroFractional: boolean
}

export interface MoneyStyle extends NumberStyle {
  prefix: string
  suffix: string
}

const clampPrecision = (p: unknown, fallback: number): number => (typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= 8 ? p : fallback)
const str = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback)

/**
 * The money style of a store. Without a synced profile yet, the currency code is shown as a suffix so
 * a number is never mistaken for dollars.
 */
export function moneyStyle(f: FormatsAndUnits | null | undefined, currency = ''): MoneyStyle {
  if (!f) return { prefix: '', suffix: currency ? ` ${currency}` : '', precision: 2, groupSeparator: ',', decimalSeparator: '.', truncateZeroFractional: false }
  const hasAffix = typeof f.currencyPrefix === 'string' || typeof f.currencySuffix === 'string'
  return {
    prefix: str(f.currencyPrefix, ''),
    suffix: hasAffix ? str(f.currencySuffix, '') : ` ${f.currency || currency}`,
    precision: clampPrecision(f.currencyPrecision, 2),
    groupSeparator: str(f.currencyGroupSeparator, ','),
    decimalSeparator: str(f.currencyDecimalSeparator, '.') || '.',
    truncateZeroFractional: f.currencyTruncateZeroFractional === true
  }
}

export function weightStyle(f: FormatsAndUnits | null | undefined): NumberStyle & { unit: string } {
  return {
    precision: clampPrecision(f?.weightPrecision, 2),
    groupSeparator: str(f?.weightGroupSeparator, ','),
    decimalSeparator: str(f?.weightDecimalSeparator, '.') || '.',
    truncateZeroFractional: f?.weightTruncateZeroFractional ?? true,
    unit: WEIGHT_ABBR[f?.weightUnit ?? ''] ?? ''
  }
}

const WEIGHT_ABBR: Record<string, string> = { CARAT: 'ct', GRAM: 'g', OUNCE: 'oz', POUND: 'lb', KILOGRAM: 'kg' }

/** Rounds half away from zero on the decimal text, so 1.005 → 1.01 (toFixed alone gives 1.00). */
function roundTo(value: number, precision: number): number {
  const shifted = Number(`${Math.abs(value)}e${precision}`)
  return Number(`${Math.round(shifted)}e-${precision}`)
}

/** A number with the given separators; '' for null, NaN and infinities. */
export function formatNumber(value: number | null | undefined, style: NumberStyle): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  const rounded = roundTo(value, style.precision)
  const [whole = '0', frac = ''] = rounded.toFixed(style.precision).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.groupSeparator)
  const keepFraction = style.precision > 0 && !(style.truncateZeroFractional && /^0*$/.test(frac))
  const sign = value < 0 && rounded !== 0 ? '-' : ''
  return `${sign}${grouped}${keepFraction ? style.decimalSeparator + frac : ''}`
}

/** "$1,234.50", "1.234,50 €", "-$3.00"; '' for no value. */
export function formatMoney(value: number | null | undefined, style: MoneyStyle): string {
  const n = formatNumber(value, style)
  if (n === '') return ''
  const negative = n.startsWith('-')
  return `${negative ? '-' : ''}${style.prefix}${negative ? n.slice(1) : n}${style.suffix}`
}

/** "1.5 kg"; '' for no value. */
export function formatWeight(value: number | null | undefined, style: NumberStyle & { unit: string }): string {
  const n = formatNumber(value, style)
  return n === '' ? '' : style.unit ? `${n} ${style.unit}` : n
}
