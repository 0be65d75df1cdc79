// Variation child rows: which product or variation each grid row shows, with several products expanded.
import { describe, expect, it } from 'vitest'
import { flatLayout, slotIn } from '../../../src/renderer/src/components/grid-views/variation-slots'

describe('variation child row slots', () => {
  it('maps every row to its product or to a variation below it', () => {
    // Products 0..9; product 2 shows 3 variations, product 3 shows 1, product 7 shows 2.
    const layout = flatLayout([{ id: 12, index: 2, variations: 3 }, { id: 13, index: 3, variations: 1 }, { id: 17, index: 7, variations: 2 }])
    const rows = Array.from({ length: 16 }, (_, i) => slotIn(layout, i))
    expect(rows).toEqual([
      { product: 0 }, { product: 1 },
      { product: 2 }, { product: 2, child: 0 }, { product: 2, child: 1 }, { product: 2, child: 2 },
      { product: 3 }, { product: 3, child: 0 },
      { product: 4 }, { product: 5 }, { product: 6 },
      { product: 7 }, { product: 7, child: 0 }, { product: 7, child: 1 },
      { product: 8 }, { product: 9 }
    ])
  })

  it('is the identity with nothing expanded, and expanding the first product shifts every later row', () => {
    expect([0, 5, 99].map((i) => slotIn([], i))).toEqual([{ product: 0 }, { product: 5 }, { product: 99 }])
    const layout = flatLayout([{ id: 1, index: 0, variations: 2 }])
    expect([0, 1, 2, 3].map((i) => slotIn(layout, i))).toEqual([{ product: 0 }, { product: 0, child: 0 }, { product: 0, child: 1 }, { product: 1 }])
  })
})
