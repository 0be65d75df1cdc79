// `stockroom fetch` run in-process against the sandbox: complete counts through the concurrent page
// walk, --limit, exit codes for a refused token and a usage error, and the token never printed.
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/main/cli/index'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'

let sandbox: SandboxHandle

beforeAll(async () => {
  sandbox = await startSandbox({ products: 730, orders: 420, customers: 40, coupons: 25 })
})
afterAll(async () => {
  await sandbox?.close()
})

async function run(args: string[], token: string): Promise<{ code: number; json: Record<string, unknown>; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const sink = (append: (s: string) => void): Writable => new Writable({ write: (chunk, _e, done) => (append(String(chunk)), done()) })
  const code = await main([...args, '--json', '--store', String(sandbox.storeId), '--api-base', sandbox.apiBase], { STOCKROOM_TOKEN: token }, {
    secrets: createMemorySecretStore(),
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s))
  })
  expect(stdout).not.toContain(token)
  expect(stderr).not.toContain(token)
  return { code, json: JSON.parse(stdout) as Record<string, unknown>, stderr }
}

describe('stockroom fetch', () => {
  it('downloads every product and order exactly once', async () => {
    const products = await run(['fetch', 'products'], sandbox.tokens.full)
    expect(products.code).toBe(0)
    expect(products.json).toMatchObject({ resource: 'products', count: 730, requests: 8, rateLimited: 0 })
    const orders = await run(['fetch', 'orders'], sandbox.tokens.full)
    expect(orders.json).toMatchObject({ resource: 'orders', count: 420, requests: 5 })
  })

  it('stops at --limit', async () => {
    const r = await run(['fetch', 'customers', '--limit', '10'], sandbox.tokens.full)
    expect(r.code).toBe(0)
    expect(r.json.count).toBe(10)
  })

  it('exits 3 after a single request when the token is refused', async () => {
    const before = sandbox.stats().invalidToken
    const r = await run(['fetch', 'coupons'], 'secret_notavalidtoken')
    expect(r.code).toBe(3)
    expect(r.json).toMatchObject({ error: { code: 'AUTH_INVALID' } })
    expect(sandbox.stats().invalidToken - before).toBe(1)
  })

  it('exits 2 for an unknown resource', async () => {
    const r = await run(['fetch', 'widgets'], sandbox.tokens.full)
    expect(r.code).toBe(2)
  })
})
