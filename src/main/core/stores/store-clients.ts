// One Ecwid API per connected store, sharing that store's scheduler (one per token). Tokens are read
// from the SecretStore when a request needs them; the demo store's comes from the running sandbox.
import { AppError } from '@shared/errors'
import { createEcwidApi, DEFAULT_API_BASE, type EcwidApi } from '../ecwid'
import type { SchedulerRegistry } from '../limiter/registry'
import type { SecretStore } from '../secrets/secret-store'
import type { DemoStore } from './demo-store'
import type { StoreRegistry } from './store-registry'

export interface StoreClientsDeps {
  registry: StoreRegistry
  secrets: SecretStore
  schedulers: SchedulerRegistry
  demo: DemoStore
  apiBase?: string
  fetch?: typeof fetch
}

export interface StoreClients {
  /** The API for a connected store; the demo store is started if needed. */
  apiFor(storeId: number): Promise<EcwidApi>
  /** Forget a store's cached API (after its token changed or it was removed). */
  forget(storeId: number): void
}

export function createStoreClients(deps: StoreClientsDeps): StoreClients {
  const apis = new Map<number, { api: EcwidApi; apiBase: string }>()
  return {
    async apiFor(storeId) {
      const cached = apis.get(storeId)
      // A restarted demo sandbox listens on a new port: the cached client would stay "offline".
      const running = deps.demo.connection()
      const stale = cached && running?.storeId === storeId && running.apiBase !== cached.apiBase
      if (cached && !stale) return cached.api
      const store = await deps.registry.get(storeId)
      if (!store) throw new AppError('NOT_FOUND', `Store ${storeId} is not connected on this computer.`)
      if (store.demo) await deps.demo.open()
      const demo = deps.demo.connection()
      const isDemo = store.demo && demo !== null && demo.storeId === storeId
      const apiBase = isDemo ? demo.apiBase : (deps.apiBase ?? DEFAULT_API_BASE)
      const api = createEcwidApi({
        apiBase,
        storeId,
        scheduler: deps.schedulers.get(String(storeId)),
        fetch: deps.fetch,
        getToken: async () => {
          if (isDemo) return demo.token
          const token = await deps.secrets.get(storeId)
          if (!token) throw new AppError('AUTH_INVALID', `No token is saved for store ${storeId}. Connect it again in Stores.`)
          return token
        }
      })
      apis.set(storeId, { api, apiBase })
      return api
    },
    forget(storeId) {
      apis.delete(storeId)
    }
  }
}
