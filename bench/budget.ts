// npm run bench:budget — two processes on one token and data folder against the sandbox (window
// scaled to --window-ms, default 2 s for 40 requests): prints the sandbox's 429 count with the shared
// ledger, and without it (each process on its own window, as before) for comparison.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox } from '../src/main/sandbox/server'
import { benchArgs } from './args'
import { runTwoProcesses } from './two-process'

async function main(): Promise<void> {
  const args = benchArgs()
  const limit = args.num('limit', 40)
  const windowMs = args.num('window-ms', 2_000)
  const requestsEach = args.num('requests', 120)
  const latencyMs = args.num('latency', 20)
  const sandbox = await startSandbox({ products: 5, orders: 0, customers: 0, coupons: 0, latencyMs, rateLimit: { limit, windowMs } })
  const results: Record<string, { rateLimited429: number; elapsedMs: number }> = {}
  for (const shared of [true, false]) {
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-budget-'))
    sandbox.resetStats()
    const started = performance.now()
    await runTwoProcesses({ apiBase: sandbox.apiBase, storeId: sandbox.storeId, token: sandbox.tokens.full, dataDir, requestsEach, limit, windowMs, margin: Math.ceil(limit / 10), shared })
    results[shared ? 'shared' : 'separate'] = { rateLimited429: sandbox.stats().rateLimited, elapsedMs: Math.round(performance.now() - started) }
    rmSync(dataDir, { recursive: true, force: true })
    // Let the sandbox's window empty so the next run starts clean.
    await new Promise((r) => setTimeout(r, windowMs))
  }
  await sandbox.close()
  const { shared, separate } = results as Record<'shared' | 'separate', { rateLimited429: number; elapsedMs: number }>
  console.log(`two processes × ${requestsEach} requests, limit ${limit}/${windowMs} ms, latency ${latencyMs} ms:`)
  console.log(`  shared ledger: ${shared.rateLimited429} × 429 in ${shared.elapsedMs} ms; separate windows: ${separate.rateLimited429} × 429 in ${separate.elapsedMs} ms`)
  console.log(JSON.stringify({ bench: 'budget', requestsEach, limit, windowMs, latencyMs, shared, separate }))
  if (shared.rateLimited429 > 0) process.exitCode = 1
}

void main()
