// Connecting a store: validate the token with one profile call, probe what it may do, and only then
// save the token to the keychain and the store (without token) to the registry. A refused token
// costs one request: the scheduler lets a single request out until a token has proven itself.
import { AppError, isAppError } from '@shared/errors'
import type { StoreProfile } from '@shared/model/profile'
import type { StoreSummary } from '@shared/model/store'
import { TOKEN_SHAPE } from '@shared/token-shape'
import { createEcwidClient, DEFAULT_API_BASE } from '../ecwid/client'
import { createScheduler } from '../limiter/scheduler'
import type { SecretStore } from '../secrets/secret-store'
import { capabilitiesFromScopes } from './capabilities'
import { probeScopes } from './probe-scopes'
import type { StoreRegistry } from './store-registry'

export interface ConnectInput {
  storeId: number
  token: string
  label?: string
}

export interface ConnectDeps {
  registry: StoreRegistry
  secrets: SecretStore
  apiBase?: string
  fetch?: typeof fetch
}

export async function connectStore(deps: ConnectDeps, input: ConnectInput): Promise<StoreSummary> {
  const token = input.token.trim()
  if (!TOKEN_SHAPE.test(token)) {
    throw new AppError('VALIDATION', 'That does not look like an Ecwid token: it starts with secret_ or public_ followed by letters and digits.')
  }
  const existing = await deps.registry.get(input.storeId)
  // The demo store's id is a real Ecwid id too: replacing it would leave a sandbox token in charge.
  if (existing?.demo) {
    throw new AppError('CONFLICT', `Store ${input.storeId} is the demo store on this computer. Remove the demo store first, then connect your store. Nothing was saved.`)
  }
  // A scheduler of its own: a refused token must not block the store's working scheduler.
  const scheduler = createScheduler({ concurrency: 1 })
  const client = createEcwidClient({ apiBase: deps.apiBase ?? DEFAULT_API_BASE, storeId: input.storeId, getToken: async () => token, scheduler, fetch: deps.fetch, maxRetries: 1 })
  try {
    const profile = await readProfile(client, input.storeId)
    const scopes = [...(profile ? ['read_store_profile'] : []), ...(await probeScopes(client))]
    const name = profile?.settings?.storeName?.trim() || existing?.name || `Store ${input.storeId}`
    const summary: StoreSummary = {
      storeId: input.storeId,
      label: input.label?.trim() || existing?.label || name,
      name,
      currency: profile?.formatsAndUnits?.currency ?? existing?.currency ?? '',
      scopes,
      capabilities: capabilitiesFromScopes(scopes),
      demo: false,
      lastSyncAt: existing?.lastSyncAt ?? null
    }
    await deps.secrets.set(input.storeId, token)
    await deps.registry.put(summary)
    return summary
  } finally {
    scheduler.dispose()
  }
}

async function readProfile(client: ReturnType<typeof createEcwidClient>, storeId: number): Promise<StoreProfile | null> {
  try {
    return await client.request<StoreProfile>({ path: '/profile', priority: 'interactive' })
  } catch (e) {
    if (!isAppError(e)) throw e
    switch (e.code) {
      case 'SCOPE_MISSING':
        return null // a valid token without read_store_profile: the probes tell the rest
      case 'AUTH_INVALID':
        throw new AppError('AUTH_INVALID', `Ecwid refused this token for store ${storeId}. Check that you copied the whole token from your Ecwid app's Details page and that the store id matches. Nothing was saved.`)
      case 'NOT_FOUND':
        throw new AppError('NOT_FOUND', `Ecwid has no store ${storeId}. The store id is in the footer of your Ecwid control panel. Nothing was saved.`)
      case 'PLAN_REQUIRED':
        throw new AppError('PLAN_REQUIRED', `Store ${storeId} is on a plan without API access (Ecwid answered 402). Upgrade to a paid plan to use Stockroom with it.`)
      case 'OFFLINE':
        throw new AppError('OFFLINE', 'Could not reach Ecwid: check your internet connection and try again. Nothing was saved.')
      default:
        throw e
    }
  }
}
