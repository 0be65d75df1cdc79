// Catalogue integration tests' shared start: products without options, renamed on the sandbox so
// one search finds exactly them. Test helper only.
import type { Harness } from '../sessions/helpers'

/** Renames the first `n` products without options to "<prefix> 0", "<prefix> 1"…; returns their ids. */
export function nameProductsWithoutOptions(h: Harness, n: number, prefix: string): number[] {
  const ids: number[] = []
  for (let i = 0; i < h.sb.state.products.size && ids.length < n; i++) {
    const p = h.sb.state.products.get(i)
    if (!p || (p.options ?? []).length > 0) continue
    h.sb.state.updateProduct(i, (q) => void (q.name = `${prefix} ${ids.length}`))
    ids.push(p.id)
  }
  h.resync()
  return ids
}
