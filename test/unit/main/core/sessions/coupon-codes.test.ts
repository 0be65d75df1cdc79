// Generated coupon codes: unambiguous alphabet, unique against the store and the session, staged as
// creates in one undo step, and a clear message when the code space is too small.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CODE_ALPHABET } from '../../../../../src/shared/model/coupon-codes'
import { stageCouponCodes } from '../../../../../src/main/core/sessions/coupon-codes'
import { reviewPage } from '../../../../../src/main/core/sessions/review'
import { unitHarness, type UnitHarness } from './helpers'

let h: UnitHarness
beforeEach(() => {
  h = unitHarness()
})
afterEach(() => h.close())

const base = { prefix: 'SP-', length: 6, name: 'Promo {code}', discountType: 'PERCENT', discount: 10, status: 'ACTIVE', usesLimit: 'SINGLE' } as const

describe('stageCouponCodes', () => {
  it('stages N unique creates with safe characters as one undo step', async () => {
    const r = await stageCouponCodes(h.deps, h.sessionId, { ...base, count: 200 })
    expect(new Set(r.codes.map((c) => c.toLowerCase())).size).toBe(200)
    for (const c of r.codes) expect(c).toMatch(new RegExp(`^SP-[${CODE_ALPHABET}]{6}$`))
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/)
    const page = reviewPage(h.engine.db, h.sessionId, { resource: 'coupons', field: 'code', limit: 1000 })
    expect(page.total).toBe(200)
    expect(page.rows[0]).toEqual(expect.objectContaining({ kind: 'create' }))
    const names = reviewPage(h.engine.db, h.sessionId, { resource: 'coupons', field: 'name', limit: 1 }).rows
    expect(names[0]?.after).toMatch(/^Promo SP-/)
    h.engine.undo.undo(h.sessionId)
    expect(reviewPage(h.engine.db, h.sessionId, {}).total).toBe(0)
  })

  it('skips codes the store or the session already has', async () => {
    // A two-letter alphabet stand-in: always "SPRING" first, then fresh ones.
    let n = 0
    const pick = (k: number): number => (n++ < 6 ? 'SPRING'.split('').map((ch) => CODE_ALPHABET.indexOf(ch))[n - 1] ?? 0 : Math.floor(Math.random() * k))
    const r = await stageCouponCodes(h.deps, h.sessionId, { ...base, prefix: '', length: 6, count: 3 }, pick)
    expect(r.codes.map((c) => c.toUpperCase())).not.toContain('SPRING')
    expect(r.codes).toHaveLength(3)
  })

  it('explains when the settings are invalid or the code space is exhausted', async () => {
    await expect(stageCouponCodes(h.deps, h.sessionId, { ...base, count: 1, discountType: 'NOPE' as 'PERCENT' })).rejects.toThrow(/discountType|must be one of/)
    await expect(stageCouponCodes(h.deps, h.sessionId, { ...base, count: 5 }, () => 0)).rejects.toThrow(/make the codes longer/)
  })
})
