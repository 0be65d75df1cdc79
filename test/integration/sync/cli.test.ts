// `stockroom sync` and `stockroom query` (shared/CLI.md): JSON on stdout, exit codes, the same
// database the app uses, token only from STOCKROOM_TOKEN.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { main } from '../../../src/main/cli/index'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'

let sb: SandboxHandle
let dataDir: string

beforeAll(async () => {
  sb = await startSandbox({ products: 230, orders: 150, customers: 30, coupons: 12 })
  dataDir = mkdtempSync(join(tmpdir(), 'stockroom-cli-sync-'))
})
afterAll(async () => {
  await sb?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

async function cli(args: string[]): Promise<{ code: number; json: Record<string, unknown> | null; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true))
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true))
  try {
    const code = await main([...args, '--store', String(sb.storeId), '--api-base', sb.apiBase, '--data-dir', dataDir, '--json'], { STOCKROOM_TOKEN: sb.tokens.full })
    const json = stdout.trim() ? (JSON.parse(stdout.trim()) as Record<string, unknown>) : null
    return { code, json, stdout, stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
}

describe('stockroom sync / query', () => {
  it('query before any sync says to sync first', async () => {
    const r = await cli(['query', 'products'])
    expect(r.code).toBe(1)
    expect(r.json).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })

  it('sync --full prints mode, requests, 429s, duration and counts; progress goes to stderr', async () => {
    const r = await cli(['sync', '--full'])
    expect(r.code).toBe(0)
    expect(r.json).toMatchObject({ mode: 'full', rateLimited: 0, counts: { products: 230, orders: 150, customers: 30, coupons: 12, profile: 1 } })
    expect(Object.keys(r.json ?? {}).sort()).toEqual(['counts', 'durationMs', 'mode', 'rateLimited', 'requests'])
    expect(r.stderr).toMatch(/full sync: products \d+\/230/)
    expect(r.stdout).not.toContain(sb.tokens.full)
  })

  it('a second sync is incremental and cheap; --resources limits it', async () => {
    sb.state.updateProduct(0, (p) => void (p.name = 'Zzz cli edited'))
    const r = await cli(['sync', '--resources', 'products,orders'])
    expect(r.json).toMatchObject({ mode: 'incremental' })
    expect(Number(r.json?.requests)).toBeLessThanOrEqual(5)
  })

  it('query returns { total, rows } with search, sort, offset and limit', async () => {
    const r = await cli(['query', 'products', '--search', 'cli edited', '--limit', '5'])
    expect(r.json).toMatchObject({ total: 1, rows: [{ name: 'Zzz cli edited' }] })
    const sorted = await cli(['query', 'orders', '--sort', 'total:desc', '--offset', '1', '--limit', '3'])
    const rows = sorted.json?.rows as { total: number }[]
    expect(sorted.json?.total).toBe(150)
    expect(rows).toHaveLength(3)
    expect(rows[0]!.total).toBeGreaterThanOrEqual(rows[2]!.total)
  })

  it('bad arguments are usage errors (exit 2)', async () => {
    expect((await cli(['sync', '--resources', 'secrets'])).code).toBe(2)
    expect((await cli(['query', 'products', '--sort', 'nope'])).code).toBe(2)
    expect((await cli(['query', 'products', '--limit', '9999'])).code).toBe(2)
    expect((await cli(['query', 'widgets'])).code).toBe(2)
  })
})
