// Runs every row of the Ecwid contract against the sandbox and, with STOCKROOM_LIVE_STORE and
// STOCKROOM_LIVE_TOKEN set, against a real test store (write rows there only with
// STOCKROOM_LIVE_WRITES=1). See README, "Ecwid contract suite".
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ContractRow } from './contract'
import { batchRows } from './rows/batch'
import { categoryRows } from './rows/categories'
import { couponRows } from './rows/coupons'
import { customerRows } from './rows/customers'
import { errorRows } from './rows/errors'
import { orderRows } from './rows/orders'
import { productRows } from './rows/products'
import { profileRows } from './rows/profile'
import { liveTarget, sandboxTarget, type Target } from './target'

export const ROWS: readonly ContractRow[] = [...productRows, ...categoryRows, ...orderRows, ...customerRows, ...couponRows, ...profileRows, ...batchRows, ...errorRows]

describe('contract table', () => {
  it('has unique ids, an Ecwid page for each row', () => {
    expect(new Set(ROWS.map((r) => r.id)).size).toBe(ROWS.length)
    for (const r of ROWS) expect(r.doc, r.id).toMatch(/^https:\/\/(api-)?docs\.ecwid\.com\//)
  })
})

function suite(name: string, make: () => Promise<Target>): void {
  describe(`Ecwid contract on the ${name}`, () => {
    let target: Target
    beforeAll(async () => {
      target = await make()
    })
    afterAll(() => target?.close())
    for (const row of ROWS) {
      it(`${row.id} (${row.doc})`, async (t) => {
        if (target.name === 'live' && row.sandboxOnly) t.skip(`sandbox only: ${row.sandboxOnly}`)
        if (row.kind === 'write' && !target.writes) t.skip('write row: set STOCKROOM_LIVE_WRITES=1 to run it on the live store')
        const { ctx, done } = target.ctx((reason) => {
          t.skip(reason)
          throw new Error(reason)
        })
        try {
          await row.run(ctx)
        } finally {
          await done()
        }
      }, 30_000)
    }
  })
}

suite('sandbox', sandboxTarget)

const live = liveTarget()
if (live) suite('live store', async () => live)
else {
  describe('Ecwid contract on a live store', () => {
    it.skip('skipped: set STOCKROOM_LIVE_STORE and STOCKROOM_LIVE_TOKEN (a test store) to run the contract against Ecwid', () => {})
  })
}
