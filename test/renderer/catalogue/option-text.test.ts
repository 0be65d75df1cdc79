// The product panel's option lines: type words, values with price modifiers, the default marked.
import { describe, expect, it } from 'vitest'
import { combinationsOf, optionLines, optionsOf, selectionText } from '../../../src/renderer/src/components/catalogue/option-text'

describe('optionLines', () => {
  it('shows each value with its modifier (amount or percent, signed) and the preselected value', () => {
    const lines = optionLines(
      [
        { type: 'SIZE', name: 'Size', required: true, defaultChoice: 1, choices: [{ text: 'S' }, { text: 'M', priceModifier: 5, priceModifierType: 'PERCENT' }, { text: 'XL', priceModifier: -2.5, priceModifierType: 'ABSOLUTE' }] },
        { type: 'TEXTFIELD', name: 'Engraving' }
      ],
      (v) => `$${v.toFixed(2)}`
    )
    expect(lines).toEqual([
      { name: 'Size', type: 'Size', required: true, values: 'S, M (+5 %), XL (−$2.50) — default M' },
      { name: 'Engraving', type: 'Text field', required: false, values: '' }
    ])
  })

  it('reads a partial local copy without throwing', () => {
    expect(optionsOf(null)).toEqual([])
    expect(optionsOf([{ name: 'Size', type: 'SELECT' }, 'junk', null])).toEqual([{ name: 'Size', type: 'SELECT' }])
    expect(combinationsOf([{ id: 3, options: [{ name: 'Size', value: 'M' }] }, { options: [] }, 7])).toEqual([{ id: 3, options: [{ name: 'Size', value: 'M' }] }])
    expect(selectionText([{ name: 'Size', value: 'M' }, { name: 'Colour', value: 'Red' }])).toBe('Size: M, Colour: Red')
  })
})
