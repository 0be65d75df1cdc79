// Field validation before staging: messages a merchant understands for money, quantities, enums,
// unique SKU and coupon code (in the store and within the session), dates, required fields.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { stageEdits } from '../../../../../src/main/core/sessions/staging'
import { coerceValue, parseDate, validateField, type ValidationContext } from '../../../../../src/main/core/sessions/validate'
import { unitHarness, type UnitHarness } from './helpers'

const ctx: ValidationContext = {
  precision: 2,
  isSkuTaken: async (sku) => sku === 'USED',
  isCouponCodeTaken: async (code) => code.toLowerCase() === 'spring'
}
const check = (resource: Parameters<typeof validateField>[0], field: string, value: Parameters<typeof validateField>[2]) => validateField(resource, field, value, '1', ctx)

describe('validateField', () => {
  it('checks money at the store precision', async () => {
    expect(await check('products', 'price', 12.99)).toBeNull()
    expect(await check('products', 'price', -1)).toBe('Price cannot be negative.')
    expect(await check('products', 'price', 1.999)).toBe("Price can have at most 2 decimals in this store's currency (got 1.999).")
    expect(await check('products', 'price', '12')).toBe('Price must be a number, like 12.99.')
    expect(await check('products', 'price', null)).toMatch(/Price cannot be empty/)
    expect(await validateField('products', 'price', 12.5, '1', { ...ctx, precision: 0 })).toBe("Price can have at most 0 decimals in this store's currency (got 12.5).")
  })

  it('checks quantities, enums, dates and emails', async () => {
    expect(await check('products', 'quantity', 2.5)).toBe('Quantity must be a whole number.')
    expect(await check('products', 'quantity', -3)).toBe('Quantity cannot be negative.')
    expect(await check('coupons', 'discountType', 'HALF')).toBe('discountType must be one of: ABS, PERCENT, SHIPPING, ABS_AND_SHIPPING, PERCENT_AND_SHIPPING.')
    expect(await check('orders', 'fulfillmentStatus', 'SHIPPED')).toBeNull()
    expect(await check('orders', 'paymentStatus', 'PAYED')).toMatch(/^paymentStatus must be one of: AWAITING_PAYMENT/)
    expect(await check('coupons', 'expirationDate', '2025-02-30')).toMatch(/not a valid date/)
    expect(await check('coupons', 'expirationDate', '2025-12-31 23:59:00 +0000')).toBeNull()
    expect(await check('customers', 'email', 'not-an-email')).toBe('email is not a valid email address.')
    expect(await check('products', 'updateTimestamp', 1)).toMatch(/set by Ecwid/)
  })

  it('checks unique SKU and coupon code', async () => {
    expect(await check('products', 'sku', 'USED')).toBe('SKU “USED” is already used by another product.')
    expect(await check('products', 'sku', '')).toBe('SKU cannot be empty.')
    expect(await check('coupons', 'code', 'SPRING')).toBe('Coupon code “SPRING” is already used by another coupon.')
    expect(await check('products', 'sku', 'FREE')).toBeNull()
  })

  it('parses typed text into the field’s type', () => {
    expect(coerceValue('products', 'price', '9,50')).toBe(9.5)
    expect(coerceValue('products', 'enabled', 'no')).toBe(false)
    expect(coerceValue('products', 'sku', '00123')).toBe('00123')
    expect(() => coerceValue('products', 'price', 'abc')).toThrow('Price must be a number (got “abc”).')
    expect(parseDate('2024-02-29')).toBe(1709164800)
  })
})

describe('staging validation', () => {
  let h: UnitHarness
  beforeEach(() => {
    h = unitHarness()
  })
  afterEach(() => h.close())

  it('rejects invalid edits one by one and stages the rest', async () => {
    const r = await stageEdits(h.deps, h.sessionId, [
      { resource: 'products', entityId: 1, field: 'price', value: -5 },
      { resource: 'products', entityId: 2, field: 'sku', value: 'MUG-1' },
      { resource: 'products', entityId: 3, field: 'name', value: 'Linen towel' },
      { resource: 'products', entityId: 99, field: 'name', value: 'Ghost' }
    ])
    expect(r.staged).toBe(1)
    expect(r.rejected.map((x) => [x.index, x.message])).toEqual([
      [0, 'Price cannot be negative.'],
      [1, 'SKU “MUG-1” is already used by another product.'],
      [3, 'This entry is not in the local data any more; sync the store and try again.']
    ])
  })

  it('refuses the same new SKU on two products of one session', async () => {
    await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 1, field: 'sku', value: 'NEW-SKU' }])
    const r = await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 2, field: 'sku', value: 'new-sku' }])
    expect(r.rejected[0]?.message).toBe('Another entry in this session already uses “new-sku”.')
  })
})
