// `stockroom bulk coupons --set status=…` in-process against the sandbox: Ecwid's update-coupon
// reference (https://api-docs.ecwid.com/reference/update-coupon) lets the API set only ACTIVE and
// PAUSED; EXPIRED and USEDUP are set by Ecwid itself. A refused value is a validation error: exit 4,
// with one JSON object on stdout.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/main/cli/index'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'

let sandbox: SandboxHandle
let dataDir: string

beforeAll(async () => {
  sandbox = await startSandbox({ products: 5, orders: 5, customers: 5, coupons: 12 })
  dataDir = await mkdtemp(join(tmpdir(), 'stockroom-cli-coupons-'))
})
afterAll(async () => {
  await sandbox?.close()
  await rm(dataDir, { recursive: true, force: true })
})

async function run(args: string[]): Promise<{ code: number; json: Record<string, unknown>; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const sink = (append: (s: string) => void): Writable => new Writable({ write: (chunk, _e, done) => (append(String(chunk)), done()) })
  const code = await main([...args, '--json', '--store', String(sandbox.storeId), '--api-base', sandbox.apiBase, '--data-dir', dataDir], { STOCKROOM_TOKEN: sandbox.tokens.full }, {
    secrets: createMemorySecretStore(),
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s))
  })
  return { code, json: JSON.parse(stdout) as Record<string, unknown>, stderr }
}

describe('stockroom bulk coupons --set status', () => {
  beforeAll(async () => {
    expect((await run(['sync', '--resources', 'coupons'])).code).toBe(0)
  })

  it.each(['EXPIRED', 'USEDUP'])('exits 4 for status=%s and says only ACTIVE and PAUSED can be set', async (status) => {
    const r = await run(['bulk', 'coupons', '--session', `set-${status}`, '--set', `status=${status}`])
    expect(r.code).toBe(4)
    expect(r.json).toMatchObject({ error: { code: 'VALIDATION' } })
    const message = JSON.stringify(r.json)
    expect(message).toContain('ACTIVE')
    expect(message).toContain('PAUSED')
    expect(message).toMatch(/set by Ecwid/)
  })

  it('stages status=PAUSED for every coupon (exit 0)', async () => {
    const r = await run(['bulk', 'coupons', '--session', 'pause-all', '--set', 'status=PAUSED'])
    expect(r.code).toBe(0)
    expect(r.json).toMatchObject({ session: 'pause-all' })
    expect(Number(r.json.changes)).toBeGreaterThan(0)
  })
})
