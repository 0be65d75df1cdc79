// Catalogue steps on one option's values over one product's working copy: add a value, move it,
// change its price modifier, make the option required with a default. Shapes as Ecwid documents them:
// https://api-docs.ecwid.com/reference/update-a-product (choices, priceModifierType, defaultChoice, required).
import { describe, expect, it } from 'vitest'
import type { ProductOption } from '../../../../../src/shared/model/product'
import type { CatalogueStep } from '../../../../../src/shared/model/session'
import { applySteps, stepsProblem, type WorkingProduct } from '../../../../../src/main/core/catalogue/options'

const size: ProductOption = {
  type: 'SIZE', name: 'Size', defaultChoice: 1, required: false,
  choices: [{ text: 'S' }, { text: 'M', priceModifier: 5, priceModifierType: 'PERCENT' }, { text: 'L' }]
}
const engraving: ProductOption = { type: 'TEXTFIELD', name: 'Engraving' }

const product = (over: Partial<WorkingProduct> = {}): WorkingProduct => ({ options: [size, engraving], variations: [], categoryIds: [], deleted: [], orphans: [], ...over })
const newId = (): string => 'new:1'
function run(p: WorkingProduct, ...steps: CatalogueStep[]): WorkingProduct {
  const out = applySteps(p, steps, newId)
  if (out.kind !== 'ok') throw new Error(out.message)
  return out.product
}
const texts = (p: WorkingProduct): string[] => (p.options[0]?.choices ?? []).map((c) => c.text)

describe('addOption without values', () => {
  it('adds a text, date or file field with its required flag and no choices; values for one are refused', () => {
    const out = run(product({ options: [] }), { kind: 'addOption', name: 'Gift note', values: [], type: 'TEXTAREA', required: true })
    expect(out.options).toEqual([{ type: 'TEXTAREA', name: 'Gift note', required: true }])
    expect(stepsProblem([{ kind: 'addOption', name: 'Delivery', values: [], type: 'DATE' }])).toBeNull()
    expect(stepsProblem([{ kind: 'addOption', name: 'Delivery', values: ['Monday'], type: 'DATE' }])).toMatch(/has no values/)
    expect(stepsProblem([{ kind: 'addOption', name: 'Size', values: [], type: 'SIZE' }])).toMatch(/at least one value/)
  })
})

describe('addOptionValue', () => {
  it('appends the value with its modifier (0 ABSOLUTE by default); a product with it, or without the option, is left alone', () => {
    const out = run(product(), { kind: 'addOptionValue', name: 'Size', value: 'XL', priceModifier: 10, priceModifierType: 'PERCENT' })
    expect(out.options[0]?.choices?.at(-1)).toEqual({ text: 'XL', priceModifier: 10, priceModifierType: 'PERCENT' })
    expect(out.options[0]?.defaultChoice).toBe(1)
    expect(out.options[1]).toBe(engraving)
    expect(run(product(), { kind: 'addOptionValue', name: 'Size', value: 'XS' }).options[0]?.choices?.at(-1)).toEqual({ text: 'XS', priceModifier: 0, priceModifierType: 'ABSOLUTE' })
    for (const [p, step] of [
      [product(), { kind: 'addOptionValue', name: 'Size', value: 'M' }],
      [product(), { kind: 'addOptionValue', name: 'Colour', value: 'Red' }],
      // A text field has no values to add to.
      [product(), { kind: 'addOptionValue', name: 'Engraving', value: 'Gold' }]
    ] as const) expect(run(p, step)).toBe(p)
  })
})

describe('moveOptionValue', () => {
  it('moves the value, and the default stays on the same value', () => {
    const first = run(product(), { kind: 'moveOptionValue', name: 'Size', value: 'L', position: 0 })
    expect(texts(first)).toEqual(['L', 'S', 'M'])
    expect(first.options[0]?.defaultChoice).toBe(2)
    const moved = run(product(), { kind: 'moveOptionValue', name: 'Size', value: 'M', position: 2 })
    expect(texts(moved)).toEqual(['S', 'L', 'M'])
    expect(moved.options[0]?.defaultChoice).toBe(2)
    // The modifier travels with its value.
    expect(moved.options[0]?.choices?.[2]).toEqual({ text: 'M', priceModifier: 5, priceModifierType: 'PERCENT' })
  })

  it('puts a position past the end last, and leaves a product already so, or without the value, alone', () => {
    expect(texts(run(product(), { kind: 'moveOptionValue', name: 'Size', value: 'S', position: 99 }))).toEqual(['M', 'L', 'S'])
    const p = product()
    expect(run(p, { kind: 'moveOptionValue', name: 'Size', value: 'L', position: 5 })).toBe(p)
    expect(run(p, { kind: 'moveOptionValue', name: 'Size', value: 'XL', position: 0 })).toBe(p)
  })
})

describe('setValuePriceModifier', () => {
  it('sets the amount and its type on that value only', () => {
    const out = run(product(), { kind: 'setValuePriceModifier', name: 'Size', value: 'L', priceModifier: -2.5, priceModifierType: 'ABSOLUTE' })
    expect(out.options[0]?.choices).toEqual([{ text: 'S' }, { text: 'M', priceModifier: 5, priceModifierType: 'PERCENT' }, { text: 'L', priceModifier: -2.5, priceModifierType: 'ABSOLUTE' }])
    const percent = run(product(), { kind: 'setValuePriceModifier', name: 'Size', value: 'M', priceModifier: 5, priceModifierType: 'ABSOLUTE' })
    expect(percent.options[0]?.choices?.[1]).toEqual({ text: 'M', priceModifier: 5, priceModifierType: 'ABSOLUTE' })
  })

  it('counts a value without a modifier as 0 ABSOLUTE, as the storefront does: setting that changes nothing', () => {
    const p = product()
    expect(run(p, { kind: 'setValuePriceModifier', name: 'Size', value: 'S', priceModifier: 0, priceModifierType: 'ABSOLUTE' })).toBe(p)
    expect(run(p, { kind: 'setValuePriceModifier', name: 'Size', value: 'M', priceModifier: 5, priceModifierType: 'PERCENT' })).toBe(p)
    expect(run(p, { kind: 'setValuePriceModifier', name: 'Size', value: 'XL', priceModifier: 1, priceModifierType: 'PERCENT' })).toBe(p)
  })
})

describe('setOptionRequired', () => {
  it('makes the option required with the chosen default, or optional keeping its default', () => {
    const out = run(product(), { kind: 'setOptionRequired', name: 'Size', required: true, defaultValue: 'L' })
    expect(out.options[0]).toMatchObject({ required: true, defaultChoice: 2 })
    expect(run(out, { kind: 'setOptionRequired', name: 'Size', required: false }).options[0]).toMatchObject({ required: false, defaultChoice: 2 })
    // A text field can be required too (it has no default value).
    expect(run(product(), { kind: 'setOptionRequired', name: 'Engraving', required: true }).options[1]).toEqual({ ...engraving, required: true })
  })

  it('refuses a default the product does not offer, and leaves a product already so alone', () => {
    expect(applySteps(product(), [{ kind: 'setOptionRequired', name: 'Size', required: true, defaultValue: 'XXL' }], newId)).toEqual({ kind: 'invalid', message: expect.stringContaining('no value “XXL”') })
    expect(applySteps(product(), [{ kind: 'setOptionRequired', name: 'Engraving', required: true, defaultValue: 'Gold' }], newId)).toMatchObject({ kind: 'invalid' })
    const p = product()
    expect(run(p, { kind: 'setOptionRequired', name: 'Size', required: false, defaultValue: 'M' })).toBe(p)
    expect(run(p, { kind: 'setOptionRequired', name: 'Colour', required: true })).toBe(p)
  })
})

describe('deleteVariation', () => {
  it('deletes the variation with exactly that selection, whatever the order of its options', () => {
    const p = product({
      variations: [
        { entityId: '1/1', options: [{ name: 'Size', value: 'M' }, { name: 'Colour', value: 'Red' }] },
        { entityId: '1/2', options: [{ name: 'Size', value: 'M' }] },
        { entityId: 'new:7', options: [{ name: 'Size', value: 'L' }] }
      ]
    })
    const out = run(p, { kind: 'deleteVariation', options: [{ name: 'Colour', value: 'Red' }, { name: 'Size', value: 'M' }] })
    expect(out.variations.map((v) => v.entityId)).toEqual(['1/2', 'new:7'])
    expect(out.deleted).toEqual(['1/1'])
    expect(run(p, { kind: 'deleteVariation', options: [{ name: 'Size', value: 'L' }] }).deleted).toEqual(['new:7'])
    expect(run(p, { kind: 'deleteVariation', options: [{ name: 'Size', value: 'S' }] })).toBe(p)
    expect(stepsProblem([{ kind: 'deleteVariation', options: [] }])).toMatch(/option values/)
  })
})

describe('stepsProblem for value steps', () => {
  it.each([
    [{ kind: 'addOptionValue', name: 'Size', value: ' ' }, /value to add/],
    [{ kind: 'moveOptionValue', name: 'Size', value: 'M', position: -1 }, /position/],
    [{ kind: 'setValuePriceModifier', name: 'Size', value: 'M', priceModifier: Number.NaN, priceModifierType: 'ABSOLUTE' }, /as a number/],
    [{ kind: 'setValuePriceModifier', name: 'Size', value: 'M', priceModifier: -100, priceModifierType: 'PERCENT' }, /0 or negative/],
    [{ kind: 'setOptionRequired', name: ' ', required: true }, /option name/]
  ] as [CatalogueStep, RegExp][])('explains %j', (step, message) => {
    expect(stepsProblem([step])).toMatch(message)
  })
  it('accepts well-formed value steps', () => {
    expect(stepsProblem([{ kind: 'setValuePriceModifier', name: 'Size', value: 'M', priceModifier: -50, priceModifierType: 'PERCENT' }, { kind: 'setOptionRequired', name: 'Size', required: true }])).toBeNull()
  })
})
