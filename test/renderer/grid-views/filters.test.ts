// grid-views/filters: filters fit their column kind, switch off without losing values, only complete
// ones reach the query, and saved entries that no longer fit are dropped.
import { describe, expect, it } from 'vitest'
import { ORDER_COLUMNS, PRODUCT_COLUMNS } from '@shared/model/grid'
import { describeFilter, isComplete, newFilter, queryFilters, sanitizeEntries, type FilterEntry } from '../../../src/renderer/src/components/grid-views/filters'

describe('filters', () => {
  it('creates a filter fitting the column kind', () => {
    expect(newFilter('price', PRODUCT_COLUMNS.price).filter).toEqual({ field: 'price', kind: 'number' })
    expect(newFilter('created', PRODUCT_COLUMNS.created).filter).toEqual({ field: 'created', kind: 'date' })
    expect(newFilter('paymentStatus', ORDER_COLUMNS.paymentStatus).filter).toEqual({ field: 'paymentStatus', kind: 'enum', values: [] })
    expect(newFilter('enabled', PRODUCT_COLUMNS.enabled).filter).toEqual({ field: 'enabled', kind: 'boolean', value: true })
    expect(newFilter('name', PRODUCT_COLUMNS.name).filter).toMatchObject({ kind: 'text', op: 'contains', value: '' })
    expect(newFilter('a', PRODUCT_COLUMNS.name).id).not.toBe(newFilter('a', PRODUCT_COLUMNS.name).id)
  })

  it('sends only enabled, complete filters, trimmed and without empty bounds', () => {
    const entries: FilterEntry[] = [
      { id: '1', enabled: true, filter: { field: 'price', kind: 'number', min: 10 } },
      { id: '2', enabled: false, filter: { field: 'sku', kind: 'text', op: 'contains', value: 'A-' } },
      { id: '3', enabled: true, filter: { field: 'name', kind: 'text', op: 'equals', value: '  Mug ' } },
      { id: '4', enabled: true, filter: { field: 'weight', kind: 'number' } },
      { id: '5', enabled: true, filter: { field: 'categories', kind: 'enum', values: [] } },
      // A filter whose kind does not match the column (an old saved view) never reaches the query.
      { id: '6', enabled: true, filter: { field: 'price', kind: 'text', op: 'contains', value: 'x' } }
    ]
    expect(queryFilters(entries, PRODUCT_COLUMNS)).toEqual([
      { field: 'price', kind: 'number', min: 10 },
      { field: 'name', kind: 'text', op: 'equals', value: 'Mug' }
    ])
    expect(isComplete({ field: 'created', kind: 'date', to: 5 })).toBe(true)
    expect(isComplete({ field: 'enabled', kind: 'boolean', value: false })).toBe(true)
  })

  it('describes filters for their chips', () => {
    expect(describeFilter({ field: 'price', kind: 'number', min: 1, max: 5 }, 'Price')).toBe('Price 1 – 5')
    expect(describeFilter({ field: 'price', kind: 'number', max: 5 }, 'Price')).toBe('Price ≤ 5')
    expect(describeFilter({ field: 's', kind: 'enum', values: ['PAID'] }, 'Payment', (_f, v) => v.toLowerCase())).toBe('Payment: paid')
    expect(describeFilter({ field: 'e', kind: 'boolean', value: false }, 'Enabled')).toBe('Enabled: no')
  })

  it('keeps well-formed saved entries and drops the rest', () => {
    const raw = [
      { id: 'a', enabled: false, filter: { field: 'price', kind: 'number', min: 3 } },
      { id: 'b', filter: { field: 'price', kind: 'number', min: 'lots' } },
      { filter: { field: 'gone', kind: 'text', op: 'contains', value: 'x' } },
      { filter: { field: 'categories', kind: 'enum', values: ['1', 2] } },
      { filter: { field: 'enabled', kind: 'boolean', value: true } },
      'junk',
      null
    ]
    const out = sanitizeEntries(raw, PRODUCT_COLUMNS)
    expect(out.map((e) => [e.filter.field, e.enabled])).toEqual([['price', false], ['enabled', true]])
    expect(sanitizeEntries({ not: 'a list' }, PRODUCT_COLUMNS)).toEqual([])
  })
})
