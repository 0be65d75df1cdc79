// The "Product options" dialog's form as catalogue steps, price modifiers as typed, and the preview
// sentence ("214 of 300 products change; 86 already have it").
import { describe, expect, it } from 'vitest'
import type { BulkPreview } from '@shared/model/session'
import { buildSteps, emptyOptionsForm, parseModifier, previewSentence, type OptionsForm } from '../../../src/renderer/src/components/catalogue/options-form'

const form = (p: Partial<OptionsForm>): OptionsForm => ({ ...emptyOptionsForm(), ...p })
const preview = (p: Partial<BulkPreview>): BulkPreview => ({ matched: 0, entities: 0, changes: 0, unchanged: 0, invalid: [], sample: [], ...p })

describe('buildSteps', () => {
  it('adds an option with trimmed comma-separated values, its type and required flag, then generates when asked', () => {
    expect(buildSteps(form({ name: ' Size ', values: 'S, M ,L,, XL', type: 'SIZE', required: true, generate: true }))).toEqual({
      steps: [{ kind: 'addOption', name: 'Size', values: ['S', 'M', 'L', 'XL'], type: 'SIZE', required: true }, { kind: 'generateVariations' }]
    })
  })

  it('adds a text, date or file field without values (and without generating variations)', () => {
    expect(buildSteps(form({ name: 'Gift note', type: 'TEXTAREA', values: 'ignored', generate: true, required: true }))).toEqual({
      steps: [{ kind: 'addOption', name: 'Gift note', values: [], type: 'TEXTAREA', required: true }]
    })
  })

  it('builds each value step, with 1-based positions and typed modifiers', () => {
    const base = { name: 'Size', value: 'M' }
    expect(buildSteps(form({ ...base, action: 'renameOptionValue', to: 'Medium' }))).toEqual({ steps: [{ kind: 'renameOptionValue', name: 'Size', from: 'M', to: 'Medium' }] })
    expect(buildSteps(form({ ...base, action: 'removeOptionValue', deleteVariations: true }))).toEqual({ steps: [{ kind: 'removeOptionValue', name: 'Size', value: 'M', deleteVariations: true }] })
    expect(buildSteps(form({ ...base, action: 'moveOptionValue', position: '1' }))).toEqual({ steps: [{ kind: 'moveOptionValue', name: 'Size', value: 'M', position: 0 }] })
    expect(buildSteps(form({ ...base, action: 'setValuePriceModifier', modifier: '10%' }))).toEqual({
      steps: [{ kind: 'setValuePriceModifier', name: 'Size', value: 'M', priceModifier: 10, priceModifierType: 'PERCENT' }]
    })
    expect(buildSteps(form({ ...base, action: 'addOptionValue' }))).toEqual({ steps: [{ kind: 'addOptionValue', name: 'Size', value: 'M' }] })
    expect(buildSteps(form({ name: 'Size', action: 'setOptionRequired', required: true, defaultValue: 'M' }))).toEqual({
      steps: [{ kind: 'setOptionRequired', name: 'Size', required: true, defaultValue: 'M' }]
    })
    expect(buildSteps(form({ action: 'generateVariations' }))).toEqual({ steps: [{ kind: 'generateVariations' }] })
  })

  it.each([
    ['no option name', form({ values: 'S' }), /option name/],
    ['no values', form({ name: 'Size', values: ' , ' }), /values, separated by commas/],
    ['a value twice', form({ name: 'Size', values: 'S, S' }), /twice/],
    ['a rename without the new name', form({ name: 'Size', action: 'renameOptionValue', value: 'M' }), /new name/],
    ['a rename to the same name', form({ name: 'Size', action: 'renameOptionValue', value: 'M', to: 'M' }), /same/],
    ['position 0', form({ name: 'Size', action: 'moveOptionValue', value: 'M', position: '0' }), /1 is first/],
    ['a modifier that is not one', form({ name: 'Size', action: 'setValuePriceModifier', value: 'M', modifier: 'cheap' }), /not a price modifier/]
  ])('explains %s', (_n, f, message) => {
    const out = buildSteps(f)
    expect('error' in out && out.error).toMatch(message)
  })
})

describe('parseModifier', () => {
  it('reads amounts and percentages, signs and decimal commas', () => {
    expect(parseModifier('+5')).toEqual({ priceModifier: 5, priceModifierType: 'ABSOLUTE' })
    expect(parseModifier('-2,50')).toEqual({ priceModifier: -2.5, priceModifierType: 'ABSOLUTE' })
    expect(parseModifier(' -5 % ')).toEqual({ priceModifier: -5, priceModifierType: 'PERCENT' })
    expect(parseModifier('0')).toEqual({ priceModifier: 0, priceModifierType: 'ABSOLUTE' })
    expect(parseModifier('-100%')).toHaveProperty('error')
  })
})

describe('previewSentence', () => {
  it('says how many change and why the others do not, with plurals right', () => {
    expect(previewSentence(preview({ matched: 300, entities: 214, unchanged: 86 }), 'addOption', 'Size')).toBe('214 of 300 products change; 86 already have it')
    expect(previewSentence(preview({ matched: 2, entities: 1, unchanged: 1 }), 'addOption', 'Size')).toBe('1 of 2 products changes; 1 already has it')
    expect(previewSentence(preview({ matched: 1, entities: 1 }), 'renameOptionValue', 'Size')).toBe('1 of 1 product changes')
    expect(previewSentence(preview({ matched: 5, entities: 3, unchanged: 2 }), 'renameOptionValue', 'Size')).toBe('3 of 5 products change; 2 stay as they are (already so, or without that Size value)')
    expect(previewSentence(preview({ matched: 1_200, entities: 0, unchanged: 1_200 }), 'generateVariations', '')).toBe('0 of 1,200 products change; 1,200 already have every combination')
  })
})
