// A damaged stores.json through the router: one STORAGE answer saying what happened and what to do,
// the file kept aside, connected stores restored from keychain + local copies, the app working on.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '@shared/wire'
import { createServices, type Services } from '../../../src/main/core/services'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import type { SecretStore } from '../../../src/main/core/secrets/secret-store'
import { createRouter } from '../../../src/main/ipc/router'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'

let sb: SandboxHandle
let dataDir: string
let secrets: SecretStore
const open: Services[] = []

beforeEach(async () => {
  sb = await startSandbox({ products: 20, orders: 5, customers: 5, coupons: 3 })
  dataDir = mkdtempSync(join(tmpdir(), 'stockroom-storelist-'))
  secrets = createMemorySecretStore()
})
afterEach(async () => {
  for (const s of open.splice(0)) await s.close()
  await sb.close()
  rmSync(dataDir, { recursive: true, force: true })
})

function start(): { services: Services; call: (method: string, ...args: unknown[]) => Promise<Result<unknown>> } {
  const services = createServices({ dataDir, appVersion: '0.0.0-test', secrets, apiBase: sb.apiBase, sync: { intervalMs: 3_600_000, retryMs: 3_600_000 } })
  open.push(services)
  const dispatch = createRouter(services.api)
  return { services, call: (method, ...args) => dispatch(method, args) }
}

async function synced(call: ReturnType<typeof start>['call']): Promise<void> {
  for (let i = 0; i < 1600; i++) {
    const r = await call('getSyncState', sb.storeId)
    const phase = r.ok ? (r.value as { phase: string }).phase : 'error'
    if (phase === 'done') return
    if (phase === 'failed' || phase === 'error') throw new Error(`sync ${phase}`)
    await new Promise((res) => setTimeout(res, 25))
  }
  throw new Error('sync did not settle')
}

describe('damaged stores.json', () => {
  it('is set aside, reported once as STORAGE, and the synced store comes back with its session', async () => {
    const first = start()
    expect(await first.call('connectStore', { storeId: sb.storeId, token: sb.tokens.full })).toMatchObject({ ok: true })
    await synced(first.call)
    const session = await first.services.api.createSession(sb.storeId, 'still here')
    open.splice(0)
    await first.services.close()

    writeFileSync(join(dataDir, 'stores.json'), '{"version":1,"stores":[{"storeId":') // a crash mid-write
    const { call } = start()
    const r = await call('listStores')
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE', details: { problem: 'corrupt', restored: [sb.storeId], recovered: true } } })
    const message = (r as { error: { message: string } }).error.message
    expect(message).toMatch(/list of stores was damaged, so it was set aside as stores\.json\.corrupt-\S+ \(nothing was deleted\)/)
    expect(message).toContain('reconnect it (store id and token)')
    expect(readdirSync(dataDir).filter((f) => f.startsWith('stores.json.corrupt-'))).toHaveLength(1)

    // Reported once; the restored store works from its local data, its sessions intact.
    const again = await call('listStores')
    expect(again).toMatchObject({ ok: true, value: [{ storeId: sb.storeId, demo: false, capabilities: { catalog: { read: true, update: false } } }] })
    expect(await call('listSessions', sb.storeId)).toMatchObject({ ok: true, value: [{ id: session.id, name: 'still here' }] })
    expect(await call('queryProducts', sb.storeId, { offset: 0, limit: 5 })).toMatchObject({ ok: true })

    // Reconnecting restores what the token may do.
    expect(await call('connectStore', { storeId: sb.storeId, token: sb.tokens.full })).toMatchObject({ ok: true })
    expect(await call('listStores')).toMatchObject({ ok: true, value: [{ storeId: sb.storeId, capabilities: { catalog: { update: true } } }] })
  })

  it('with nothing to restore, says to reconnect and then lists an empty store list', async () => {
    writeFileSync(join(dataDir, 'stores.json'), 'garbage')
    const { call } = start()
    const r = await call('listStores')
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE', details: { restored: [] } } })
    expect((r as { error: { message: string } }).error.message).toContain('Reconnect your stores (store id and token) to see them again.')
    expect(await call('listStores')).toEqual({ ok: true, value: [] })
    expect(await call('connectStore', { storeId: sb.storeId, token: sb.tokens.full })).toMatchObject({ ok: true })
    expect(await call('listStores')).toMatchObject({ ok: true, value: [{ storeId: sb.storeId }] })
  })
})
