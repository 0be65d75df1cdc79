// grid-views/bulk-edit: the dialog's parameters parsed and validated into engine operations, the
// operations each grid offers, and sample values as plain text.
import { describe, expect, it } from 'vitest'
import { BULK_SPECS, VARIATION_BULK_SPEC, buildOperation, bulkKindOf, emptyForm, opsOf, parseAdjustment, valueText, type BulkForm } from '../../../src/renderer/src/components/grid-views/bulk-edit'

const products = BULK_SPECS.products
const form = (p: Partial<BulkForm>): BulkForm => ({ ...emptyForm(p.op ?? 'set'), ...p })

describe('bulk edit parameters', () => {
  it('parses adjustments as a percentage or an amount, and refuses nonsense in words', () => {
    expect(parseAdjustment('+10%')).toEqual({ by: 'percent', amount: 10 })
    expect(parseAdjustment(' - 5 % ')).toEqual({ by: 'percent', amount: -5 })
    expect(parseAdjustment('2,50')).toEqual({ by: 'amount', amount: 2.5 })
    expect(parseAdjustment('-1')).toEqual({ by: 'amount', amount: -1 })
    expect(parseAdjustment('ten')).toEqual({ error: expect.stringMatching(/not a change/) })
    expect(parseAdjustment('0%')).toEqual({ error: expect.stringMatching(/changes nothing/) })
    expect(parseAdjustment('-100%')).toEqual({ error: expect.stringMatching(/100 %/) })
  })

  it('builds an adjust with rounding for money fields only', () => {
    expect(buildOperation(products, form({ op: 'adjust', field: 'price', change: '+10%', round: '.99' }))).toEqual({
      op: { kind: 'adjust', field: 'price', by: 'percent', amount: 10, round: { mode: 'ending', ending: 0.99 } }
    })
    expect(buildOperation(products, form({ op: 'adjust', field: 'price', change: '+1', round: 'whole' }))).toEqual({
      op: { kind: 'adjust', field: 'price', by: 'amount', amount: 1, round: { mode: 'step', step: 1 } }
    })
    expect(buildOperation(products, form({ op: 'adjust', field: 'weight', change: '-5%', round: '.95' }))).toEqual({ op: { kind: 'adjust', field: 'weight', by: 'percent', amount: -5 } })
    expect(buildOperation(products, form({ op: 'adjust', field: 'sku', change: '+1' }))).toEqual({ error: 'Choose the field to change.' })
  })

  it('builds set, replace, category, enable and stock operations, with messages for what is missing', () => {
    expect(buildOperation(products, form({ op: 'set', field: 'price', value: '9,99' }))).toEqual({ op: { kind: 'set', field: 'price', value: 9.99 } })
    expect(buildOperation(products, form({ op: 'set', field: 'price', value: 'abc' }))).toEqual({ error: 'Price must be a number.' })
    expect(buildOperation(products, form({ op: 'set', field: 'price', value: '-1' }))).toEqual({ error: 'Price cannot be negative.' })
    expect(buildOperation(BULK_SPECS.orders, form({ op: 'set', field: 'paymentStatus', value: 'PAID' }))).toEqual({ op: { kind: 'set', field: 'paymentStatus', value: 'PAID' } })
    expect(buildOperation(BULK_SPECS.orders, form({ op: 'set', field: 'paymentStatus', value: 'NOPE' }))).toEqual({ error: 'Choose the new payment status.' })
    expect(buildOperation(BULK_SPECS.customers, form({ op: 'set', field: 'acceptMarketing', value: 'true' }))).toEqual({ op: { kind: 'set', field: 'acceptMarketing', value: true } })
    expect(buildOperation(products, form({ op: 'replace', field: 'name', find: '' }))).toEqual({ error: 'Enter the text to find.' })
    expect(buildOperation(products, form({ op: 'replace', field: 'name', find: '(', regex: true }))).toEqual({ error: 'The pattern is not a valid regular expression.' })
    expect(buildOperation(products, form({ op: 'replace', field: 'name', find: '(a)', replace: '$1$1', regex: true }))).toEqual({
      op: { kind: 'replace', field: 'name', find: '(a)', replace: '$1$1', regex: true, caseSensitive: false }
    })
    expect(buildOperation(products, form({ op: 'addCategory' }))).toEqual({ error: 'Choose a category.' })
    expect(buildOperation(products, form({ op: 'removeCategory', categoryId: 4 }))).toEqual({ op: { kind: 'removeCategory', categoryId: 4 } })
    expect(buildOperation(products, form({ op: 'disable' }))).toEqual({ op: { kind: 'enable', enabled: false } })
    expect(buildOperation(products, form({ op: 'setStock', stock: '' }))).toEqual({ op: { kind: 'setStock', quantity: null } })
    expect(buildOperation(products, form({ op: 'setStock', stock: ' 12 ' }))).toEqual({ op: { kind: 'setStock', quantity: 12 } })
    expect(buildOperation(products, form({ op: 'setStock', stock: '1.5' }))).toEqual({ error: expect.stringMatching(/whole number/) })
  })

  it('offers per grid only the operations the engine supports there', () => {
    expect(opsOf(products)).toEqual(['adjust', 'set', 'replace', 'addCategory', 'removeCategory', 'enable', 'disable', 'setStock'])
    expect(opsOf(BULK_SPECS.orders)).toEqual(['set', 'replace'])
    expect(opsOf(BULK_SPECS.coupons)).toContain('disable')
    expect(products.set.some((f) => f.field === 'sku')).toBe(false)
    expect(bulkKindOf('products', true)).toBe('products')
    expect(bulkKindOf('products', false)).toBeNull()
    expect(bulkKindOf('variations', true)).toBeNull()
  })

  it('renders sample values as plain text', () => {
    expect(valueText(null)).toBe('(empty)')
    expect(valueText(true)).toBe('yes')
    expect(valueText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>')
    expect(valueText([1, 2], (ids) => ids.map((i) => `Cat ${i}`))).toBe('Cat 1, Cat 2')
    expect(valueText([])).toBe('(none)')
  })

  it('offers on variations only the fields a variation has of its own, and stock', () => {
    const fields = (xs: { field: string }[]): string[] => xs.map((f) => f.field)
    expect(fields(VARIATION_BULK_SPEC.adjust)).toContain('price')
    expect(fields(VARIATION_BULK_SPEC.adjust).every((f) => fields(products.adjust).includes(f))).toBe(true)
    // A product's name, description and enabled flag are not a variation's.
    expect([...fields(VARIATION_BULK_SPEC.set), ...fields(VARIATION_BULK_SPEC.replace)]).not.toContain('name')
    expect(opsOf(VARIATION_BULK_SPEC)).not.toContain('addCategory')
    expect(opsOf(VARIATION_BULK_SPEC)).not.toContain('enable')
    expect(opsOf(VARIATION_BULK_SPEC)).toContain('setStock')
  })
})
