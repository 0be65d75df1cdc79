// Shared helpers for the stores integration tests: a small two-store sandbox, fresh data dirs, and
// readers for what ended up on disk. Test code only; no electron import.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../../src/main/sandbox/server'
import type { StoreState } from '../../../src/main/sandbox/state'

/** The second store served by the same sandbox (agencies manage several). */
export const EXTRA_STORE_ID = 2_004

export function startStoresSandbox(opts: SandboxOptions = {}): Promise<SandboxHandle> {
  return startSandbox({ products: 20, orders: 10, customers: 5, coupons: 5, extraStores: [{ storeId: EXTRA_STORE_ID, storeName: 'Second Shop', products: 5, orders: 2, customers: 2, coupons: 1 }], ...opts })
}

export async function tempDataDir(): Promise<{ path: string; cleanup(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'stockroom-stores-'))
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) }
}

/** Every file under dir, with its contents, for "no token on disk" checks. */
export async function filesUnder(dir: string): Promise<{ path: string; text: string }[]> {
  const out: { path: string; text: string }[] = []
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true })
  } catch {
    return out
  }
  for (const e of entries) {
    if (!e.isFile()) continue
    const path = join(e.parentPath, e.name)
    out.push({ path, text: (await readFile(path)).toString('latin1') })
  }
  return out
}

/** The raw stores.json text, or null when nothing was written. */
export async function registryText(dataDir: string): Promise<string | null> {
  try {
    return await readFile(join(dataDir, 'stores.json'), 'utf8')
  } catch {
    return null
  }
}

/** A port that was free a moment ago and is closed now: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/**
 * Everything a sandbox store holds, as text: entities (live or deleted), profile, order statuses,
 * deleted-items logs and latest-stats dates. Equal text before and after means nothing changed.
 */
export function storeSnapshot(state: StoreState): string {
  const table = <T>(t: { size: number; get(i: number): T | undefined; isLive(i: number): boolean }): unknown[] =>
    Array.from({ length: t.size }, (_, i) => [t.isLive(i), t.get(i)])
  const areas = ['products', 'categories', 'orders', 'discountCoupons', 'customers', 'profile'] as const
  return JSON.stringify({
    products: table(state.products),
    categories: table(state.categories),
    orders: table(state.orders),
    coupons: table(state.coupons),
    customers: table(state.customers),
    profile: state.profile,
    orderStatuses: state.orderStatuses,
    deleted: state.deletedLog,
    updated: areas.map((a) => state.lastUpdated(a))
  })
}
