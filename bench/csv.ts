// npm run bench:csv — exports N products (default 100,000) to a temp file with the streaming exporter, then
// imports the same file back (parse, map, validate, diff against an in-memory store) and prints rows/s and
// peak RSS/heap for each phase. Flags: --products N --quick (10,000 products).
import { createReadStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Product } from '../src/shared/model/product'
import { exportCsvToFile } from '../src/main/core/csv/export'
import { productsFlat } from '../src/main/core/csv/formats/products-flat'
import { planImport } from '../src/main/core/csv/import'
import type { EntityLookup } from '../src/main/core/csv/match'
import { benchArgs } from './args'

function makeProduct(id: number): Product {
  return {
    id,
    sku: `SKU-${id}`,
    name: `Product ${id} — "quoted", with commas`,
    price: Math.round(id * 137) / 100,
    compareToPrice: id % 3 === 0 ? 99.99 : undefined,
    quantity: id % 50,
    unlimited: false,
    inStock: id % 50 > 0,
    enabled: id % 10 !== 0,
    weight: 0.5,
    description: `<p>Description of product ${id}.\nSecond line.</p>`,
    categoryIds: [1, 2],
    tags: ['a', 'b'],
    created: '2024-01-02 10:00:00 +0000',
    updated: '2024-02-03 11:30:00 +0000',
    createTimestamp: 1704189600,
    updateTimestamp: 1706959800
  }
}

/** Samples process memory every few ms while a phase runs. */
function meter(): { stop(): { rssMb: number; heapMb: number } } {
  let rss = 0
  let heap = 0
  const sample = (): void => {
    const m = process.memoryUsage()
    rss = Math.max(rss, m.rss)
    heap = Math.max(heap, m.heapUsed)
  }
  sample()
  const timer = setInterval(sample, 10)
  return {
    stop() {
      clearInterval(timer)
      sample()
      return { rssMb: Math.round(rss / 1024 ** 2), heapMb: Math.round(heap / 1024 ** 2) }
    }
  }
}

async function main(): Promise<void> {
  const args = benchArgs()
  const n = args.num('products', args.flag('quick') ? 10_000 : 100_000)
  const dir = await mkdtemp(join(tmpdir(), 'stockroom-bench-csv-'))
  const file = join(dir, 'products.csv')
  try {
    function* products(): Generator<Product> {
      for (let i = 1; i <= n; i++) yield makeProduct(i)
    }
    let m = meter()
    let t = performance.now()
    const exp = await exportCsvToFile(file, products(), productsFlat)
    const exportMs = performance.now() - t
    const exportMem = m.stop()

    // The "store": lookups build the entity on demand, like an indexed SQLite read would.
    const lookup: EntityLookup = {
      byId: async (_r, id) => (Number(id) >= 1 && Number(id) <= n ? makeProduct(Number(id)) : undefined),
      bySku: async (sku) => (sku.startsWith('SKU-') ? makeProduct(Number(sku.slice(4))) : undefined),
      byCode: async () => undefined,
      byOrderNumber: async () => undefined
    }
    m = meter()
    t = performance.now()
    const imp = await planImport({ resource: 'products', source: createReadStream(file, { highWaterMark: 256 * 1024 }), lookup, knownSize: (await stat(file)).size })
    const importMs = performance.now() - t
    const importMem = m.stop()

    const result = {
      bench: 'csv',
      products: n,
      fileMb: Number((exp.bytes / 1024 ** 2).toFixed(1)),
      export: { rows: exp.rows, ms: Math.round(exportMs), rowsPerSec: Math.round(exp.rows / (exportMs / 1000)), peakRssMb: exportMem.rssMb, peakHeapMb: exportMem.heapMb },
      import: { rows: imp.rows, valid: imp.valid, changes: imp.changeCount, ms: Math.round(importMs), rowsPerSec: Math.round(imp.rows / (importMs / 1000)), peakRssMb: importMem.rssMb, peakHeapMb: importMem.heapMb }
    }
    console.warn(`export: ${exp.rows} rows, ${result.fileMb} MB in ${result.export.ms} ms (${result.export.rowsPerSec} rows/s), peak RSS ${exportMem.rssMb} MB, heap ${exportMem.heapMb} MB`)
    console.warn(`import: ${imp.rows} rows (${imp.valid} valid, ${imp.changeCount} changes) in ${result.import.ms} ms (${result.import.rowsPerSec} rows/s), peak RSS ${importMem.rssMb} MB, heap ${importMem.heapMb} MB`)
    process.stdout.write(`${JSON.stringify(result)}\n`)
    if (imp.changeCount !== 0 || imp.valid !== n) process.exitCode = 1
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
