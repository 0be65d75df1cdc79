// IPC argument schemas for grid queries and sync: strict, bounded, shaped by each column's kind.
import { describe, expect, it } from 'vitest'
import { apiSchemas } from '../../../../src/main/ipc/schemas'
import { productQuerySchema, orderQuerySchema, syncOptionsSchema } from '../../../../src/main/ipc/grid-schemas'

const ok = { offset: 0, limit: 100 }

describe('grid query schemas', () => {
  it('accept every filter kind on a column of that kind', () => {
    const q = {
      ...ok, search: 'blue shirt', sort: [{ field: 'name', dir: 'asc' }, { field: 'price', dir: 'desc' }],
      filters: [
        { field: 'name', kind: 'text', op: 'contains', value: 'x' },
        { field: 'price', kind: 'number', min: 1, max: 2 },
        { field: 'updated', kind: 'date', from: 0 },
        { field: 'categories', kind: 'enum', values: ['12'] },
        { field: 'enabled', kind: 'boolean', value: true }
      ]
    }
    expect(productQuerySchema.safeParse(q).success).toBe(true)
    expect(orderQuerySchema.safeParse({ ...ok, filters: [{ field: 'paymentStatus', kind: 'enum', values: ['PAID', 'REFUNDED'] }] }).success).toBe(true)
  })

  it.each([
    ['a filter of the wrong kind', { ...ok, filters: [{ field: 'price', kind: 'text', op: 'contains', value: 'x' }] }],
    ['an unknown column', { ...ok, filters: [{ field: 'json', kind: 'text', op: 'contains', value: 'x' }] }],
    ['an extra key', { ...ok, filters: [{ field: 'enabled', kind: 'boolean', value: true, sql: '1' }] }],
    ['a window over 500 rows', { offset: 0, limit: 501 }],
    ['a negative offset', { offset: -1, limit: 10 }],
    ['a fractional limit', { offset: 0, limit: 1.5 }],
    ['an unknown sort field', { ...ok, sort: [{ field: 'secret', dir: 'asc' }] }],
    ['a bad sort direction', { ...ok, sort: [{ field: 'name', dir: 'up' }] }],
    ['five sort keys', { ...ok, sort: Array(5).fill({ field: 'name', dir: 'asc' }) }],
    ['a huge search', { ...ok, search: 'x'.repeat(201) }],
    ['an infinite bound', { ...ok, filters: [{ field: 'price', kind: 'number', min: Infinity }] }]
  ])('reject %s', (_name, q) => {
    expect(productQuerySchema.safeParse(q).success).toBe(false)
  })

  it('reject an enum value outside the column set', () => {
    expect(orderQuerySchema.safeParse({ ...ok, filters: [{ field: 'paymentStatus', kind: 'enum', values: ['STOLEN'] }] }).success).toBe(false)
  })

  it('restrict a query to row keys (an import preview): ids or order ids, bounded', () => {
    expect(productQuerySchema.safeParse({ ...ok, within: [1, 2, 3] }).success).toBe(true)
    expect(orderQuerySchema.safeParse({ ...ok, within: ['AB12C', 'XY99Z'] }).success).toBe(true)
    expect(productQuerySchema.safeParse({ ...ok, within: [0] }).success).toBe(false)
    expect(productQuerySchema.safeParse({ ...ok, within: [1.5] }).success).toBe(false)
    expect(productQuerySchema.safeParse({ ...ok, within: new Array(100_001).fill(1) }).success).toBe(false)
  })

  it('queryKeys: a resource and its own columns, no window', () => {
    expect(apiSchemas.queryKeys.safeParse([1, 'products', { search: 'mug', within: [1] }]).success).toBe(true)
    expect(apiSchemas.queryKeys.safeParse([1, 'orders', { filters: [{ field: 'customerName', kind: 'text', op: 'contains', value: 'a' }] }]).success).toBe(true)
    expect(apiSchemas.queryKeys.safeParse([1, 'orders', { filters: [{ field: 'sku', kind: 'text', op: 'contains', value: 'a' }] }]).success).toBe(false)
    expect(apiSchemas.queryKeys.safeParse([1, 'products', { offset: 0 }]).success).toBe(false)
    expect(apiSchemas.queryKeys.safeParse([1, 'variations', {}]).success).toBe(false)
  })

  it('sync options: known resources only, strict', () => {
    expect(syncOptionsSchema.safeParse({}).success).toBe(true)
    expect(syncOptionsSchema.safeParse({ full: true, resources: ['products', 'orders'] }).success).toBe(true)
    expect(syncOptionsSchema.safeParse({ resources: ['secrets'] }).success).toBe(false)
    expect(syncOptionsSchema.safeParse({ resources: [] }).success).toBe(false)
    expect(syncOptionsSchema.safeParse({ full: 'yes' }).success).toBe(false)
  })

  it('are wired into the contract schemas with the store id first', () => {
    expect(apiSchemas.queryProducts.safeParse([1, ok]).success).toBe(true)
    expect(apiSchemas.queryProducts.safeParse([0, ok]).success).toBe(false)
    expect(apiSchemas.syncStore.safeParse([5, { full: true }]).success).toBe(true)
    expect(apiSchemas.cancelSync.safeParse([5]).success).toBe(true)
    expect(apiSchemas.getSyncState.safeParse(['5']).success).toBe(false)
  })
})
