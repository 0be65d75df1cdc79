// format/money: store currency styles from formatsAndUnits, rounding, separators and fallbacks.
import { describe, expect, it } from 'vitest'
import { formatMoney, formatNumber, formatWeight, moneyStyle, weightStyle } from '../../../src/renderer/src/format/money'

describe('formatMoney', () => {
  const usd = moneyStyle({ currency: 'USD', currencyPrefix: '$', currencySuffix: '', currencyPrecision: 2, currencyGroupSeparator: ',', currencyDecimalSeparator: '.' })
  const eur = moneyStyle({ currency: 'EUR', currencyPrefix: '', currencySuffix: ' €', currencyPrecision: 2, currencyGroupSeparator: '.', currencyDecimalSeparator: ',' })

  it('uses prefix, suffix and separators of the store', () => {
    expect(formatMoney(1234.5, usd)).toBe('$1,234.50')
    expect(formatMoney(1234567.891, eur)).toBe('1.234.567,89 €')
    expect(formatMoney(0, usd)).toBe('$0.00')
  })
  it('puts the minus before the prefix and never shows -0', () => {
    expect(formatMoney(-3, usd)).toBe('-$3.00')
    expect(formatMoney(-0.001, usd)).toBe('$0.00')
  })
  it('rounds half away from zero on the decimal value', () => {
    expect(formatMoney(1.005, usd)).toBe('$1.01')
    expect(formatMoney(2.675, usd)).toBe('$2.68')
  })
  it('honours precision 0 and truncated zero fractions', () => {
    expect(formatMoney(1500, moneyStyle({ currency: 'JPY', currencyPrefix: '¥', currencyPrecision: 0 }))).toBe('¥1,500')
    const trunc = moneyStyle({ currency: 'USD', currencyPrefix: '$', currencyTruncateZeroFractional: true })
    expect(formatMoney(12, trunc)).toBe('$12')
    expect(formatMoney(12.5, trunc)).toBe('$12.50')
  })
  it('shows nothing for no value and falls back to the currency code without a profile', () => {
    expect(formatMoney(null, usd)).toBe('')
    expect(formatMoney(Number.NaN, usd)).toBe('')
    expect(formatMoney(9.9, moneyStyle(null, 'CHF'))).toBe('9.90 CHF')
    expect(formatMoney(9.9, moneyStyle({ currency: 'GBP' }))).toBe('9.90 GBP')
  })
  it('accepts an empty group separator and odd precisions safely', () => {
    const s = moneyStyle({ currency: 'X', currencyPrefix: '', currencySuffix: '', currencyGroupSeparator: '', currencyPrecision: 99 })
    expect(formatMoney(1234.5, s)).toBe('1234.50')
  })
})

describe('formatNumber / formatWeight', () => {
  it('groups thousands with any separator', () => {
    expect(formatNumber(1234567, { precision: 0, groupSeparator: ' ', decimalSeparator: ',', truncateZeroFractional: false })).toBe('1 234 567')
  })
  it('adds the weight unit and drops a zero fraction by default', () => {
    expect(formatWeight(1.5, weightStyle({ currency: 'USD', weightUnit: 'KILOGRAM', weightPrecision: 2 }))).toBe('1.50 kg')
    expect(formatWeight(2, weightStyle({ currency: 'USD', weightUnit: 'POUND' }))).toBe('2 lb')
    expect(formatWeight(null, weightStyle(null))).toBe('')
  })
})
