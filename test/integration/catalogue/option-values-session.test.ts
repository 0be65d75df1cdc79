// Option value steps through whole sessions against the sandbox: add "XL" (+10 %) where Size exists,
// move it first, change M's modifier to an amount, make Size required with L preselected — one
// staging step over a search that also matches products without Size — push, and read them back.
// Shapes as Ecwid documents them: https://api-docs.ecwid.com/reference/update-a-product (options,
// choices, priceModifierType PERCENT|ABSOLUTE, defaultChoice, required).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ProductOption } from '../../../src/shared/model'
import { serverProduct, setup, type Harness } from '../sessions/helpers'
import { nameProductsWithoutOptions } from './helpers'

let h: Harness
let ids: number[]
beforeEach(async () => {
  h = await setup({ sandbox: { products: 60 } })
  ids = nameProductsWithoutOptions(h, 6, 'Value tee')
})
afterEach(async () => h.close())

const sizeOf = (id: number): ProductOption | undefined => (serverProduct(h.sb, id) as { options?: ProductOption[] }).options?.find((o) => o.name === 'Size')

describe('option value steps against the sandbox', () => {
  it('adds, moves, re-prices and requires values where the option exists, and Ecwid’s shapes come back', async () => {
    const { service, storeId } = h
    const selection = { query: { search: 'Value tee' } }
    const first = await service.api.createSession(storeId, 'sizes on 4')
    await service.api.applyBulk(storeId, first.id, 'products', { ids: ids.slice(0, 4) }, { kind: 'catalogue', steps: [{ kind: 'addOption', name: 'Size', values: ['S', 'M', 'L'], type: 'SIZE' }] })
    expect(await service.runPush(storeId, first.id)).toMatchObject({ applied: 4, failed: 0 })

    const s = await service.api.createSession(storeId, 'values')
    const steps = [
      { kind: 'addOptionValue', name: 'Size', value: 'XL', priceModifier: 10, priceModifierType: 'PERCENT' },
      { kind: 'moveOptionValue', name: 'Size', value: 'XL', position: 0 },
      { kind: 'setValuePriceModifier', name: 'Size', value: 'M', priceModifier: 2.5, priceModifierType: 'ABSOLUTE' },
      { kind: 'setOptionRequired', name: 'Size', required: true, defaultValue: 'L' }
    ] as const
    const preview = await service.api.previewBulk(storeId, s.id, 'products', selection, { kind: 'catalogue', steps: [...steps] })
    // The 2 products without Size are left as they are.
    expect(preview).toMatchObject({ matched: 6, entities: 4, changes: 4, unchanged: 2, invalid: [] })
    const staged = await service.api.applyBulk(storeId, s.id, 'products', selection, { kind: 'catalogue', steps: [...steps] })
    expect(staged.session.canUndo).toBe(true)
    expect(await service.runPush(storeId, s.id)).toMatchObject({ applied: 4, failed: 0, conflicts: 0 })
    for (const id of ids.slice(0, 4)) {
      expect(sizeOf(id)).toEqual({
        type: 'SIZE', name: 'Size', required: true, defaultChoice: 3,
        choices: [
          { text: 'XL', priceModifier: 10, priceModifierType: 'PERCENT' },
          { text: 'S', priceModifier: 0, priceModifierType: 'ABSOLUTE' },
          { text: 'M', priceModifier: 2.5, priceModifierType: 'ABSOLUTE' },
          { text: 'L', priceModifier: 0, priceModifierType: 'ABSOLUTE' }
        ]
      })
    }
    for (const id of ids.slice(4)) expect(sizeOf(id)).toBeUndefined()
  }, 60_000)
})
