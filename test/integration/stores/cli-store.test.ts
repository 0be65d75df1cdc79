// `stockroom store add|list|remove` run in-process (main(argv, env, deps)) against the sandbox with an
// in-memory SecretStore: --json shapes, exit codes (shared/CLI.md), and the token never printed.
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../../src/main/cli/index'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import type { SecretStore } from '../../../src/main/core/secrets/secret-store'
import { storeDataDir } from '../../../src/main/core/stores/local-data'
import type { SandboxHandle } from '../../../src/main/sandbox/server'
import { EXTRA_STORE_ID, filesUnder, startStoresSandbox, tempDataDir } from './helpers'

interface Run {
  code: number
  stdout: string
  stderr: string
  /** stdout parsed: with --json it is exactly one JSON object. */
  json: Record<string, unknown>
}

let sandbox: SandboxHandle
let dataDir: { path: string; cleanup(): Promise<void> }
let secrets: SecretStore

function collector(): { stream: Writable; text(): string } {
  let text = ''
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      text += chunk.toString()
      done()
    }
  })
  return { stream, text: () => text }
}

async function run(args: string[], opts: { env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<Run> {
  const out = collector()
  const err = collector()
  const stdin = Readable.from(opts.stdin === undefined ? [] : [opts.stdin])
  const code = await main([...args, '--data-dir', dataDir.path, '--api-base', sandbox.apiBase], opts.env ?? {}, { secrets, stdin, stdout: out.stream, stderr: err.stream })
  const stdout = out.text()
  let json: Record<string, unknown> = {}
  if (args.includes('--json')) {
    expect(stdout.trim().split('\n')).toHaveLength(1)
    json = JSON.parse(stdout) as Record<string, unknown>
  }
  return { code, stdout, stderr: err.text(), json }
}

const extraFull = (): string => sandbox.stores.get(EXTRA_STORE_ID)?.tokens.full ?? ''
const allTokens = (): string[] => [sandbox.tokens.full, sandbox.tokens.readOnly, sandbox.tokens.public, extraFull()]

function expectNoToken(r: Run): void {
  for (const t of allTokens()) expect(r.stdout + r.stderr).not.toContain(t)
}

beforeAll(async () => {
  sandbox = await startStoresSandbox()
})
afterAll(async () => {
  await sandbox.close()
})
beforeEach(async () => {
  dataDir = await tempDataDir()
  secrets = createMemorySecretStore()
})
afterEach(async () => {
  await dataDir.cleanup()
})

describe('stockroom store', () => {
  it('add with STOCKROOM_TOKEN: validated, saved to the keychain, one JSON object out', async () => {
    const r = await run(['store', 'add', '--store', String(sandbox.storeId), '--label', 'Shop A', '--json'], { env: { STOCKROOM_TOKEN: ` ${sandbox.tokens.full} ` } })
    expect(r.code).toBe(0)
    expect(r.json).toEqual({ stores: [{ storeId: sandbox.storeId, label: 'Shop A', name: 'Demo Store', scopes: expect.arrayContaining(['read_catalog', 'update_catalog']), demo: false }] })
    expect(await secrets.get(sandbox.storeId)).toBe(sandbox.tokens.full)
    expectNoToken(r)
  })

  it('add reads a piped token from stdin, trims it, and prints the missing-scope notes to stderr', async () => {
    const r = await run(['store', 'add', '--store', String(sandbox.storeId), '--json'], { stdin: `${sandbox.tokens.readOnly}\n` })
    expect(r.code).toBe(0)
    expect(await secrets.get(sandbox.storeId)).toBe(sandbox.tokens.readOnly)
    expect(r.stderr).toContain('Products: read-only — the token lacks update_catalog.')
    expect(r.stdout).not.toContain('read-only —')
    expectNoToken(r)
  })

  it('lists stores and removes one with its keychain entry and, when asked, its local data', async () => {
    expect((await run(['store', 'add', '--store', String(sandbox.storeId)], { stdin: sandbox.tokens.full })).code).toBe(0)
    expect((await run(['store', 'add', '--store', String(EXTRA_STORE_ID), '--label', 'B'], { env: { STOCKROOM_TOKEN: extraFull() } })).code).toBe(0)

    const listed = await run(['store', 'list', '--json'])
    expect(listed.code).toBe(0)
    expect((listed.json.stores as { storeId: number; label: string }[]).map((s) => [s.storeId, s.label])).toEqual([
      [sandbox.storeId, 'Demo Store'],
      [EXTRA_STORE_ID, 'B']
    ])
    const human = await run(['store', 'list'])
    expect(human.stdout).toContain(`${EXTRA_STORE_ID}\tB\tSecond Shop`)

    const local = storeDataDir(dataDir.path, sandbox.storeId)
    await mkdir(local, { recursive: true })
    await writeFile(join(local, 'store.db'), 'local copy')
    const removed = await run(['store', 'remove', String(sandbox.storeId), '--delete-local-data', '--json'])
    expect(removed.code).toBe(0)
    expect(removed.json).toMatchObject({ removed: sandbox.storeId, stores: [{ storeId: EXTRA_STORE_ID, label: 'B' }] })
    expect(await secrets.list()).toEqual([EXTRA_STORE_ID])
    expect(existsSync(local)).toBe(false)

    const again = await run(['store', 'remove', String(sandbox.storeId), '--json'])
    expect(again.code).toBe(1)
    expect(again.json).toMatchObject({ error: { code: 'NOT_FOUND' } })
    for (const f of await filesUnder(dataDir.path)) for (const t of allTokens()) expect(f.text).not.toContain(t)
  })

  it('a bad token: exit 3, one request, nothing saved, token not echoed', async () => {
    sandbox.resetStats()
    const bad = 'secret_clitypoclitypo42'
    const r = await run(['store', 'add', '--store', String(sandbox.storeId), '--json'], { env: { STOCKROOM_TOKEN: bad } })
    expect(r.code).toBe(3)
    expect(r.json).toMatchObject({ error: { code: 'AUTH_INVALID' } })
    expect(r.stdout + r.stderr).not.toContain(bad)
    expect(sandbox.stats().requests).toBe(1)
    expect(await secrets.list()).toEqual([])
    expect((await run(['store', 'list', '--json'])).json).toEqual({ stores: [] })
  })

  it('a store on the free plan: exit 3 (PLAN_REQUIRED)', async () => {
    sandbox.setPlan('free')
    try {
      const r = await run(['store', 'add', '--store', String(sandbox.storeId), '--json'], { env: { STOCKROOM_TOKEN: sandbox.tokens.full } })
      expect(r.code).toBe(3)
      expect(r.json).toMatchObject({ error: { code: 'PLAN_REQUIRED' } })
    } finally {
      sandbox.setPlan('paid')
    }
  })

  it('usage errors exit 2: no --store, no token, no subcommand, no id to remove', async () => {
    const noStore = await run(['store', 'add', '--json'], { env: { STOCKROOM_TOKEN: sandbox.tokens.full } })
    expect(noStore.code).toBe(2)
    expect(noStore.json).toMatchObject({ error: { code: 'USAGE' } })
    expect((await run(['store', 'add', '--store', String(sandbox.storeId)], { stdin: '  \n' })).code).toBe(2)
    expect((await run(['store'])).code).toBe(2)
    expect((await run(['store', 'remove'])).code).toBe(2)
    expect((await run(['store', 'list', '--token', 'secret_x'])).code).toBe(2)
    expect(await secrets.list()).toEqual([])
  })
})
