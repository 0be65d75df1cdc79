// Fills the demo store's local copy with N products for the real-path grid bench, written by the
// sync's own writer (upsertProducts, what a full sync runs per page). A real full sync of 100,000
// products is ~1,000 requests, ≥ 100 s under Ecwid's 600/min, and writing them took ~80 s on the
// 2-core bench machine (FTS trigram index): so they are written once into a cache file per count
// and schema version, and copied from it (ATTACH + INSERT … SELECT, ~10 s) on later runs.
// The products are the sandbox's (same generator and seed as the demo store): ids, names,
// variations and categories look exactly like a synced demo store of that size.
import type { Product } from '@shared/model'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dbPathIn, openDb, schemaVersion, type Db } from '../src/main/core/store/db'
import { upsertProducts } from '../src/main/core/store/entities'
import { storeDataDir } from '../src/main/core/stores/local-data'
import { createStoreState } from '../src/main/sandbox/state'

/** Rows per transaction while building the cache. */
const BATCH = 1_000
const PRODUCT_TABLES = ['products', 'products_json', 'product_variations', 'product_categories'] as const

export interface SeedResult {
  products: number
  ms: number
  /** Whether the products came from the cache file (false: generated and written now). */
  cached: boolean
}

function writeGenerated(db: Db, storeId: number, count: number): void {
  const state = createStoreState({ products: count })
  if (state.storeId !== storeId) throw new Error(`the bench seeds the demo store (${state.storeId}), not store ${storeId}`)
  for (let from = 0; from < count; from += BATCH) {
    const items: Product[] = []
    for (let i = from; i < Math.min(count, from + BATCH); i++) {
      const p = state.products.get(i)
      if (p) items.push(p)
    }
    db.tx(() => upsertProducts(db, items, 1))
  }
}

/** The cache file's folder for this count and schema, built on first use (or when `fresh`). */
function cacheDir(storeId: number, count: number, fresh: boolean): string {
  const probe = openDb(':memory:')
  const version = schemaVersion(probe)
  probe.close()
  const dir = join(tmpdir(), 'stockroom-bench-grid', `store${storeId}-products${count}-schema${version}`)
  if (fresh) rmSync(dir, { recursive: true, force: true })
  if (existsSync(dbPathIn(dir))) return dir
  const building = `${dir}.building-${process.pid}`
  rmSync(building, { recursive: true, force: true })
  const db = openDb(building)
  try {
    writeGenerated(db, storeId, count)
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  } finally {
    db.close()
  }
  mkdirSync(join(dir, '..'), { recursive: true })
  renameSync(building, dir)
  return dir
}

export function seedLocalProducts(dataDir: string, storeId: number, count: number, options: { fresh?: boolean } = {}): SeedResult {
  const started = performance.now()
  const dir = cacheDir(storeId, count, options.fresh ?? false)
  const cached = performance.now() - started < 1_000
  const db = openDb(storeDataDir(dataDir, storeId))
  try {
    db.exec(`ATTACH DATABASE '${dbPathIn(dir).replace(/'/g, "''")}' AS seed`)
    // Same migrations on both sides, so the columns line up; the FTS triggers index the new rows.
    db.tx(() => {
      for (const t of PRODUCT_TABLES) db.exec(`INSERT OR REPLACE INTO main.${t} SELECT * FROM seed.${t}`)
    })
    db.exec('DETACH DATABASE seed')
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    const products = db.get<{ n: number }>('SELECT count(*) AS n FROM products')?.n ?? 0
    return { products, ms: Math.round(performance.now() - started), cached }
  } finally {
    db.close()
  }
}
