// The keytar SecretStore against the real OS keychain, under a throw-away service name so real entries
// are never touched. Without a reachable Secret Service it skips loudly, except on CI where it fails.
// Locally: scripts/with-keychain.sh npx vitest run test/integration/keychain
import { randomBytes } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { createKeytarSecretStore } from '../../../src/main/core/secrets/keytar-store'
import type { SecretStore } from '../../../src/main/core/secrets/secret-store'

const SERVICE = `Stockroom-test-${randomBytes(6).toString('hex')}`
const PROBE_ID = 999_999_001
const PROBE_TIMEOUT_MS = 5_000
const ON_CI = process.env.CI === 'true'

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([p, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** A set/get/delete of a probe entry: null when the keychain works, else the reason it does not. */
async function probe(store: SecretStore): Promise<string | null> {
  try {
    const value = `probe-${randomBytes(4).toString('hex')}`
    await withTimeout(store.set(PROBE_ID, value), PROBE_TIMEOUT_MS, 'set')
    const read = await withTimeout(store.get(PROBE_ID), PROBE_TIMEOUT_MS, 'get')
    await withTimeout(store.delete(PROBE_ID), PROBE_TIMEOUT_MS, 'delete')
    return read === value ? null : 'the probe entry read back differently'
  } catch (e) {
    const details = (e as { details?: { cause?: unknown } }).details
    return `${e instanceof Error ? e.message : String(e)}${details?.cause ? ` (cause: ${String(details.cause)})` : ''}`
  }
}

const store = createKeytarSecretStore(SERVICE)
const unavailable = await probe(store)

if (unavailable && !ON_CI) {
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '!! SKIPPING the real-keychain tests: no Secret Service is reachable.',
      `!! Reason: ${unavailable}`,
      '!! Run them with: scripts/with-keychain.sh npx vitest run test/integration/keychain',
      '!! (on CI, CI=true, this is a failure, not a skip)',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      ''
    ].join('\n')
  )
}

describe.runIf(ON_CI && unavailable !== null)('keychain on CI', () => {
  it('has a reachable Secret Service (required when CI=true)', () => {
    throw new Error(`No Secret Service is reachable on CI: ${unavailable}. Run the tests through scripts/with-keychain.sh.`)
  })
})

describe.skipIf(unavailable !== null)(`keytar SecretStore on the real keychain (${SERVICE})`, () => {
  const ids = [910_000_001, 910_000_002, 910_000_010]

  afterAll(async () => {
    for (const id of await store.list().catch(() => [...ids, PROBE_ID])) await store.delete(id).catch(() => false)
  })

  it('starts empty under the throw-away service', async () => {
    expect(await store.list()).toEqual([])
    expect(await store.get(ids[0]!)).toBeNull()
  })

  it('sets, gets, overwrites, lists and deletes', async () => {
    for (const id of ids) await store.set(id, `tok-${id}-${randomBytes(8).toString('hex')}`)
    const first = await store.get(ids[0]!)
    expect(first).toMatch(new RegExp(`^tok-${ids[0]}-[0-9a-f]{16}$`))
    await store.set(ids[0]!, 'replaced-token')
    expect(await store.get(ids[0]!)).toBe('replaced-token')
    expect(await store.list()).toEqual([...ids].sort((a, b) => a - b))
    expect(await store.delete(ids[1]!)).toBe(true)
    expect(await store.delete(ids[1]!)).toBe(false)
    expect(await store.get(ids[1]!)).toBeNull()
    expect(await store.list()).toEqual([ids[0], ids[2]])
  })

  it('keeps a long token with unusual characters intact', async () => {
    const token = `secret_${randomBytes(48).toString('base64')}\u00e9\u4e2d:"'\\`
    await store.set(ids[2]!, token)
    expect(await store.get(ids[2]!)).toBe(token)
  })

  it('does not see entries of another service', async () => {
    const other = createKeytarSecretStore(`${SERVICE}-other`)
    expect(await other.list()).toEqual([])
    expect(await other.get(ids[0]!)).toBeNull()
  })
})
