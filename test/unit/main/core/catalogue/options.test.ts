// Catalogue steps over one product's working copy. Shapes as Ecwid documents them:
// https://api-docs.ecwid.com/reference/update-a-product (options, choices, defaultChoice) and
// https://api-docs.ecwid.com/reference/create-product-variation (options: [{name, value}]).
import { describe, expect, it } from 'vitest'
import type { ProductOption } from '../../../../../src/shared/model/product'
import { applySteps, stepsProblem, type WorkingProduct } from '../../../../../src/main/core/catalogue/options'

const size: ProductOption = {
  type: 'SIZE', name: 'Size', defaultChoice: 2, required: true,
  choices: [{ text: 'S' }, { text: 'M', priceModifier: 5, priceModifierType: 'PERCENT' }, { text: 'L' }]
}
const colour: ProductOption = { type: 'RADIO', name: 'Colour', choices: [{ text: 'Red' }, { text: 'Blue' }] }

function product(over: Partial<WorkingProduct> = {}): WorkingProduct {
  return { options: [size], variations: [], categoryIds: [], deleted: [], orphans: [], ...over }
}
let n = 0
const newId = (): string => `new:${++n}`
function run(p: WorkingProduct, ...steps: Parameters<typeof applySteps>[1]): WorkingProduct {
  const out = applySteps(p, steps, newId)
  if (out.kind !== 'ok') throw new Error(out.message)
  return out.product
}

describe('addOption', () => {
  it('adds a select option with the values in order to a product lacking it, and leaves others alone', () => {
    const p = run(product({ options: [] }), { kind: 'addOption', name: 'Size', values: ['S', 'M', 'L'] })
    expect(p.options).toEqual([
      { type: 'SELECT', name: 'Size', defaultChoice: 0, required: false, choices: ['S', 'M', 'L'].map((text) => ({ text, priceModifier: 0, priceModifierType: 'ABSOLUTE' })) }
    ])
    const had = product()
    expect(run(had, { kind: 'addOption', name: 'Size', values: ['XS'] })).toBe(had)
  })
})

describe('renameOptionValue', () => {
  it('keeps the position, modifier and default, and the variations that use the value follow', () => {
    const p = product({
      options: [size, colour],
      variations: [
        { entityId: '1/1', options: [{ name: 'Size', value: 'M' }, { name: 'Colour', value: 'Red' }] },
        { entityId: '1/2', options: [{ name: 'Size', value: 'S' }, { name: 'Colour', value: 'M' }] }
      ]
    })
    const out = run(p, { kind: 'renameOptionValue', name: 'Size', from: 'M', to: 'Medium' })
    expect(out.options[0]?.choices).toEqual([{ text: 'S' }, { text: 'Medium', priceModifier: 5, priceModifierType: 'PERCENT' }, { text: 'L' }])
    expect(out.options[0]?.defaultChoice).toBe(2)
    expect(out.options[1]).toBe(colour)
    expect(out.variations.map((v) => v.options)).toEqual([
      [{ name: 'Size', value: 'Medium' }, { name: 'Colour', value: 'Red' }],
      // Another option's value that happens to read "M" is not this option's value.
      [{ name: 'Size', value: 'S' }, { name: 'Colour', value: 'M' }]
    ])
  })

  it('refuses a rename onto an existing value and ignores products without the value', () => {
    expect(applySteps(product(), [{ kind: 'renameOptionValue', name: 'Size', from: 'M', to: 'L' }], newId)).toMatchObject({ kind: 'invalid' })
    const p = product()
    expect(run(p, { kind: 'renameOptionValue', name: 'Size', from: 'XL', to: 'Huge' })).toBe(p)
  })
})

describe('removeOptionValue', () => {
  const withVariations = (): WorkingProduct =>
    product({ variations: [{ entityId: '1/1', options: [{ name: 'Size', value: 'S' }] }, { entityId: '1/2', options: [{ name: 'Size', value: 'L' }] }] })

  it('lists the variations it orphans and keeps them unless asked to delete them', () => {
    const kept = run(withVariations(), { kind: 'removeOptionValue', name: 'Size', value: 'L' })
    expect(kept.options[0]?.choices?.map((c) => c.text)).toEqual(['S', 'M'])
    // defaultChoice pointed at the removed value: it falls back to the first.
    expect(kept.options[0]?.defaultChoice).toBe(0)
    expect(kept.orphans).toEqual(['1/2'])
    expect(kept.variations).toHaveLength(2)
    const gone = run(withVariations(), { kind: 'removeOptionValue', name: 'Size', value: 'L', deleteVariations: true })
    expect(gone.deleted).toEqual(['1/2'])
    expect(gone.variations.map((v) => v.entityId)).toEqual(['1/1'])
  })

  it('moves defaultChoice down when an earlier value goes', () => {
    expect(run(product(), { kind: 'removeOptionValue', name: 'Size', value: 'S' }).options[0]?.defaultChoice).toBe(1)
  })
})

describe('generateVariations', () => {
  it('creates one variation per missing combination, in option then choice order, with {name, value} selections', () => {
    const p = product({ options: [size, colour, { type: 'TEXTFIELD', name: 'Engraving' }], variations: [{ entityId: '1/1', options: [{ name: 'Colour', value: 'Blue' }, { name: 'Size', value: 'M' }] }] })
    const out = run(p, { kind: 'generateVariations' })
    const made = out.variations.slice(1)
    expect(made).toHaveLength(5)
    expect(made[0]?.options).toEqual([{ name: 'Size', value: 'S' }, { name: 'Colour', value: 'Red' }])
    expect(made.map((v) => v.options.map((o) => o.value).join('/'))).toEqual(['S/Red', 'S/Blue', 'M/Red', 'L/Red', 'L/Blue'])
    expect(made.every((v) => v.entityId.startsWith('new:'))).toBe(true)
    expect(run(out, { kind: 'generateVariations' })).toBe(out)
  })

  it('works on the option added in the same step list, and on renamed values', () => {
    const out = run(product({ options: [] }), { kind: 'addOption', name: 'Size', values: ['S', 'M'] }, { kind: 'generateVariations' }, { kind: 'renameOptionValue', name: 'Size', from: 'M', to: 'Medium' })
    expect(out.variations.map((v) => v.options)).toEqual([[{ name: 'Size', value: 'S' }], [{ name: 'Size', value: 'Medium' }]])
  })
})

describe('stepsProblem', () => {
  it('says what to fix', () => {
    expect(stepsProblem([])).toMatch(/Choose/)
    expect(stepsProblem([{ kind: 'addOption', name: 'Size', values: ['S', 'S'] }])).toMatch(/twice/)
    expect(stepsProblem([{ kind: 'addOption', name: ' ', values: ['S'] }])).toMatch(/option name/)
    expect(stepsProblem([{ kind: 'addCategory', categoryId: 0 }])).toMatch(/category id/)
    expect(stepsProblem([{ kind: 'generateVariations' }])).toBeNull()
  })
})
