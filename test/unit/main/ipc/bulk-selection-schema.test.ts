// IPC argument schemas for bulk edits: the selection a bulk runs over is strict and bounded.
import { describe, expect, it } from 'vitest'
import { sessionSchemas } from '../../../../src/main/ipc/session-schemas'

const args = (selection: unknown): unknown[] => [1, 'session-1', 'variations', selection, { kind: 'setStock', quantity: 0 }]

describe('bulk selection schema', () => {
  it('accepts variations chosen by option values, alone or with ids or a query', () => {
    const wanted = [{ name: 'Color', value: 'Red' }]
    for (const selection of [{ variationOptions: wanted }, { ids: ['12/3'], variationOptions: wanted }, { query: { search: 'shirt' }, variationOptions: wanted }]) {
      expect(sessionSchemas.previewBulk.safeParse(args(selection)).success).toBe(true)
    }
  })

  it.each([
    ['an empty option list', { variationOptions: [] }],
    ['an option without a name', { variationOptions: [{ name: '', value: 'Red' }] }],
    ['an option with extra keys', { variationOptions: [{ name: 'Color', value: 'Red', sql: '1' }] }],
    ['a non-string value', { variationOptions: [{ name: 'Size', value: 10 }] }],
    ['21 options', { variationOptions: Array.from({ length: 21 }, (_, i) => ({ name: `O${i}`, value: 'x' })) }]
  ])('rejects %s', (_name, selection) => {
    expect(sessionSchemas.applyBulk.safeParse(args(selection)).success).toBe(false)
  })
})
