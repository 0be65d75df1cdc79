// Rebuilds the store list after stores.json was found damaged: a store comes back when it has both a
// token in the keychain and a local copy holding its profile. Read-only opens; nothing is written.
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import Database from 'libsql'
import type { StoreProfile } from '@shared/model/profile'
import type { StoreSummary } from '@shared/model/store'
import { DB_FILE } from '../store/db'
import type { SecretStore } from '../secrets/secret-store'
import { capabilitiesFromScopes } from './capabilities'

/** What a restored store may do until it is reconnected: read, because its scopes are unknown. */
const RESTORED_CAPABILITIES = capabilitiesFromScopes(['read_catalog', 'read_orders', 'read_discount_coupons', 'read_customers', 'read_store_profile'])

function profileIn(file: string): StoreProfile | null {
  let db: InstanceType<typeof Database> | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    const row = db.prepare('SELECT json FROM profile WHERE id = 1').get() as { json: string } | undefined
    return row ? (JSON.parse(row.json) as StoreProfile) : null
  } catch {
    // A damaged or foreign local copy: this store is simply not restored (a reconnect brings it back).
    return null
  } finally {
    db?.close()
  }
}

/**
 * Summaries for the stores that can be restored. A token alone gives no name or currency, and a
 * folder alone may be data the user kept after removing the store, so both are required. The demo
 * store has no token and is reopened from its own button. Scopes are unknown until a reconnect probes
 * them, so a restored store is read-only in the UI meanwhile.
 */
export async function rebuildStoreList(dataDir: string, secrets: SecretStore): Promise<StoreSummary[]> {
  let withToken: number[]
  try {
    withToken = await secrets.list()
  } catch {
    return [] // no keychain: nothing can be proven connected
  }
  let folders: string[] = []
  try {
    folders = await readdir(join(dataDir, 'stores'))
  } catch {
    // no stores folder: nothing on disk to restore
  }
  const out: StoreSummary[] = []
  for (const storeId of [...new Set(withToken)].sort((a, b) => a - b)) {
    if (!folders.includes(String(storeId))) continue
    const file = join(dataDir, 'stores', String(storeId), DB_FILE)
    if (!existsSync(file)) continue
    const profile = profileIn(file)
    if (!profile) continue
    const name = profile.settings?.storeName?.trim() || `Store ${storeId}`
    out.push({ storeId, label: name, name, currency: profile.formatsAndUnits?.currency ?? '', scopes: [], capabilities: RESTORED_CAPABILITIES, demo: false, lastSyncAt: null })
  }
  return out
}
