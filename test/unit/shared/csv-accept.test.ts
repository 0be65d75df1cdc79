// The exclusion predicate the import accept step and the grid's preview layer share.
import { describe, expect, it } from 'vitest'
import { rejectionTest, ruleRejects } from '../../../src/shared/model/csv-accept'

const rule = { kind: 'changeOverPercent' as const, field: 'price', percent: 50 }
const change = (row: number, field: string, before: unknown, after: unknown) => ({ row, field, before, after })

describe('ruleRejects', () => {
  it('rejects a change over the percent of the current value, either way', () => {
    expect(ruleRejects(rule, change(2, 'price', 10, 15.01))).toBe(true)
    expect(ruleRejects(rule, change(2, 'price', 10, 4.9))).toBe(true)
    expect(ruleRejects(rule, change(2, 'price', 10, 15))).toBe(false)
    expect(ruleRejects(rule, change(2, 'price', '10', '20'))).toBe(true)
  })
  it('treats 0 -> anything as unbounded, and ignores other fields and non-numbers', () => {
    expect(ruleRejects(rule, change(2, 'price', 0, 1))).toBe(true)
    expect(ruleRejects(rule, change(2, 'cost', 10, 100))).toBe(false)
    expect(ruleRejects(rule, change(2, 'price', null, 100))).toBe(false)
    expect(ruleRejects(rule, change(2, 'price', 'abc', 100))).toBe(false)
  })
})

describe('rejectionTest', () => {
  it('rejects by row, field, cell and rule, and nothing when empty', () => {
    const test = rejectionTest({ excludeRows: [3], excludeFields: ['name'], excludeCells: [{ row: 4, field: 'sku' }], rules: [rule] })
    expect(test(change(3, 'sku', 'a', 'b'))).toBe(true)
    expect(test(change(5, 'name', 'a', 'b'))).toBe(true)
    expect(test(change(4, 'sku', 'a', 'b'))).toBe(true)
    expect(test(change(4, 'quantity', 1, 2))).toBe(false)
    expect(test(change(5, 'price', 10, 30))).toBe(true)
    expect(test(change(5, 'price', 10, 11))).toBe(false)
    expect(rejectionTest(undefined)(change(2, 'price', 1, 100))).toBe(false)
  })
})
