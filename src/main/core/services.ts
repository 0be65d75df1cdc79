// Composition root: builds every core service from config and returns the object that implements the
// contract, plus the event hub. Used by the Electron shell, the CLI and integration/e2e tests.
// No electron import: the shell passes in the data dir and the keychain-backed SecretStore.
import type { StockroomApi } from '@shared/contract'
import { AppError } from '@shared/errors'
import type { RateLimitState } from '@shared/model/app'
import type { StoreSummary } from '@shared/model/store'
import type { Clock } from './limiter/clock'
import { createSchedulerRegistry } from './limiter/registry'
import type { LimiterStats } from './limiter/types'
import { createEventHub, type EventHub } from './events'
import type { SecretStore } from './secrets/secret-store'
import { createStoreRegistry } from './stores/store-registry'
import { createDemoStore } from './stores/demo-store'
import { connectStore } from './stores/connect-store'
import { removeLocalData } from './stores/local-data'
import { createStoreClients } from './stores/store-clients'

export interface ServicesConfig {
  dataDir: string
  appVersion: string
  platform?: string
  secrets: SecretStore
  fetch?: typeof fetch
  clock?: Clock
  /** Ecwid's API base; tests point it at the sandbox. */
  apiBase?: string
  /** Size of the seeded demo store; smaller in tests. */
  demo?: { products?: number; orders?: number; customers?: number; coupons?: number; latencyMs?: number }
}

export interface Services {
  api: StockroomApi
  events: EventHub
  close(): Promise<void>
}

export function createServices(config: ServicesConfig): Services {
  const events = createEventHub()
  const registry = createStoreRegistry(config.dataDir)
  // A small reserve keeps a grid page or a single save responsive while a sync or push uses the budget.
  const schedulers = createSchedulerRegistry({ clock: config.clock, interactiveReserve: 10 })
  const demo = createDemoStore({ registry, demo: config.demo, fetch: config.fetch, schedulers })
  const clients = createStoreClients({ registry, secrets: config.secrets, schedulers, demo, apiBase: config.apiBase, fetch: config.fetch })

  const rateLimitOf = (storeId: number, s: LimiterStats): RateLimitState => ({
    storeId,
    usedLastMinute: s.usedLastMinute,
    limit: s.limit,
    budget: s.budget,
    queued: s.queued,
    inFlight: s.inFlight,
    pausedUntil: s.pausedUntil,
    blocked: s.blocked
  })

  const watched = new Set<number>()
  function watchRateLimit(storeId: number): void {
    if (watched.has(storeId)) return
    watched.add(storeId)
    schedulers.get(String(storeId)).onChange((s) => events.emit('rateLimit', rateLimitOf(storeId, s)))
  }

  async function requireStore(storeId: number): Promise<StoreSummary> {
    const store = await registry.get(storeId)
    if (!store) throw new AppError('NOT_FOUND', `Store ${storeId} is not connected on this computer.`)
    return store
  }

  const api: StockroomApi = {
    async getAppInfo() {
      return { name: 'Stockroom', version: config.appVersion, platform: config.platform ?? process.platform, dataDir: config.dataDir }
    },
    async listStores() {
      return registry.list()
    },
    async openDemoStore() {
      const summary = await demo.open()
      watchRateLimit(summary.storeId)
      events.emit('connection', { storeId: summary.storeId, status: 'online' })
      return summary
    },
    async connectStore(input) {
      const summary = await connectStore({ registry, secrets: config.secrets, apiBase: config.apiBase, fetch: config.fetch }, input)
      // A new token for this store: lift any block the old one caused.
      clients.forget(summary.storeId)
      schedulers.get(String(summary.storeId)).reset()
      watchRateLimit(summary.storeId)
      events.emit('connection', { storeId: summary.storeId, status: 'online' })
      return summary
    },
    async renameStore(storeId, label) {
      const store = await requireStore(storeId)
      const renamed = { ...store, label }
      await registry.put(renamed)
      return renamed
    },
    async removeStore(storeId, options) {
      const store = await requireStore(storeId)
      if (store.demo) await demo.close()
      else await config.secrets.delete(storeId)
      clients.forget(storeId)
      schedulers.delete(String(storeId))
      watched.delete(storeId)
      await registry.remove(storeId)
      if (options.deleteLocalData) await removeLocalData(config.dataDir, storeId)
    },
    async getRateLimit(storeId) {
      await requireStore(storeId)
      watchRateLimit(storeId)
      return rateLimitOf(storeId, schedulers.get(String(storeId)).stats())
    }
  }

  return {
    api,
    events,
    async close() {
      await demo.close()
    }
  }
}
