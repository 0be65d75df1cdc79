// An e2e harness connected to its own small sandbox store through the Stores screen, synced.
import { createMemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { startSandbox, type SandboxHandle } from '../../src/main/sandbox/server'
import { startHarness, type Harness } from './harness'

export async function connectSandboxStore(storeId: number, storeName: string): Promise<{ h: Harness; sb: SandboxHandle }> {
  const sb = await startSandbox({ storeId, storeName, products: 40, orders: 5, customers: 5, coupons: 5 })
  const h = await startHarness({ apiBase: sb.apiBase, secrets: createMemorySecretStore(), sync: { intervalMs: 600_000 } })
  const { page } = h
  await page.getByTestId('connect-store-id').fill(String(storeId))
  await page.getByTestId('connect-token').fill(sb.tokens.full)
  await page.getByTestId('connect-submit').click()
  await page.getByTestId('sync-state').filter({ hasText: /^Synced / }).waitFor({ timeout: 30_000 })
  return { h, sb }
}
