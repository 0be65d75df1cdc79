// Coupon cells as a merchant reads them: the discount with its unit (percent vs amount), and an Active
// coupon whose end date has passed flagged until Ecwid's own EXPIRED status arrives with a sync.
import { describe, expect, it } from 'vitest'
import type { CouponRow } from '@shared/model/grid'
import { couponColumns } from '../../../src/renderer/src/components/coupons/coupon-columns'
import { cellView } from '../../../src/renderer/src/components/grid/cell-view'

const NOW = Date.parse('2026-06-15T12:00:00Z')
const columns = couponColumns({ date: (ms) => String(ms), money: (v) => (v === null || v === undefined ? '' : `$${v.toFixed(2)}`), now: () => NOW })
const col = (key: string) => {
  const c = columns.find((x) => x.key === key)
  if (!c) throw new Error(key)
  return c
}
const row = (over: Partial<CouponRow>): CouponRow => ({ id: 1, name: 'Spring', code: 'SPRING', discountType: 'PERCENT', discount: 10, status: 'ACTIVE', launchDate: null, expirationDate: null, usesLimit: 'UNLIMITED', orderCount: 0, ...over }) as CouponRow
const text = (key: string, r: CouponRow) => cellView(col(key), r, false, undefined).text

describe('coupon columns', () => {
  it('shows the discount with its unit: percent, store money, none for free shipping alone', () => {
    expect(text('discount', row({ discountType: 'PERCENT', discount: 15 }))).toBe('15 %')
    expect(text('discount', row({ discountType: 'PERCENT_AND_SHIPPING', discount: 5 }))).toBe('5 %')
    expect(text('discount', row({ discountType: 'ABS', discount: 15 }))).toBe('$15.00')
    expect(text('discount', row({ discountType: 'ABS_AND_SHIPPING', discount: 2.5 }))).toBe('$2.50')
    expect(text('discount', row({ discountType: 'SHIPPING', discount: 0 }))).toBe('—')
    // Editing and copying still use the bare number.
    expect(col('discount').value(row({ discountType: 'ABS', discount: 15 }))).toBe(15)
  })

  it('flags an Active coupon past its end date, and only that one', () => {
    const yesterday = NOW - 86_400_000
    expect(text('status', row({ status: 'ACTIVE', expirationDate: yesterday }))).toBe('Active · past expiry')
    expect(text('status', row({ status: 'ACTIVE', expirationDate: NOW + 86_400_000 }))).toBe('Active')
    expect(text('status', row({ status: 'ACTIVE', expirationDate: null }))).toBe('Active')
    expect(text('status', row({ status: 'EXPIRED', expirationDate: yesterday }))).toBe('Expired')
    expect(text('status', row({ status: 'PAUSED', expirationDate: yesterday }))).toBe('Paused')
    // A staged end date arrives as Ecwid date text.
    expect(text('status', row({ status: 'ACTIVE', expirationDate: '2026-06-01 00:00:00 +0000' as unknown as number }))).toBe('Active · past expiry')
    // The editor still offers only what Ecwid's API may set.
    expect(col('status').editOptions?.map((o) => o.value)).not.toContain('EXPIRED')
  })
})
