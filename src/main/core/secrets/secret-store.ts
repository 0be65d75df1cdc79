// Where tokens live: the OS keychain in the app, memory in tests. Tokens are read when a request
// needs them and never written anywhere else (no file, no log, no IPC reply).

export interface SecretStore {
  /** The token for a store, or null when none is saved. */
  get(storeId: number): Promise<string | null>
  set(storeId: number, token: string): Promise<void>
  /** Returns true when an entry was deleted. */
  delete(storeId: number): Promise<boolean>
  /** Store ids that have a saved token. */
  list(): Promise<number[]>
}

export const KEYCHAIN_SERVICE = 'Stockroom'

export function accountFor(storeId: number): string {
  return `store:${storeId}`
}

export function storeIdOfAccount(account: string): number | null {
  const m = /^store:(\d+)$/.exec(account)
  return m ? Number(m[1]) : null
}
