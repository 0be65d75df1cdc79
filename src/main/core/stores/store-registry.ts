// The list of stores known on this machine (id, label, name, currency, scopes, last sync), kept as
// stores.json in the data dir. Never holds a token: those live in the SecretStore.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { AppError } from '@shared/errors'
import type { StoreSummary } from '@shared/model/store'
import { quarantine, rethrowStorage } from '../store/storage-errors'

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

export interface StoreRegistryOptions {
  /** Stores to bring back when stores.json is damaged (see registry-rebuild.ts); default none. */
  rebuild?: () => Promise<StoreSummary[]>
  now?: () => number
}

function isSummary(v: unknown): v is StoreSummary {
  if (typeof v !== 'object' || v === null) return false
  const s = v as Record<string, unknown>
  return Number.isSafeInteger(s.storeId) && typeof s.label === 'string' && typeof s.name === 'string' && typeof s.currency === 'string' &&
    Array.isArray(s.scopes) && typeof s.capabilities === 'object' && s.capabilities !== null && typeof s.demo === 'boolean' &&
    (s.lastSyncAt === null || typeof s.lastSyncAt === 'number')
}

/** The stores in a well-formed file, or null when damaged (plus whatever entries were still whole). */
function parse(text: string): { stores: StoreSummary[] | null; salvaged: StoreSummary[] } {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { stores: null, salvaged: [] }
  }
  const list = typeof parsed === 'object' && parsed !== null ? (parsed as Partial<RegistryFile>).stores : undefined
  if (!Array.isArray(list)) return { stores: null, salvaged: [] }
  const whole = list.filter(isSummary)
  return whole.length === list.length ? { stores: whole, salvaged: [] } : { stores: null, salvaged: whole }
}

function damagedMessage(aside: string, restored: StoreSummary[]): string {
  const kept = 'Your tokens are still in the system keychain, and each store’s local data and staged sessions are still on this computer: they are used again once the store is back.'
  const what = restored.length
    ? `${restored.length} store${restored.length === 1 ? ' was' : 's were'} restored from local data (${restored.map((s) => s.label).join(', ')}); reconnect ${restored.length === 1 ? 'it' : 'each'} (store id and token) to edit again. Reconnect any other store the same way.`
    : 'Reconnect your stores (store id and token) to see them again.'
  return `Stockroom’s list of stores was damaged, so it was set aside as ${aside} (nothing was deleted). ${what} ${kept}`
}

/** Copies only the StoreSummary fields, so a token spread into the object by mistake never reaches disk. */
function toRecord(s: StoreSummary): StoreSummary {
  const { storeId, label, name, currency, scopes, capabilities, demo, lastSyncAt } = s
  return { storeId, label, name, currency, scopes, capabilities, demo, lastSyncAt }
}

export function createStoreRegistry(dataDir: string, options: StoreRegistryOptions = {}): StoreRegistry {
  const file = join(dataDir, 'stores.json')
  // Serialise writes so two quick edits cannot interleave and lose one.
  let queue: Promise<unknown> = Promise.resolve()
  // One recovery at a time; its notice is reported once, by the next list() (the app's store list).
  let recovering: Promise<StoreSummary[]> | null = null
  let notice: AppError | null = null

  async function read(): Promise<StoreSummary[]> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      return rethrowStorage(e, file)
    }
    const { stores, salvaged } = parse(text)
    if (stores) return stores
    recovering ??= recover(salvaged).finally(() => (recovering = null))
    return recovering
  }

  async function recover(salvaged: StoreSummary[]): Promise<StoreSummary[]> {
    let aside: string
    try {
      aside = quarantine(file, (options.now ?? Date.now)())
    } catch (e) {
      // Another Stockroom process (the CLI, the app) set it aside first: use what it wrote.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return readFile(file, 'utf8').then((t) => parse(t).stores ?? [], () => [])
      return rethrowStorage(e, file)
    }
    let rebuilt: StoreSummary[] = []
    try {
      rebuilt = (await options.rebuild?.()) ?? []
    } catch {
      // Rebuilding is a courtesy: without it the user reconnects every store.
    }
    const restored = [...salvaged, ...rebuilt.filter((r) => !salvaged.some((s) => s.storeId === r.storeId))].map(toRecord)
    try {
      await write(restored)
    } catch (e) {
      rethrowStorage(e, file)
    }
    notice = new AppError('STORAGE', damagedMessage(aside, restored), { problem: 'corrupt', file: basename(file), movedTo: aside, restored: restored.map((s) => s.storeId), recovered: true })
    return restored
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
      const stores = await read()
      if (notice) {
        const once = notice
        notice = null
        throw once
      }
      return stores
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
