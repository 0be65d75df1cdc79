// Row index arithmetic for variation child rows, pure: with some products expanded, the grid's row i
// is a product (by its index among the query's products) or the k-th variation below one.
import type { ProductRank } from '@shared/model/grid'

export type Slot = { product: number } | { product: number; child: number }

/** A ranked product with its flattened row index and the child rows above it. */
export interface PlacedRank extends ProductRank {
  at: number
  before: number
}

/** Ranks (ordered by index) placed in the flattened rows. */
export function flatLayout(ranks: readonly ProductRank[]): PlacedRank[] {
  let before = 0
  return ranks.map((r) => {
    const placed = { ...r, at: r.index + before, before }
    before += r.variations
    return placed
  })
}

export function slotIn(layout: readonly PlacedRank[], i: number): Slot {
  // The last expanded product at or above row i.
  let lo = 0
  let hi = layout.length - 1
  let k = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if ((layout[mid]?.at ?? 0) <= i) {
      k = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  const r = layout[k]
  if (!r) return { product: i }
  if (i === r.at) return { product: r.index }
  if (i <= r.at + r.variations) return { product: r.index, child: i - r.at - 1 }
  return { product: i - r.before - r.variations }
}
