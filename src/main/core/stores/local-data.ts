// Each store's local data (database, sessions) lives in its own folder under the data dir, so
// removing a store can delete exactly its data and nothing else.
import { rm } from 'node:fs/promises'
import { join } from 'node:path'

export function storeDataDir(dataDir: string, storeId: number): string {
  if (!Number.isSafeInteger(storeId) || storeId <= 0) throw new RangeError('store id must be a positive integer')
  return join(dataDir, 'stores', String(storeId))
}

export async function removeLocalData(dataDir: string, storeId: number): Promise<void> {
  await rm(storeDataDir(dataDir, storeId), { recursive: true, force: true })
}
