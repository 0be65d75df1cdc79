// Every editable coupon field in the descriptors (src/shared/model/schema/coupon.ts) walks through
// every layer: staged and validated in a session, pushed to the sandbox, synced back, exported as CSV
// and re-imported. A field added to the descriptor is walked here without a new test.
// Ecwid: https://api-docs.ecwid.com/reference/update-discount-coupon (the writable fields of a coupon).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Coupon } from '@shared/model/coupon'
import { COUPON_FIELDS, type FieldDescriptor } from '@shared/model/schema'
import type { CellEdit, JsonValue } from '@shared/model/session'
import { getPath } from '../../../src/main/core/csv/field-path'
import { csvServiceFixture, type CsvServiceFixture } from '../csv/service-fixture'
import type { CouponQuery } from '@shared/model/grid'
import { queryCoupons } from '../../../src/main/core/store/grids'
import { cellOf, expectGridShows, isEmpty, sampleFor, walkedFields } from './walk-helpers'

let fx: CsvServiceFixture
beforeAll(async () => {
  fx = await csvServiceFixture()
}, 60_000)
afterAll(async () => {
  await fx?.close()
})

const walked = walkedFields(COUPON_FIELDS)

/** Ecwid refuses an end date before the start date: walk a start far back and an end far ahead. */
function sampleForCoupon(f: FieldDescriptor, c: Coupon, i: number, ids: number[]): JsonValue {
  if (f.path === 'launchDate') return '2001-02-03 00:00:00 +0000'
  if (f.path === 'expirationDate') return '2044-05-06 00:00:00 +0000'
  if (f.path === 'code') return `WALK-${i}`
  return sampleFor(f, c, i, ids)
}

describe('coupon field descriptors walk through every layer', () => {
  it('stage -> validate -> push -> sync -> export -> re-import, one field per coupon', async () => {
    const sb = fx.f.sb
    const storeId = sb.storeId
    const before = await fx.exported('coupons', 'before.csv')
    const ids = sb.state.categories.select(() => true).map((i) => sb.state.categories.get(i)?.id as number).filter((id) => id > 0)
    // Coupons a percent type may apply to (Ecwid caps a percent discount at 100).
    const candidates = sb.state.coupons.select(() => true).map((i) => sb.state.coupons.get(i) as Coupon).filter((c) => c.discount <= 100)
    expect(candidates.length).toBeGreaterThanOrEqual(walked.length)
    const plan = walked.map((f, i) => {
      const c = candidates[i] as Coupon
      return { f, id: c.id, value: sampleForCoupon(f, c, i, ids), had: !isEmpty(getPath(c, f.path)) }
    })

    const session = await fx.sessions.api.createSession(storeId, 'walk')
    const edits: CellEdit[] = plan.map((w) => ({ resource: 'coupons', entityId: String(w.id), field: w.f.path, value: w.value }))
    const staged = await fx.sessions.api.stageEdits(storeId, session.id, edits)
    expect(staged.rejected).toEqual([])
    expect(staged.staged).toBe(walked.length)

    expect(await fx.sessions.runPush(storeId, session.id)).toMatchObject({ applied: walked.length, failed: 0 })
    for (const w of plan) expect([w.f.path, getPath(serverCoupon(w.id), w.f.path)]).toEqual([w.f.path, w.value])

    const sync = await fx.f.cli(['sync'], { token: true })
    expect(sync.code, sync.stderr).toBe(0)

    // The synced grid shows each walked field's value, and its filter and sort find it; the synced
    // store exports what was pushed, re-importing that export changes nothing...
    expectGridShows((q) => queryCoupons(fx.db, q as CouponQuery), plan)
    const after = await fx.exported('coupons', 'after.csv')
    for (const w of plan) if (w.f.csv?.flat) expect([w.f.path, cellOf(after, w.f.csv.flat.header, 'ID', w.id)]).not.toEqual([w.f.path, ''])
    const again = await fx.csv.planCsvImport(storeId, { resource: 'coupons', fileToken: await fx.choose('again.csv', after) })
    expect(again.report.filter((l) => l.severity === 'error')).toEqual([])
    expect(again.changeCount).toBe(0)
    // ...and the export taken before the push changes back every walked field that had a value then.
    const expected = plan.filter((w) => w.had && w.f.csv?.flat).map((w) => w.f.path)
    const back = await fx.csv.planCsvImport(storeId, { resource: 'coupons', fileToken: await fx.choose('back.csv', before) })
    expect(back.report.filter((l) => l.severity === 'error')).toEqual([])
    const changed = new Set(back.fieldCounts.map((c) => c.field))
    expect(expected.filter((f) => !changed.has(f))).toEqual([])
  }, 120_000)
})

function serverCoupon(id: number): Coupon {
  const sb = fx.f.sb
  return sb.state.coupons.get(sb.state.couponIndex(id) as number) as Coupon
}
