// import-preview/preview-index: the grid layer's reject bits turn into an exclusion that main's own
// rejectionTest (the CLI's and importCsv's path) reads back as exactly the same rejected cells.
import { describe, expect, it } from 'vitest'
import type { CsvPreviewChange } from '@shared/model/csv'
import { rejectionTest } from '@shared/model/csv-accept'
import {
  buildIndex, countRejected, exclusionOf, rejectByRule, setRejected, toggleAll
} from '../../../src/renderer/src/components/import-preview/preview-index'
import { seededRandom } from '../../helpers/prng'

const FIELDS = ['name', 'price', 'quantity', 'sku']

/** A file of `rows` rows: each changes 1-4 fields of product 1000+row, some rows create, some touch a variation. */
function planOf(rows: number, random: () => number): CsvPreviewChange[] {
  const out: CsvPreviewChange[] = []
  for (let row = 2; row < rows + 2; row++) {
    const create = random() < 0.05
    const variationId = !create && random() < 0.1 ? 7 : undefined
    for (const field of FIELDS) {
      if (random() < 0.5) continue
      const before = create ? null : Math.round(random() * 100)
      const c: CsvPreviewChange = { row, entityId: create ? 'new' : String(1000 + row), field, before, after: Math.round(random() * 100), create }
      if (variationId !== undefined) c.variationId = variationId
      out.push(c)
    }
  }
  return out
}

describe('import preview index', () => {
  it('indexes cells by grid row key (variations as "product/variation"), keys once, creates apart', () => {
    const ix = buildIndex([
      { row: 2, entityId: '5', field: 'price', before: 1, after: 2, create: false },
      { row: 2, entityId: '5', field: 'name', before: 'a', after: 'b', create: false },
      { row: 3, entityId: '5', field: 'price', variationId: 9, before: 1, after: 3, create: false },
      { row: 4, entityId: 'new', field: 'name', before: null, after: 'N', create: true }
    ], true)
    expect(ix.keys).toEqual([5])
    expect(ix.byCell.get('5\u0000price')).toBe(0)
    expect(ix.byCell.get('5/9\u0000price')).toBe(2)
    expect(ix.byKey.get('5')).toEqual([0, 1, 2])
    expect(ix.byKey.get('5/9')).toEqual([2])
    expect(ix.createRows).toEqual([4])
    expect(ix.byCell.get('preview:4\u0000name')).toBe(3)
    expect(ix.byKey.get('preview:4')).toEqual([3])
    expect(buildIndex(ix.changes, false).keys).toEqual(['5'])
  })

  it('Space flips a selection together: any accepted → all rejected; all rejected → all accepted', () => {
    const bits = new Uint8Array(4)
    bits[1] = 1
    expect(toggleAll(bits, [0, 1])).toBe(true)
    expect([...bits]).toEqual([1, 1, 0, 0])
    expect(toggleAll(bits, [0, 1])).toBe(false)
    expect([...bits]).toEqual([0, 0, 0, 0])
    expect(setRejected(bits, [2, 3, 3], true)).toBe(2)
    expect(countRejected(bits)).toBe(2)
  })

  it('a rule rejects what main\'s ruleRejects rejects, on its field only', () => {
    const changes = planOf(300, seededRandom(7))
    const ix = buildIndex(changes, true)
    const bits = new Uint8Array(changes.length)
    const rule = { kind: 'changeOverPercent' as const, field: 'price', percent: 50 }
    const n = rejectByRule(ix, bits, rule)
    const main = rejectionTest({ rules: [rule] })
    expect(n).toBeGreaterThan(0)
    changes.forEach((c, i) => expect(bits[i] === 1, `change ${i}`).toBe(main(c)))
  })

  it('the exclusion sent to main rejects exactly the rejected bits, whatever their mix (fuzzed)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed)
      const changes = planOf(200, random)
      const ix = buildIndex(changes, true)
      const bits = new Uint8Array(changes.length)
      // Whole columns, whole file rows and single cells, as the layer's controls set them.
      if (random() < 0.5) setRejected(bits, ix.byField.get('price') ?? [], true)
      for (const idx of ix.byFileRow.values()) if (random() < 0.1) setRejected(bits, idx, true)
      for (let i = 0; i < bits.length; i++) if (random() < 0.15) bits[i] = random() < 0.5 ? 1 : 0
      const rejected = rejectionTest(exclusionOf(ix, bits))
      changes.forEach((c, i) => expect(rejected(c), `seed ${seed}, change ${i}`).toBe(bits[i] === 1))
    }
  })

  it('compresses: a fully rejected column is one field, a fully rejected file row one row', () => {
    const changes = planOf(50, seededRandom(3))
    const ix = buildIndex(changes, true)
    const bits = new Uint8Array(changes.length)
    setRejected(bits, ix.byField.get('price') ?? [], true)
    const firstRow = [...ix.byFileRow.keys()][0] as number
    setRejected(bits, ix.byFileRow.get(firstRow) ?? [], true)
    const ex = exclusionOf(ix, bits)
    expect(ex.excludeFields).toEqual(['price'])
    expect(ex.excludeRows).toEqual([firstRow])
    expect(ex.excludeCells).toBeUndefined()
    expect(exclusionOf(ix, new Uint8Array(changes.length))).toEqual({})
  })
})
