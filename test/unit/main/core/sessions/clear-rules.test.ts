// Coupon statuses only Ecwid sets, the 128-character coupon code, and what clearing a cell stages
// (https://api-docs.ecwid.com/reference/update-discount-coupon, https://api-docs.ecwid.com/reference/update-product).
import { describe, expect, it } from 'vitest'
import { clearedValue, validateField, type ValidationContext } from '../../../../../src/main/core/sessions/validate'

const ctx: ValidationContext = { precision: 2, isSkuTaken: async () => false, isCouponCodeTaken: async () => false }

describe('Ecwid field rules', () => {
  it('refuses EXPIRED and USEDUP, and says why', async () => {
    expect(await validateField('coupons', 'status', 'PAUSED', '1', ctx)).toBeNull()
    expect(await validateField('coupons', 'status', 'EXPIRED', '1', ctx)).toMatch(/set by Ecwid itself/)
    expect(await validateField('coupons', 'status', 'USEDUP', '1', ctx)).toMatch(/ACTIVE, PAUSED/)
  })
  it('limits a coupon code to 128 characters', async () => {
    expect(await validateField('coupons', 'code', 'x'.repeat(128), '1', ctx)).toBeNull()
    expect(await validateField('coupons', 'code', 'x'.repeat(129), '1', ctx)).toMatch(/128/)
  })
  it('stages a documented "none" for a cleared field and refuses a clear Ecwid cannot do', async () => {
    expect(clearedValue('products', 'compareToPrice', null)).toBe(0)
    expect(clearedValue('products', 'costPrice', '')).toBe(0)
    expect(clearedValue('products', 'description', null)).toBe('')
    expect(await validateField('products', 'weight', null, '1', ctx)).toMatch(/cannot remove a weight/)
    expect(await validateField('coupons', 'expirationDate', null, '1', ctx)).toMatch(/end date/)
    expect(await validateField('products', 'compareToPrice', null, '1', ctx)).toBeNull()
  })
})
