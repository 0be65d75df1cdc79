// Two real processes (bench/budget-worker.ts, the CLI's scheduler) on one token and one data folder
// against the sandbox: together they must stay under the token's limit, i.e. draw no 429. Ecwid's
// limit is per token and a breach blocks the token for everyone: "up to 600 requests per minute with
// one application token which becomes temporarily blocked if you exceed the limit"
// (https://docs.ecwid.com/api-reference/rest-api/get-started#rate-limits). Window scaled to 2 s.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { runTwoProcesses } from '../../../bench/two-process'

const LIMIT = 40
const WINDOW_MS = 2_000
let sandbox: SandboxHandle
let dataDir: string

beforeAll(async () => {
  sandbox = await startSandbox({ products: 5, orders: 0, customers: 0, coupons: 0, rateLimit: { limit: LIMIT, windowMs: WINDOW_MS } })
  dataDir = mkdtempSync(join(tmpdir(), 'two-proc-'))
})
afterAll(async () => {
  await sandbox?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('one budget per token across processes', () => {
  it('two CLI processes on one token and data folder draw 0 × 429 from the sandbox', async () => {
    sandbox.resetStats()
    const [a, b] = await runTwoProcesses({
      apiBase: sandbox.apiBase,
      storeId: sandbox.storeId,
      token: sandbox.tokens.full,
      dataDir,
      requestsEach: 90,
      limit: LIMIT,
      windowMs: WINDOW_MS,
      margin: 4,
      shared: true
    })
    expect(a.requests + b.requests).toBe(180)
    expect(sandbox.stats().rateLimited).toBe(0)
    expect(sandbox.stats().byPath['GET /profile']).toBe(180)
  }, 60_000)
})
