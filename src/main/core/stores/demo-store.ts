// The built-in demo store: starts the sandbox Ecwid server in-process on 127.0.0.1 and registers it
// as a store, so a newcomer sees a full store without an Ecwid account. Its token is the sandbox's
// own and stays in memory; it never goes to the keychain.
import { AppError } from '@shared/errors'
import type { StoreSummary } from '@shared/model/store'
import { startSandbox, type SandboxHandle } from '../../sandbox/server'
import { createEcwidApi } from '../ecwid'
import type { SchedulerRegistry } from '../limiter/registry'
import type { StoreRegistry } from './store-registry'
import { FULL_CAPABILITIES } from './capabilities'

export interface DemoStoreOptions {
  registry: StoreRegistry
  schedulers: SchedulerRegistry
  fetch?: typeof fetch
  demo?: { products?: number; orders?: number; customers?: number; coupons?: number; latencyMs?: number }
}

export interface DemoStore {
  open(): Promise<StoreSummary>
  /** The running sandbox's API base and token, for services that call it; null until opened. */
  connection(): { apiBase: string; storeId: number; token: string } | null
  close(): Promise<void>
}

export function createDemoStore(options: DemoStoreOptions): DemoStore {
  let handle: Promise<SandboxHandle> | null = null

  let current: SandboxHandle | null = null

  return {
    async open() {
      handle ??= startSandbox({ ...options.demo })
      let sandbox: SandboxHandle
      try {
        sandbox = await handle
      } catch (e) {
        handle = null
        throw e
      }
      const existing = await options.registry.get(sandbox.storeId)
      // Never take over a connected store that shares the demo's id: its keychain token would be orphaned.
      if (existing && !existing.demo) {
        throw new AppError('CONFLICT', `The demo store uses id ${sandbox.storeId}, which your connected store “${existing.label}” has. Remove that store first to try the demo.`)
      }
      current = sandbox
      const api = createEcwidApi({
        apiBase: sandbox.apiBase,
        storeId: sandbox.storeId,
        getToken: async () => sandbox.tokens.full,
        scheduler: options.schedulers.get(String(sandbox.storeId)),
        fetch: options.fetch
      })
      const profile = await api.profile.get()
      const summary: StoreSummary = {
        storeId: sandbox.storeId,
        label: existing?.label ?? 'Demo store',
        name: profile.settings?.storeName ?? 'Demo Store',
        currency: profile.formatsAndUnits?.currency ?? 'USD',
        scopes: [...sandbox.scopesOf(sandbox.tokens.full)],
        capabilities: FULL_CAPABILITIES,
        demo: true,
        lastSyncAt: existing?.lastSyncAt ?? null
      }
      await options.registry.put(summary)
      return summary
    },
    connection() {
      return current ? { apiBase: current.apiBase, storeId: current.storeId, token: current.tokens.full } : null
    },
    async close() {
      const h = handle
      handle = null
      current = null
      if (h) await (await h.catch(() => null))?.close()
    }
  }
}
