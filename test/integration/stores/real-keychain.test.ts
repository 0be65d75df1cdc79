// Connect and remove with the REAL OS keychain (Secret Service on Linux) under a throw-away service
// name. Skips loudly when no Secret Service is reachable, except on CI (CI=true) where it fails.
// Locally: bash scripts/with-keychain.sh npx vitest run test/integration/stores
import { randomBytes } from 'node:crypto'
import { Readable, Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/main/cli/index'
import { createServices } from '../../../src/main/core/services'
import { createKeytarSecretStore } from '../../../src/main/core/secrets/keytar-store'
import type { SecretStore } from '../../../src/main/core/secrets/secret-store'
import type { SandboxHandle } from '../../../src/main/sandbox/server'
import { EXTRA_STORE_ID, filesUnder, startStoresSandbox, tempDataDir } from './helpers'

const SERVICE = `Stockroom-test-${randomBytes(6).toString('hex')}`
const ON_CI = process.env.CI === 'true'
const PROBE_ID = 999_999_002

async function probe(store: SecretStore): Promise<string | null> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the keychain did not answer within 5 s')), 5_000).unref())
  try {
    const value = `probe-${randomBytes(4).toString('hex')}`
    await Promise.race([store.set(PROBE_ID, value), timeout])
    const read = await Promise.race([store.get(PROBE_ID), timeout])
    await Promise.race([store.delete(PROBE_ID), timeout])
    return read === value ? null : 'the probe entry read back differently'
  } catch (e) {
    const cause = (e as { details?: { cause?: unknown } }).details?.cause
    return `${e instanceof Error ? e.message : String(e)}${cause ? ` (cause: ${String(cause)})` : ''}`
  }
}

const keychain = createKeytarSecretStore(SERVICE)
const unavailable = await probe(keychain)

if (unavailable && !ON_CI) {
  console.warn(`\n!!! SKIPPING the stores real-keychain tests: no Secret Service is reachable.\n!!! Reason: ${unavailable}\n!!! Run: bash scripts/with-keychain.sh npx vitest run test/integration/stores\n`)
}

describe.runIf(ON_CI && unavailable !== null)('stores keychain on CI', () => {
  it('has a reachable Secret Service (required when CI=true)', () => {
    throw new Error(`No Secret Service is reachable on CI: ${unavailable}. Run the tests through scripts/with-keychain.sh.`)
  })
})

const sink = (): Writable => new Writable({ write: (_chunk, _enc, done) => done() })

describe.skipIf(unavailable !== null)(`stores on the real keychain (${SERVICE})`, () => {
  let sandbox: SandboxHandle
  let dataDir: { path: string; cleanup(): Promise<void> }

  beforeAll(async () => {
    sandbox = await startStoresSandbox()
    dataDir = await tempDataDir()
  })
  afterAll(async () => {
    for (const id of await keychain.list().catch(() => [])) await keychain.delete(id).catch(() => false)
    await sandbox?.close()
    await dataDir?.cleanup()
  })

  it('connect saves the token in the keychain (not on disk); remove deletes the entry', async () => {
    const services = createServices({ dataDir: dataDir.path, appVersion: '0.0.0-test', secrets: keychain, apiBase: sandbox.apiBase })
    try {
      const summary = await services.api.connectStore({ storeId: sandbox.storeId, token: sandbox.tokens.full })
      expect(summary.capabilities.catalog.update).toBe(true)
      expect(await keychain.get(sandbox.storeId)).toBe(sandbox.tokens.full)
      expect(await keychain.list()).toEqual([sandbox.storeId])
      for (const f of await filesUnder(dataDir.path)) expect(f.text).not.toContain(sandbox.tokens.full)
      // A fresh keychain handle (as after an app restart) still finds it.
      expect(await createKeytarSecretStore(SERVICE).get(sandbox.storeId)).toBe(sandbox.tokens.full)

      await services.api.removeStore(sandbox.storeId, { deleteLocalData: true })
      expect(await keychain.get(sandbox.storeId)).toBeNull()
      expect(await keychain.list()).toEqual([])
    } finally {
      await services.close()
    }
  })

  it('a bad token leaves the keychain untouched', async () => {
    const services = createServices({ dataDir: dataDir.path, appVersion: '0.0.0-test', secrets: keychain, apiBase: sandbox.apiBase })
    try {
      await expect(services.api.connectStore({ storeId: sandbox.storeId, token: 'secret_wrongwrongwrong' })).rejects.toMatchObject({ code: 'AUTH_INVALID' })
      expect(await keychain.list()).toEqual([])
    } finally {
      await services.close()
    }
  })

  it('the CLI adds (token on stdin) and removes through the same keychain', async () => {
    const extra = sandbox.stores.get(EXTRA_STORE_ID)
    if (!extra) throw new Error('no extra store')
    const base = ['--store', String(EXTRA_STORE_ID), '--api-base', sandbox.apiBase, '--data-dir', dataDir.path]
    const added = await main(['store', 'add', ...base], {}, { secrets: keychain, stdin: Readable.from([`${extra.tokens.full}\n`]), stdout: sink(), stderr: sink() })
    expect(added).toBe(0)
    expect(await keychain.get(EXTRA_STORE_ID)).toBe(extra.tokens.full)
    const removed = await main(['store', 'remove', String(EXTRA_STORE_ID), '--data-dir', dataDir.path], {}, { secrets: keychain, stdout: sink(), stderr: sink() })
    expect(removed).toBe(0)
    expect(await keychain.get(EXTRA_STORE_ID)).toBeNull()
  })
})
