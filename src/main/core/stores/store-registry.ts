// The list of stores known on this machine (id, label, name, currency, scopes, last sync), kept as
// stores.json in the data dir. Never holds a token: those live in the SecretStore.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StoreSummary } from '@shared/model/store'

export interface StoreRegistry {
  list(): Promise<StoreSummary[]>
  get(storeId: number): Promise<StoreSummary | null>
  /** Adds or replaces the store with this id. */
  put(store: StoreSummary): Promise<void>
  remove(storeId: number): Promise<boolean>
}

interface RegistryFile {
  version: 1
  stores: StoreSummary[]
}

/** Copies only the StoreSummary fields, so a token spread into the object by mistake never reaches disk. */
function toRecord(s: StoreSummary): StoreSummary {
  const { storeId, label, name, currency, scopes, capabilities, demo, lastSyncAt } = s
  return { storeId, label, name, currency, scopes, capabilities, demo, lastSyncAt }
}

export function createStoreRegistry(dataDir: string): StoreRegistry {
  const file = join(dataDir, 'stores.json')
  // Serialise writes so two quick edits cannot interleave and lose one.
  let queue: Promise<unknown> = Promise.resolve()

  async function read(): Promise<StoreSummary[]> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
    const parsed = JSON.parse(text) as Partial<RegistryFile>
    return Array.isArray(parsed.stores) ? parsed.stores : []
  }

  async function write(stores: StoreSummary[]): Promise<void> {
    await mkdir(dataDir, { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    const body: RegistryFile = { version: 1, stores }
    await writeFile(tmp, JSON.stringify(body, null, 2))
    await rename(tmp, file)
  }

  function update<T>(fn: (stores: StoreSummary[]) => { stores: StoreSummary[]; result: T }): Promise<T> {
    const next = queue.then(async () => {
      const { stores, result } = fn(await read())
      await write(stores)
      return result
    })
    queue = next.catch(() => undefined)
    return next
  }

  return {
    list: async () => {
      await queue
      return read()
    },
    get: async (storeId) => {
      await queue
      return (await read()).find((s) => s.storeId === storeId) ?? null
    },
    put: (store) =>
      update((stores) => {
        const record = toRecord(store)
        const i = stores.findIndex((s) => s.storeId === record.storeId)
        const copy = [...stores]
        if (i >= 0) copy[i] = record
        else copy.push(record)
        return { stores: copy, result: undefined }
      }),
    remove: (storeId) =>
      update((stores) => {
        const kept = stores.filter((s) => s.storeId !== storeId)
        return { stores: kept, result: kept.length !== stores.length }
      })
  }
}
