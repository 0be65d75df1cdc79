// Shared setup for the session engine integration tests: a sandbox store, the real client and
// scheduler, in-memory ports seeded from the sandbox's own data, and a sessions service on a temp dir.
import type { SessionResource } from '@shared/model/session'
import { createEcwidApi, type EcwidApi } from '../../../src/main/core/ecwid'
import type { EcwidClientOptions } from '../../../src/main/core/ecwid/client'
import { createScheduler, type ManagedScheduler } from '../../../src/main/core/limiter/scheduler'
import { createMemoryPorts, type MemoryPorts } from '../../../src/main/core/sessions/memory-ports'
import type { Entity } from '../../../src/main/core/sessions/ports'
import { createSessionsService, type SessionsService } from '../../../src/main/core/sessions/service'
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../../src/main/sandbox/server'
import { createTempDir, type TempDir } from '../../helpers/temp-dir'

export interface Harness {
  sb: SandboxHandle
  api: EcwidApi
  scheduler: ManagedScheduler
  ports: MemoryPorts
  service: SessionsService
  dir: TempDir
  storeId: number
  /** Reloads the in-memory "local store" from the sandbox (what a sync would do). */
  resync(): void
  close(): Promise<void>
}

export function serverProducts(sb: SandboxHandle): Entity[] {
  const out: Entity[] = []
  for (let i = 0; i < sb.state.products.size; i++) {
    const p = sb.state.products.get(i)
    if (p && sb.state.products.isLive(i)) out.push(p as unknown as Entity)
  }
  return out
}

export function serverCoupons(sb: SandboxHandle): Entity[] {
  const out: Entity[] = []
  for (let i = 0; i < sb.state.coupons.size; i++) {
    const c = sb.state.coupons.get(i)
    if (c && sb.state.coupons.isLive(i)) out.push(c as unknown as Entity)
  }
  return out
}

export function serverProduct(sb: SandboxHandle, id: number): Entity | undefined {
  const i = sb.state.productIndex(id)
  return i === undefined ? undefined : (sb.state.products.get(i) as unknown as Entity | undefined)
}

export async function setup(opts: { sandbox?: SandboxOptions; client?: Partial<EcwidClientOptions> } = {}): Promise<Harness> {
  const sb = await startSandbox({ products: 40, orders: 5, customers: 5, coupons: 10, ...opts.sandbox })
  const scheduler = createScheduler({ backoff: { baseMs: 20, maxMs: 200, jitter: 0 } })
  const api = createEcwidApi({ apiBase: sb.apiBase, storeId: sb.storeId, getToken: async () => sb.tokens.full, scheduler, maxRetries: 2, backoffMs: 10, ...opts.client })
  const dir = await createTempDir('stockroom-sessions-')
  const ports = createMemoryPorts()
  const resync = (): void => {
    ports.tables.clear()
    ports.load('products', serverProducts(sb).map((p) => structuredClone(p)))
    ports.load('coupons', serverCoupons(sb).map((c) => structuredClone(c)))
  }
  resync()
  const service = createSessionsService({
    dataDir: dir.path,
    apiFor: async () => api,
    portsFor: () => ports,
    precisionOf: async () => 2,
    remote: { pollIntervalMs: 20, maxPollIntervalMs: 200 }
  })
  return {
    sb, api, scheduler, ports, service, dir, storeId: sb.storeId, resync,
    async close() {
      await service.close()
      scheduler.dispose()
      await sb.close()
      await dir.cleanup()
    }
  }
}

export const resourceIds = (h: Harness, resource: SessionResource, n: number): number[] =>
  [...(h.ports.tables.get(resource)?.keys() ?? [])].slice(0, n).map(Number)
