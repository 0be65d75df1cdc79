// Typed cell parsing and row validation: numbers per decimal separator, booleans, dates, enums, blanks.
import { describe, expect, it } from 'vitest'
import { parseBoolean, parseDate, parseEnum, parseNumber } from '../../../../../src/main/core/csv/cell-codec'
import { PRODUCT_FLAT_COLUMNS } from '../../../../../src/main/core/csv/formats/products-flat'
import { validateRow, toReport, DEFAULT_VALIDATE_OPTIONS } from '../../../../../src/main/core/csv/validate'

describe('typed parsing', () => {
  it.each([
    ['12.5', '.', 12.5],
    ['1,234.50', '.', 1234.5],
    ['$ 9.99', '.', 9.99],
    ['12,5', ',', 12.5],
    ['1.234,5', ',', 1234.5],
    ['12,50 €', ',', 12.5],
    ['-0,75', ',', -0.75]
  ] as const)('number %j with %j', (text, dec, value) => expect(parseNumber(text, dec)).toEqual({ ok: true, value }))

  it.each([['12,5', '.'], ['1.5.5', '.'], ['12.5', ','], ['abc', '.'], ['', '.']] as const)('rejects %j with %j', (text, dec) => {
    expect(parseNumber(text, dec).ok).toBe(false)
  })

  it('reads plain digits as the full clean-up does: leading zeros, minus zero, huge and overflowing numbers', () => {
    for (const dec of ['.', ','] as const) {
      for (const text of ['007', '-0', '0', '123456789012345678901234567890', '1' + '0'.repeat(400), '-' + '9'.repeat(400)]) {
        const value = Number(text)
        expect(parseNumber(text, dec)).toEqual(Number.isFinite(value) ? { ok: true, value } : { ok: false, message: expect.stringContaining('is not a number') })
      }
    }
    expect(parseNumber('0.10', '.')).toEqual({ ok: true, value: 0.1 })
    expect(parseNumber('1' + '0'.repeat(400) + '.5', '.').ok).toBe(false)
  })

  it('booleans, enums and dates', () => {
    expect(['yes', 'TRUE', '1', 'y'].map((t) => parseBoolean(t))).toEqual(Array(4).fill({ ok: true, value: true }))
    expect(['no', 'False', '0'].map((t) => parseBoolean(t))).toEqual(Array(3).fill({ ok: true, value: false }))
    expect(parseBoolean('maybe').ok).toBe(false)
    expect(parseEnum('awaiting payment', ['AWAITING_PAYMENT', 'PAID'])).toEqual({ ok: true, value: 'AWAITING_PAYMENT' })
    expect(parseEnum('shipped', ['PAID']).ok).toBe(false)
    expect(parseDate('2025-03-31', 'DMY')).toEqual({ ok: true, value: '2025-03-31 00:00:00 +0000' })
    expect(parseDate('2025-03-31T10:00:00+02:00', 'DMY')).toEqual({ ok: true, value: '2025-03-31 08:00:00 +0000' })
    expect(parseDate('2024-09-04 07:20:11 +0000', 'DMY')).toEqual({ ok: true, value: '2024-09-04 07:20:11 +0000' })
    expect(parseDate('03/04/2025', 'DMY')).toEqual({ ok: true, value: '2025-04-03 00:00:00 +0000' })
    expect(parseDate('03/04/2025', 'MDY')).toEqual({ ok: true, value: '2025-03-04 00:00:00 +0000' })
    expect(parseDate('31.12.2025 23:59', 'MDY')).toEqual({ ok: true, value: '2025-12-31 23:59:00 +0000' })
    expect(parseDate('31.02.2025', 'DMY').ok).toBe(false)
  })
})

describe('validateRow', () => {
  const columns = PRODUCT_FLAT_COLUMNS.map((def, index) => ({ index, header: def.header, def }))
  const cells = (over: Record<string, string>): string[] => PRODUCT_FLAT_COLUMNS.map((c) => over[c.header] ?? '')

  it('blank means unchanged, read-only columns are not parsed, bad cells are reported', () => {
    const v = validateRow({ row: 7, cells: cells({ ID: '5', Price: 'cheap', Total: 'x', 'In stock': 'dunno', Name: "'=X" }), issues: [] }, columns)
    expect(v.values).toEqual({ id: 5, name: '=X' })
    expect(v.valid).toBe(false)
    expect(toReport(v.issues)).toEqual([{ row: 7, column: 'Price', value: 'cheap', message: expect.stringMatching(/^Row 7, Price: "cheap" is not a number/) }])
  })

  it('blank clears only when chosen, and only editable fields', () => {
    const v = validateRow({ row: 2, cells: cells({ SKU: 'A' }), issues: [] }, columns, { ...DEFAULT_VALIDATE_OPTIONS, blankClears: true })
    expect(v.values['description']).toBeNull()
    expect('id' in v.values).toBe(false)
    expect('created' in v.values).toBe(false)
  })
})
