// IPC argument schemas for catalogue bulk edits: the steps cross the border strictly validated.
import { describe, expect, it } from 'vitest'
import { sessionSchemas } from '../../../../src/main/ipc/session-schemas'
import type { CatalogueStep } from '../../../../src/shared/model/session'

const args = (op: unknown): unknown[] => [1, 'session-1', 'products', { query: { search: 'tee' } }, op]
const catalogue = (...steps: unknown[]): unknown => ({ kind: 'catalogue', steps })

describe('catalogue operation schema', () => {
  it('accepts every documented step, alone and combined, on preview and apply', () => {
    const steps: CatalogueStep[] = [
      { kind: 'addOption', name: 'Size', values: ['S', 'M', 'L'], type: 'SIZE', required: true },
      { kind: 'addOption', name: 'Engraving', values: [], type: 'TEXTFIELD' },
      { kind: 'renameOptionValue', name: 'Size', from: 'M', to: 'Medium' },
      { kind: 'removeOptionValue', name: 'Size', value: 'L', deleteVariations: true },
      { kind: 'addOptionValue', name: 'Size', value: 'XL', priceModifier: 5, priceModifierType: 'PERCENT' },
      { kind: 'moveOptionValue', name: 'Size', value: 'XL', position: 0 },
      { kind: 'setValuePriceModifier', name: 'Size', value: 'XL', priceModifier: -2.5, priceModifierType: 'ABSOLUTE' },
      { kind: 'setOptionRequired', name: 'Size', required: true, defaultValue: 'S' },
      { kind: 'generateVariations' },
      { kind: 'deleteVariation', options: [{ name: 'Size', value: 'M' }] },
      { kind: 'addCategory', categoryId: 7 },
      { kind: 'removeCategory', categoryId: 7 }
    ]
    for (const s of steps) expect(sessionSchemas.previewBulk.safeParse(args(catalogue(s))).success, s.kind).toBe(true)
    expect(sessionSchemas.applyBulk.safeParse(args(catalogue(...steps))).success).toBe(true)
  })

  it.each([
    ['no steps', catalogue()],
    ['an unknown step', catalogue({ kind: 'dropTable' })],
    ['a step with an extra key', catalogue({ kind: 'generateVariations', all: true })],
    ['201 values', catalogue({ kind: 'addOption', name: 'Size', values: Array.from({ length: 201 }, (_, i) => `V${i}`) })],
    ['an empty value', catalogue({ kind: 'addOption', name: 'Size', values: ['S', ''] })],
    ['an unknown option type', catalogue({ kind: 'addOption', name: 'Size', values: ['S'], type: 'SLIDER' })],
    ['an option without a name', catalogue({ kind: 'renameOptionValue', name: '', from: 'M', to: 'Medium' })],
    ['an unknown modifier type', catalogue({ kind: 'setValuePriceModifier', name: 'Size', value: 'M', priceModifier: 1, priceModifierType: 'FIXED' })],
    ['a modifier that is not a number', catalogue({ kind: 'setValuePriceModifier', name: 'Size', value: 'M', priceModifier: '5', priceModifierType: 'ABSOLUTE' })],
    ['a negative position', catalogue({ kind: 'moveOptionValue', name: 'Size', value: 'M', position: -1 })],
    ['a fractional position', catalogue({ kind: 'moveOptionValue', name: 'Size', value: 'M', position: 1.5 })],
    ['a non-boolean required', catalogue({ kind: 'setOptionRequired', name: 'Size', required: 'yes' })],
    ['a variation to delete without options', catalogue({ kind: 'deleteVariation', options: [] })],
    ['a category id of 0', catalogue({ kind: 'addCategory', categoryId: 0 })],
    ['21 steps', catalogue(...Array.from({ length: 21 }, () => ({ kind: 'generateVariations' })))],
    ['steps outside an array', { kind: 'catalogue', steps: { kind: 'generateVariations' } }],
    ['an extra key on the operation', { kind: 'catalogue', steps: [{ kind: 'generateVariations' }], dryRun: false }]
  ])('rejects %s', (_name, op) => {
    expect(sessionSchemas.applyBulk.safeParse(args(op)).success).toBe(false)
  })
})
