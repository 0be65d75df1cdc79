// One process of the two-process budget check (bench/two-process.ts, test/integration/limiter):
// sends N GET /profile through the CLI's scheduler on a shared data folder and prints what it saw.
// Settings come from the environment so the token never appears on a command line.
import { createEcwidClient } from '../src/main/core/ecwid/client'
import { createScheduler } from '../src/main/core/limiter/scheduler'
import { createCliScheduler } from '../src/main/core/limiter/shared-scheduler'

async function main(): Promise<void> {
  const env = process.env
  const num = (name: string): number => Number(env[name])
  const limits = { limit: num('BUDGET_LIMIT'), windowMs: num('BUDGET_WINDOW_MS'), safetyMargin: num('BUDGET_MARGIN') }
  // BUDGET_SHARED=0 is the control run: each process on its own window, as before the ledger.
  const scheduler = env.BUDGET_SHARED === '0' ? createScheduler(limits) : createCliScheduler(env.BUDGET_DATA_DIR ?? '', limits)
  const client = createEcwidClient({ apiBase: env.BUDGET_API_BASE, storeId: num('BUDGET_STORE_ID'), getToken: async () => env.BUDGET_TOKEN ?? '', scheduler })
  const started = Date.now()
  await Promise.all(Array.from({ length: num('BUDGET_REQUESTS') }, () => client.request({ path: '/profile', priority: 'background' })))
  scheduler.dispose()
  const { requests, rateLimited } = client.stats()
  console.log(JSON.stringify({ requests, rateLimited, elapsedMs: Date.now() - started }))
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e))
  process.exitCode = 1
})
