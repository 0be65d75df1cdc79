// In-memory SecretStore for unit tests and the demo store: nothing touches disk.
import type { SecretStore } from './secret-store'

export function createMemorySecretStore(initial: Record<number, string> = {}): SecretStore {
  const tokens = new Map<number, string>(Object.entries(initial).map(([k, v]) => [Number(k), v]))
  return {
    get: async (storeId) => tokens.get(storeId) ?? null,
    set: async (storeId, token) => {
      tokens.set(storeId, token)
    },
    delete: async (storeId) => tokens.delete(storeId),
    list: async () => [...tokens.keys()].sort((a, b) => a - b)
  }
}
