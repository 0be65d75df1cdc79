// npm run bench:fetch — downloads every product and order from the sandbox (100 ms latency, the real
// 600/min limit) through the production scheduler, client and the CLI's concurrent page walk, and compares the elapsed time with the
// fastest schedule Ecwid's limit allows. Flags: --products N --orders N --latency MS --quick.
import { fetchAllItems } from '../src/main/cli/commands/fetch'
import { createEcwidApi } from '../src/main/core/ecwid'
import { DEFAULT_CONCURRENCY, createScheduler } from '../src/main/core/limiter/scheduler'
import { lowerBoundMs } from '../src/main/core/limiter/lower-bound'
import { benchArgs } from './args'
import { startSandboxProcess } from './sandbox-process'

async function main(): Promise<void> {
  const args = benchArgs()
  const quick = args.flag('quick')
  const products = args.num('products', quick ? 2_000 : 5_000)
  const orders = args.num('orders', quick ? 8_000 : 20_000)
  const latencyMs = args.num('latency', 100)
  const sandbox = await startSandboxProcess({ products, orders, latencyMs })
  const scheduler = createScheduler()
  const api = createEcwidApi({ apiBase: sandbox.apiBase, storeId: sandbox.storeId, getToken: async () => sandbox.token, scheduler })
  const started = performance.now()
  const [gotProducts, gotOrders] = await Promise.all([fetchAllItems(api, 'products'), fetchAllItems(api, 'orders')])
  const elapsedMs = performance.now() - started
  const { requests, rateLimited } = api.client.stats()
  // Ecwid's own limit (600 per 60 s), not our safety-margined budget: the yardstick is what Ecwid allows.
  const boundMs = lowerBoundMs(requests, { budget: 600, windowMs: 60_000, latencyMs, concurrency: DEFAULT_CONCURRENCY })
  scheduler.dispose()
  await sandbox.close()
  const result = {
    bench: 'fetch',
    products: gotProducts,
    orders: gotOrders,
    requests,
    rateLimited429: rateLimited,
    elapsedMs: Math.round(elapsedMs),
    lowerBoundMs: Math.round(boundMs),
    ratio: Number((elapsedMs / boundMs).toFixed(3)),
    concurrency: DEFAULT_CONCURRENCY,
    latencyMs
  }
  console.log(`fetch: ${gotProducts} products + ${gotOrders} orders in ${requests} requests, ${rateLimited} × 429`)
  console.log(`elapsed ${result.elapsedMs} ms, lower bound ${result.lowerBoundMs} ms, ratio ${result.ratio} (concurrency ${DEFAULT_CONCURRENCY}, latency ${latencyMs} ms)`)
  console.log(JSON.stringify(result))
  if (gotProducts !== products || gotOrders !== orders || rateLimited > 0) process.exitCode = 1
}

void main()
