// npm run bench:query — grid queries on a local store of 100,000 products (the sandbox's seeded
// catalogue, variations and categories included): the first window sorted by name, a filtered
// search, a deep window; p50/p95 each, target < 50 ms. Also times the same search done with LIKE
// instead of the FTS5 trigram index, which is why search uses FTS. Flags: --products N --runs N --quick.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Product } from '../src/shared/model'
import type { ProductQuery } from '../src/shared/model/grid'
import { openDb } from '../src/main/core/store/db'
import { upsertCategories, upsertProducts } from '../src/main/core/store/entities'
import { queryKeys, queryProducts } from '../src/main/core/store/grids'
import { rankProducts } from '../src/main/core/store/product-ranks'
import { createStoreState } from '../src/main/sandbox/state'
import { benchArgs } from './args'

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

function time(runs: number, fn: () => void): { p50: number; p95: number } {
  fn() // warm the statement cache and the page cache once
  const t: number[] = []
  for (let i = 0; i < runs; i++) {
    const s = performance.now()
    fn()
    t.push(performance.now() - s)
  }
  t.sort((a, b) => a - b)
  return { p50: Number(percentile(t, 50).toFixed(2)), p95: Number(percentile(t, 95).toFixed(2)) }
}

function main(): void {
  const args = benchArgs()
  const quick = args.flag('quick')
  const n = args.num('products', quick ? 20_000 : 100_000)
  const runs = args.num('runs', quick ? 20 : 50)
  const state = createStoreState({ products: n, orders: 0 })
  const dir = mkdtempSync(join(tmpdir(), 'stockroom-bench-query-'))
  const db = openDb(dir)
  try {
    const t0 = performance.now()
    upsertCategories(db, Array.from({ length: state.categories.size }, (_, i) => state.categories.get(i)).filter((c) => c !== undefined), 1)
    for (let i = 0; i < n; i += 1000) {
      const batch: Product[] = []
      for (let k = i; k < Math.min(n, i + 1000); k++) batch.push(state.products.get(k) as Product)
      upsertProducts(db, batch, 1)
    }
    db.exec('ANALYZE')
    const loadMs = Math.round(performance.now() - t0)
    // A material word of the seeded names ("Bamboo Cotton Lamp"): matches a few percent of products.
    const word = 'cotton'
    const firstWindow: ProductQuery = { offset: 0, limit: 100, sort: [{ field: 'name', dir: 'asc' }] }
    const filtered: ProductQuery = {
      offset: 0, limit: 100, search: word, sort: [{ field: 'name', dir: 'asc' }],
      filters: [{ field: 'enabled', kind: 'boolean', value: true }, { field: 'price', kind: 'number', min: 10, max: 200 }]
    }
    const deep: ProductQuery = { offset: Math.floor(n / 2), limit: 100, sort: [{ field: 'price', dir: 'desc' }] }
    const expandedIds = Array.from({ length: 50 }, (_, k) => (state.products.get(Math.floor((k * n) / 50)) as Product).id)
    // An import preview's "only the rows the file changes": 5,000 keys spread over the store, and every key.
    const keysOf = (count: number): number[] => Array.from({ length: count }, (_, k) => (state.products.get(Math.floor((k * n) / count)) as Product).id)
    const within5k = keysOf(Math.min(5000, n))
    const withinAll = keysOf(n)
    const likeSql = `SELECT id FROM products t WHERE t.search_text LIKE ? AND t.enabled = 1 AND t.price BETWEEN 10 AND 200 ORDER BY t.name, t.id LIMIT 100`
    const likeCount = `SELECT count(*) AS n FROM products t WHERE t.search_text LIKE ? AND t.enabled = 1 AND t.price BETWEEN 10 AND 200`
    const result = {
      bench: 'query',
      products: n,
      loadMs,
      search: word,
      matches: queryProducts(db, filtered).total,
      firstWindowSortedByName: time(runs, () => void queryProducts(db, firstWindow)),
      filteredSearch: time(runs, () => void queryProducts(db, filtered)),
      deepWindowSortedByPrice: time(runs, () => void queryProducts(db, deep)),
      // The grid's variation child rows: 50 expanded products ranked in the price order, and every one.
      rank50ByPrice: time(runs, () => void rankProducts(db, { ...deep, offset: 0, limit: 0 }, expandedIds)),
      rankAllWithVariationsFiltered: time(runs, () => void rankProducts(db, { ...filtered, offset: 0, limit: 0 }, null)),
      previewWindow5kByPrice: time(runs, () => void queryProducts(db, { ...firstWindow, sort: [{ field: 'price', dir: 'desc' }], within: within5k })),
      previewWindowAllByName: time(runs, () => void queryProducts(db, { ...firstWindow, within: withinAll })),
      previewShownKeys5kSearch: time(runs, () => void queryKeys(db, 'products', { search: word, within: within5k })),
      sameSearchWithLike: time(runs, () => {
        db.get(likeCount, [`%${word}%`])
        db.all(likeSql, [`%${word}%`])
      })
    }
    console.log(`${n} products loaded in ${loadMs} ms; ${runs} runs each (ms):`)
    console.log(`  first window sorted by name   p50 ${result.firstWindowSortedByName.p50}  p95 ${result.firstWindowSortedByName.p95}`)
    console.log(`  search "${word}" + 2 filters   p50 ${result.filteredSearch.p50}  p95 ${result.filteredSearch.p95}  (${result.matches} matches)`)
    console.log(`  window at ${deep.offset} by price  p50 ${result.deepWindowSortedByPrice.p50}  p95 ${result.deepWindowSortedByPrice.p95}`)
    console.log(`  rank 50 expanded, by price    p50 ${result.rank50ByPrice.p50}  p95 ${result.rank50ByPrice.p95}`)
    console.log(`  rank all with variations (search + filters)  p50 ${result.rankAllWithVariationsFiltered.p50}  p95 ${result.rankAllWithVariationsFiltered.p95}`)
    console.log(`  preview: window of 5,000 keys by price  p50 ${result.previewWindow5kByPrice.p50}  p95 ${result.previewWindow5kByPrice.p95}`)
    console.log(`  preview: window of all ${n} keys by name  p50 ${result.previewWindowAllByName.p50}  p95 ${result.previewWindowAllByName.p95}`)
    console.log(`  preview: keys shown, search in 5,000  p50 ${result.previewShownKeys5kSearch.p50}  p95 ${result.previewShownKeys5kSearch.p95}`)
    console.log(`  same search via LIKE scan     p50 ${result.sameSearchWithLike.p50}  p95 ${result.sameSearchWithLike.p95}`)
    console.log(JSON.stringify(result))
    if (result.firstWindowSortedByName.p95 >= 50 || result.filteredSearch.p95 >= 50) process.exitCode = 1
  } finally {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main()
