// `stockroom bulk products` catalogue flags in-process against the sandbox (shared/CLI.md): one call
// with --add-option, --generate-variations and --add-category is one staging step; `session push`
// sends it; the sandbox then holds the documented shapes
// (https://api-docs.ecwid.com/reference/update-a-product options,
// https://api-docs.ecwid.com/reference/create-product-variation options: [{name, value}]).
// A malformed flag is a usage error (exit 2).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Product } from '../../../src/shared/model'
import { main } from '../../../src/main/cli/index'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'

let sandbox: SandboxHandle
let dataDir: string
const ids: number[] = []

beforeAll(async () => {
  sandbox = await startSandbox({ products: 60, orders: 0, customers: 0, coupons: 0 })
  dataDir = await mkdtemp(join(tmpdir(), 'stockroom-cli-catalogue-'))
  for (let i = 0; i < sandbox.state.products.size && ids.length < 10; i++) {
    const p = sandbox.state.products.get(i)
    if (!p || (p.options ?? []).length > 0) continue
    sandbox.state.updateProduct(i, (q) => void (q.name = `Catalogue mug ${ids.length}`))
    ids.push(p.id)
  }
})
afterAll(async () => {
  await sandbox?.close()
  await rm(dataDir, { recursive: true, force: true })
})

async function run(args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  let stdout = ''
  const sink = (append: (s: string) => void): Writable => new Writable({ write: (chunk, _e, done) => (append(String(chunk)), done()) })
  const code = await main([...args, '--json', '--store', String(sandbox.storeId), '--api-base', sandbox.apiBase, '--data-dir', dataDir], { STOCKROOM_TOKEN: sandbox.tokens.full }, {
    secrets: createMemorySecretStore(),
    stdout: sink((s) => (stdout += s)),
    stderr: sink(() => undefined)
  })
  return { code, json: JSON.parse(stdout) as Record<string, unknown> }
}

const server = (id: number): Product => {
  const i = sandbox.state.productIndex(id)
  return sandbox.state.products.get(i as number) as Product
}

describe('stockroom bulk products catalogue flags', () => {
  it('adds an option, generates its variations and assigns a category in one call, pushed by session push', async () => {
    expect((await run(['sync', '--resources', 'products,categories'])).code).toBe(0)
    const category = sandbox.state.categories.get(0)?.id as number
    const staged = await run(['bulk', 'products', '--session', 'mugs', '--search', 'Catalogue mug', '--add-option', 'Size=S,M,L', '--generate-variations', '--add-category', String(category)])
    expect(staged.code).toBe(0)
    // Per product: options + categoryIds + 3 variations.
    expect(staged.json).toMatchObject({ session: 'mugs', changes: 50, products: 10 })
    const pushed = await run(['session', 'push', 'mugs'])
    expect(pushed.code).toBe(0)
    expect(pushed.json).toMatchObject({ applied: 50, failed: 0, rateLimited: 0 })
    for (const id of ids) {
      const p = server(id)
      expect(p.options?.map((o) => [o.name, o.type, (o.choices ?? []).map((c) => c.text)])).toEqual([['Size', 'SELECT', ['S', 'M', 'L']]])
      expect((p.combinations ?? []).map((c) => c.options)).toEqual([[{ name: 'Size', value: 'S' }], [{ name: 'Size', value: 'M' }], [{ name: 'Size', value: 'L' }]])
      expect(p.categoryIds).toContain(category)
    }
    const renamed = await run(['bulk', 'products', '--session', 'medium', '--search', 'Catalogue mug', '--rename-option-value', 'Size:M=Medium'])
    expect(renamed.json).toMatchObject({ changes: 20, products: 10 })
    expect((await run(['session', 'push', 'medium'])).json).toMatchObject({ applied: 20, failed: 0 })
    expect((server(ids[0] as number).combinations ?? []).map((c) => c.options[0]?.value)).toEqual(['S', 'Medium', 'L'])
  }, 60_000)

  it.each([
    [['--add-option', 'Size']],
    [['--add-option', 'Size=S,,L']],
    [['--rename-option-value', 'Size=Medium']],
    [['--add-category', 'shirts']],
    [['--add-option', 'Size=S', '--set', 'price=1']]
  ])('exits 2 for %j', async (flags) => {
    const r = await run(['bulk', 'products', '--session', 'bad', ...flags])
    expect(r.code).toBe(2)
    expect(r.json).toMatchObject({ error: { code: 'USAGE' } })
  })

  it('exits 2 for catalogue flags on another resource', async () => {
    expect((await run(['bulk', 'coupons', '--session', 'bad', '--generate-variations'])).code).toBe(2)
  })
})
