// npm run bench:fetch — downloads every product and order from the sandbox (100 ms latency, the real
// 600/min limit) through the production scheduler and client, and compares the elapsed time with the
// fastest schedule Ecwid's limit allows. Flags: --products N --orders N --latency MS --quick.
import { createEcwidApi } from '../src/main/core/ecwid'
import { DEFAULT_CONCURRENCY, createScheduler } from '../src/main/core/limiter/scheduler'
import { lowerBoundMs } from '../src/main/core/limiter/lower-bound'
import { startSandbox } from '../src/main/sandbox/server'
import { benchArgs } from './args'

async function main(): Promise<void> {
  const args = benchArgs()
  const quick = args.flag('quick')
  const products = args.num('products', quick ? 2_000 : 5_000)
  const orders = args.num('orders', quick ? 8_000 : 20_000)
  const latencyMs = args.num('latency', 100)
  const sandbox = await startSandbox({ products, orders, latencyMs })
  const scheduler = createScheduler()
  const api = createEcwidApi({ apiBase: sandbox.apiBase, storeId: sandbox.storeId, getToken: async () => sandbox.tokens.full, scheduler })
  const count = async (pages: AsyncIterable<unknown[]>): Promise<number> => {
    let n = 0
    for await (const page of pages) n += page.length
    return n
  }
  const started = performance.now()
  const [gotProducts, gotOrders] = await Promise.all([
    count(api.products.searchAll({}, { priority: 'background' }).pages()),
    count(api.orders.searchAll({}, { priority: 'background' }).pages())
  ])
  const elapsedMs = performance.now() - started
  const stats = sandbox.stats()
  const requests = api.client.stats().requests
  // Ecwid's own limit (600 per 60 s), not our safety-margined budget: the yardstick is what Ecwid allows.
  const boundMs = lowerBoundMs(requests, { budget: 600, windowMs: 60_000, latencyMs, concurrency: DEFAULT_CONCURRENCY })
  scheduler.dispose()
  await sandbox.close()
  const result = {
    bench: 'fetch',
    products: gotProducts,
    orders: gotOrders,
    requests,
    rateLimited429: stats.rateLimited,
    elapsedMs: Math.round(elapsedMs),
    lowerBoundMs: Math.round(boundMs),
    ratio: Number((elapsedMs / boundMs).toFixed(3)),
    concurrency: DEFAULT_CONCURRENCY,
    latencyMs
  }
  console.log(`fetch: ${gotProducts} products + ${gotOrders} orders in ${requests} requests, ${stats.rateLimited} × 429`)
  console.log(`elapsed ${result.elapsedMs} ms, lower bound ${result.lowerBoundMs} ms, ratio ${result.ratio} (concurrency ${DEFAULT_CONCURRENCY}, latency ${latencyMs} ms)`)
  console.log(JSON.stringify(result))
  if (gotProducts !== products || gotOrders !== orders || stats.rateLimited > 0) process.exitCode = 1
}

void main()
