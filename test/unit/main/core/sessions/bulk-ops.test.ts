// Pure bulk operations and price rounding, including the edge cases merchants hit: .99 endings
// around ties and near zero, float noise, empty prices, negative results, literal vs regex replace.
import { describe, expect, it } from 'vitest'
import { bulkChange, compileReplace } from '../../../../../src/main/core/sessions/bulk-ops'
import { applyRound, parseAdjust, parseRound, roundTo } from '../../../../../src/main/core/sessions/rounding'

const cells = (o: ReturnType<typeof bulkChange>) => (o.kind === 'change' ? o.cells.map((c) => [c.field, c.after]) : o.kind)

describe('rounding', () => {
  it('rounds to the precision without float noise', () => {
    expect(roundTo(1.005, 2)).toBe(1.01)
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3)
    expect(roundTo(2.675, 2)).toBe(2.68)
    expect(roundTo(10, 0)).toBe(10)
  })

  it('rounds to the nearest .99 ending, ties up, never below zero', () => {
    const r = { mode: 'ending', ending: 0.99 } as const
    expect(applyRound(13.574, r, 2)).toBe(13.99)
    expect(applyRound(13.4, r, 2)).toBe(12.99)
    expect(applyRound(13.49, r, 2)).toBe(13.99)
    expect(applyRound(13.99, r, 2)).toBe(13.99)
    expect(applyRound(0.2, r, 2)).toBe(0.99)
    expect(applyRound(0, r, 2)).toBe(0.99)
    expect(applyRound(20.1, { mode: 'ending', ending: 0.99, direction: 'down' }, 2)).toBe(19.99)
    expect(applyRound(20.1, { mode: 'ending', ending: 0.95, direction: 'up' }, 2)).toBe(20.95)
    expect(applyRound(5, { mode: 'ending', ending: 0 }, 2)).toBe(5)
  })

  it('rounds to steps and at other precisions', () => {
    expect(applyRound(12.12, { mode: 'step', step: 0.05 }, 2)).toBe(12.1)
    expect(applyRound(12.13, { mode: 'step', step: 0.05 }, 2)).toBe(12.15)
    expect(applyRound(1234, { mode: 'step', step: 10, direction: 'up' }, 0)).toBe(1240)
    expect(applyRound(1234.4, undefined, 0)).toBe(1234)
    expect(applyRound(9.876, undefined, 3)).toBe(9.876)
  })

  it('parses adjustments and endings as typed on the command line', () => {
    expect(parseAdjust('+10%')).toEqual({ by: 'percent', amount: 10 })
    expect(parseAdjust('-2,5')).toEqual({ by: 'amount', amount: -2.5 })
    expect(parseRound('.99')).toEqual({ mode: 'ending', ending: 0.99 })
    expect(parseRound('step:0.05')).toEqual({ mode: 'step', step: 0.05 })
    expect(() => parseAdjust('ten')).toThrow(/not an adjustment/)
    expect(() => parseRound('1.5')).toThrow(/not a price ending/)
  })
})

describe('bulk operations', () => {
  const mug = { id: 1, name: 'Blue mug', sku: 'MUG-1', price: 12.34, quantity: 5, unlimited: false, enabled: true, categoryIds: [7], description: 'Price: $5 (cheap)' }

  it('adjusts by percent with an ending, and by amount', () => {
    const op = { kind: 'adjust', field: 'price', by: 'percent', amount: 10, round: { mode: 'ending', ending: 0.99 } } as const
    expect(cells(bulkChange('products', mug, op, { precision: 2 }))).toEqual([['price', 13.99]])
    expect(cells(bulkChange('products', mug, { kind: 'adjust', field: 'price', by: 'amount', amount: 0.1 }, { precision: 2 }))).toEqual([['price', 12.44]])
    expect(cells(bulkChange('products', mug, { kind: 'adjust', field: 'quantity', by: 'percent', amount: 50 }, { precision: 2 }))).toEqual([['quantity', 8]])
  })

  it('never turns an empty price into a number and refuses negative results', () => {
    expect(bulkChange('products', { id: 2, name: 'x' }, { kind: 'adjust', field: 'price', by: 'amount', amount: 5 }, { precision: 2 })).toEqual({ kind: 'unchanged' })
    const neg = bulkChange('products', mug, { kind: 'adjust', field: 'price', by: 'amount', amount: -20 }, { precision: 2 })
    expect(neg).toEqual({ kind: 'invalid', message: 'Price would drop below 0 (12.34 → -7.66).' })
  })

  it('replaces text literally or with a regex', () => {
    const literal = { kind: 'replace', field: 'description', find: '$5', replace: '$1 off' } as const
    expect(cells(bulkChange('products', mug, literal, { precision: 2, replace: compileReplace(literal) }))).toEqual([['description', 'Price: $1 off (cheap)']])
    const regex = { kind: 'replace', field: 'name', find: '(blue) (mug)', replace: '$2 $1', regex: true } as const
    expect(cells(bulkChange('products', mug, regex, { precision: 2 }))).toEqual([['name', 'mug Blue']])
    expect(() => compileReplace({ kind: 'replace', field: 'name', find: '(', replace: '', regex: true })).toThrow(/not a valid regular expression/)
  })

  it('adds and removes categories, enables, and sets stock as absolute values', () => {
    expect(cells(bulkChange('products', mug, { kind: 'addCategory', categoryId: 9 }, { precision: 2 }))).toEqual([['categoryIds', [7, 9]]])
    expect(bulkChange('products', mug, { kind: 'addCategory', categoryId: 7 }, { precision: 2 })).toEqual({ kind: 'unchanged' })
    expect(cells(bulkChange('products', mug, { kind: 'removeCategory', categoryId: 7 }, { precision: 2 }))).toEqual([['categoryIds', []]])
    expect(cells(bulkChange('products', mug, { kind: 'enable', enabled: false }, { precision: 2 }))).toEqual([['enabled', false]])
    expect(cells(bulkChange('coupons', { id: 5, status: 'ACTIVE' }, { kind: 'enable', enabled: false }, { precision: 2 }))).toEqual([['status', 'PAUSED']])
    expect(cells(bulkChange('products', { ...mug, unlimited: true }, { kind: 'setStock', quantity: 3 }, { precision: 2 }))).toEqual([['unlimited', false], ['quantity', 3]])
    expect(cells(bulkChange('products', mug, { kind: 'setStock', quantity: null }, { precision: 2 }))).toEqual([['unlimited', true]])
    expect(bulkChange('orders', { id: 'X1' }, { kind: 'setStock', quantity: 1 }, { precision: 2 }).kind).toBe('invalid')
  })
})
