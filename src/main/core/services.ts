// Composition root: builds every core service from config and returns the object that implements the
// contract, plus the event hub. Used by the Electron shell, the CLI and integration/e2e tests.
// No electron import: the shell passes in the data dir and the keychain-backed SecretStore.
import type { StockroomApi } from '@shared/contract'
import { AppError } from '@shared/errors'
import type { RateLimitState } from '@shared/model/app'
import type { StoreSummary } from '@shared/model/store'
import type { Clock } from './limiter/clock'
import { createSchedulerRegistry } from './limiter/registry'
import { tryOpenBudgetLedger } from './limiter/shared-scheduler'
import type { LimiterStats } from './limiter/types'
import { createEventHub, type EventHub } from './events'
import type { SecretStore } from './secrets/secret-store'
import { withUnsyncedReadOnly } from './stores/capabilities'
import { createStoreRegistry } from './stores/store-registry'
import { rebuildStoreList } from './stores/registry-rebuild'
import { createDemoStore } from './stores/demo-store'
import { connectStore } from './stores/connect-store'
import { removeLocalData } from './stores/local-data'
import { createStoreClients } from './stores/store-clients'
import { createSyncService } from './sync/sync-service'
import { queryCoupons, queryCustomers, queryKeys, queryOrders, queryProducts } from './store/grids'
import { rankProducts } from './store/product-ranks'
import { listCategoryTree } from './store/category-tree'
import { listCategoryOptions, readEntityJson, readStoreFormats } from './store/lookups'
import { loadProfile } from './store/entities'
import { createSessionsService } from './sessions/service'
import { createApiEntitySource } from './sessions/api-source'
import { createStorePorts, localPrecision } from './sessions/local-ports'
import { loadOrderStatuses } from './store/order-statuses'
import { createCsvService } from './csv/service'
import { createImageService } from './images/service'
import { engineValidation } from './csv/engine-check'
import type { EcwidApi } from './ecwid'
import { noFileDialogs, type FileDialogs } from './csv/file-dialogs'
import { createFileMappingMemory } from './csv/mapping-memory'

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
  /** Periodic sync and offline retry intervals (defaults 5 min / 30 s); tests shorten them. */
  sync?: { intervalMs?: number; retryMs?: number; concurrency?: number }
  /** Open/save dialogs for CSV files (Electron's in the app, a scripted double in e2e); none in the CLI. */
  fileDialogs?: FileDialogs
}

export interface Services {
  api: StockroomApi
  events: EventHub
  /** Test hooks outside the contract: e2e stops the demo sandbox to take the app offline. */
  testing: {
    stopDemoServer(): Promise<void>
    /** A store's open local copy ('sync') or sessions file, for fault tests (e.g. simulating a full disk). */
    dbOf(storeId: number, which: 'sync' | 'sessions'): { exec(sql: string): void; pageCount(): number }
  }
  close(): Promise<void>
}

export function createServices(config: ServicesConfig): Services {
  const events = createEventHub()
  // A damaged stores.json is set aside and the list rebuilt from the keychain plus local copies.
  const registry = createStoreRegistry(config.dataDir, { rebuild: () => rebuildStoreList(config.dataDir, config.secrets) })
  // A small reserve keeps a grid page or a single save responsive while a sync or push uses the budget.
  // The budget is Ecwid's per token, so it is shared with CLI jobs on this data folder; they leave the app a reserve.
  const ledger = tryOpenBudgetLedger(config.dataDir, { role: 'app' })
  const schedulers = createSchedulerRegistry({ clock: config.clock, interactiveReserve: 10, sharedFor: ledger ? () => ledger.budgetFor() : undefined })
  const demo = createDemoStore({ registry, demo: config.demo, fetch: config.fetch, schedulers })
  const clients = createStoreClients({ registry, secrets: config.secrets, schedulers, demo, apiBase: config.apiBase, fetch: config.fetch })
  const sync = createSyncService({
    dataDir: config.dataDir,
    apiFor: (storeId) => clients.apiFor(storeId),
    limiterFor: (storeId) => schedulers.get(String(storeId)).stats(),
    events,
    ...config.sync,
    async onSynced(storeId, at, result) {
      const store = await registry.get(storeId)
      if (store) await registry.put({ ...store, lastSyncAt: at, capabilities: withUnsyncedReadOnly(store.capabilities, result.skipped) })
    }
  })
  /** After a connect: keep the store synced, starting now (a first sync is full). */
  function startSyncing(storeId: number): void {
    sync.watch(storeId)
    sync.start(storeId)
  }

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

  // Sessions read entities from the local copy (the API only for resources never synced) and write
  // pushed values back to it, so grids show them at once.
  const sessionPorts = (storeId: number, storeApi: EcwidApi): ReturnType<typeof createStorePorts> => createStorePorts(sync.db(storeId), createApiEntitySource(storeApi))
  const images = createImageService({ dataDir: config.dataDir, dialogs: config.fileDialogs ?? noFileDialogs, fetch: config.fetch })
  const sessions = createSessionsService({
    dataDir: config.dataDir,
    images: { files: images.files, checkUrls: images.checkUrls },
    apiFor: (storeId) => clients.apiFor(storeId),
    events,
    portsFor: (storeId, storeApi) => sessionPorts(storeId, storeApi),
    precisionOf: async (storeId) => localPrecision(sync.db(storeId)),
    orderStatusesOf: async (storeId) => loadOrderStatuses(sync.db(storeId))
  })

  const csv = createCsvService({
    dbFor: (storeId) => sync.db(storeId),
    requireStore,
    sessions: sessions.api,
    // The import preview validates with the same ports and precision as staging (see above).
    validationFor: async (storeId) => engineValidation(sessionPorts(storeId, await clients.apiFor(storeId)).source, localPrecision(sync.db(storeId))),
    dialogs: config.fileDialogs ?? noFileDialogs,
    memory: createFileMappingMemory(config.dataDir)
  })

  const api: StockroomApi = {
    ...sessions.api,
    ...csv.api,
    ...images.api,
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
      startSyncing(summary.storeId)
      return summary
    },
    async connectStore(input) {
      const summary = await connectStore({ registry, secrets: config.secrets, apiBase: config.apiBase, fetch: config.fetch }, input)
      // A new token for this store: lift any block the old one caused.
      clients.forget(summary.storeId)
      schedulers.get(String(summary.storeId)).reset()
      watchRateLimit(summary.storeId)
      events.emit('connection', { storeId: summary.storeId, status: 'online' })
      // A new token may reach what the old one could not: stop the old sync, then sync afresh.
      await sync.forget(summary.storeId)
      startSyncing(summary.storeId)
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
      // Close the local database before its folder may be deleted.
      await sync.forget(storeId)
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
    },
    async syncStore(storeId, options) {
      await requireStore(storeId)
      sync.watch(storeId)
      sync.start(storeId, options)
    },
    async cancelSync(storeId) {
      await requireStore(storeId)
      sync.cancel(storeId)
    },
    async getSyncState(storeId) {
      await requireStore(storeId)
      // The first look at a store in this session (app start) brings its local copy up to date.
      if (sync.watch(storeId)) sync.start(storeId)
      return sync.state(storeId)
    },
    // Grid queries read only the local copy: they work offline and never spend request budget.
    async queryProducts(storeId, q) {
      await requireStore(storeId)
      return queryProducts(sync.db(storeId), q)
    },
    async rankProducts(storeId, q, ids) {
      await requireStore(storeId)
      return rankProducts(sync.db(storeId), q, ids)
    },
    async queryKeys(storeId, resource, q) {
      await requireStore(storeId)
      return queryKeys(sync.db(storeId), resource, q)
    },
    async queryOrders(storeId, q) {
      await requireStore(storeId)
      return queryOrders(sync.db(storeId), q)
    },
    async queryCoupons(storeId, q) {
      await requireStore(storeId)
      return queryCoupons(sync.db(storeId), q)
    },
    async queryCustomers(storeId, q) {
      await requireStore(storeId)
      return queryCustomers(sync.db(storeId), q)
    },
    async getStoreFormats(storeId) {
      await requireStore(storeId)
      return readStoreFormats(sync.db(storeId))
    },
    async listCategories(storeId) {
      await requireStore(storeId)
      return listCategoryOptions(sync.db(storeId))
    },
    async listCategoryTree(storeId) {
      await requireStore(storeId)
      return listCategoryTree(sync.db(storeId))
    },
    async getEntityJson(storeId, resource, id) {
      await requireStore(storeId)
      return readEntityJson(sync.db(storeId), resource, id)
    },
    async getProfile(storeId) {
      await requireStore(storeId)
      return loadProfile(sync.db(storeId))
    }
  }

  return {
    api,
    events,
    testing: {
      stopDemoServer: () => demo.close(),
      dbOf(storeId, which) {
        if (which === 'sync') {
          const d = sync.db(storeId)
          return { exec: (sql) => d.exec(sql), pageCount: () => d.get<{ page_count: number }>('PRAGMA page_count')?.page_count ?? 0 }
        }
        const d = sessions.engine(storeId).db
        return { exec: (sql) => void d.exec(sql), pageCount: () => (d.prepare('PRAGMA page_count').get() as { page_count: number }).page_count }
      }
    },
    async close() {
      await sessions.close()
      await sync.close()
      await demo.close()
      ledger?.close()
    }
  }
}
