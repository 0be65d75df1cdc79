// npm run bench:sync — full sync of 20,000 products + 100,000 orders (plus the seeded categories,
// coupons and customers) from the sandbox at 100 ms latency under the real 600/min limit, through
// the app's scheduler settings; then 50 products change and an incremental sync runs.
// Flags: --products N --orders N --latency MS --quick (CI size).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEcwidApi } from '../src/main/core/ecwid'
import { lowerBoundMs } from '../src/main/core/limiter/lower-bound'
import { DEFAULT_CONCURRENCY, createScheduler } from '../src/main/core/limiter/scheduler'
import { openDb } from '../src/main/core/store/db'
import { runSync } from '../src/main/core/sync/sync-engine'
import { startSandbox } from '../src/main/sandbox/server'
import { benchArgs } from './args'

async function main(): Promise<void> {
  const args = benchArgs()
  const quick = args.flag('quick')
  const products = args.num('products', quick ? 2_000 : 20_000)
  const orders = args.num('orders', quick ? 8_000 : 100_000)
  const latencyMs = args.num('latency', 100)
  const sandbox = await startSandbox({ products, orders, latencyMs })
  // The app's settings (services.ts): 10 requests per window reserved for interactive work.
  const scheduler = createScheduler({ interactiveReserve: 10 })
  const api = createEcwidApi({ apiBase: sandbox.apiBase, storeId: sandbox.storeId, getToken: async () => sandbox.tokens.full, scheduler })
  const dir = mkdtempSync(join(tmpdir(), 'stockroom-bench-sync-'))
  const db = openDb(dir)
  let lastLine = 0
  try {
    const started = performance.now()
    const full = await runSync({
      api, db, limiter: () => scheduler.stats(),
      onProgress: (p) => {
        if (performance.now() - lastLine < 5_000) return
        lastLine = performance.now()
        process.stderr.write(`  ${p.resource} ${p.done}/${p.total}, ${p.requests} requests, ETA ${p.etaMs === null ? '?' : Math.round(p.etaMs / 1000)} s\n`)
      }
    })
    const elapsedMs = performance.now() - started
    const full429 = sandbox.stats().rateLimited
    // Ecwid's own limit is the yardstick (like bench:fetch), and our background budget for reference.
    const bound = lowerBoundMs(full.requests, { budget: 600, windowMs: 60_000, latencyMs, concurrency: DEFAULT_CONCURRENCY })
    const boundOurs = lowerBoundMs(full.requests, { budget: 580, windowMs: 60_000, latencyMs, concurrency: DEFAULT_CONCURRENCY })

    for (let i = 0; i < 50; i++) sandbox.state.updateProduct(i * 7, (p) => void (p.price = Math.round(p.price * 110) / 100))
    sandbox.resetStats()
    const inc = await runSync({ api, db, limiter: () => scheduler.stats() })
    const result = {
      bench: 'sync',
      full: {
        counts: full.counts,
        requests: full.requests,
        rateLimited429: full429,
        elapsedMs: Math.round(elapsedMs),
        lowerBoundMs: Math.round(bound),
        ratio: Number((elapsedMs / bound).toFixed(3)),
        ratioToOurBudget: Number((elapsedMs / boundOurs).toFixed(3))
      },
      incremental: { changed: 50, requests: inc.requests, rateLimited429: sandbox.stats().rateLimited, elapsedMs: inc.durationMs, byPath: sandbox.stats().byPath },
      latencyMs
    }
    console.log(`full sync: ${full.counts.products} products + ${full.counts.orders} orders (+ ${full.counts.customers} customers, ${full.counts.coupons} coupons, ${full.counts.categories} categories, profile) in ${full.requests} requests, ${full429} × 429`)
    console.log(`elapsed ${result.full.elapsedMs} ms, lower bound ${result.full.lowerBoundMs} ms (600/min), ratio ${result.full.ratio}; vs our 580/min background budget ${result.full.ratioToOurBudget}`)
    console.log(`incremental after 50 product changes: ${inc.requests} requests (must be ≤ 8), ${inc.durationMs} ms`)
    console.log(JSON.stringify(result))
    const countsOk = full.counts.products === products && full.counts.orders === orders
    if (!countsOk || full429 > 0 || inc.requests > 8) process.exitCode = 1
  } finally {
    db.close()
    scheduler.dispose()
    await sandbox.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
