// Locators for the grid views' main grid (the Products side panel holds a second grid for variations)
// and the demo-store start shared by the grid e2e tests. Test helper only.
import type { Page } from 'playwright-core'
import type { Harness } from './harness'

export const grid = (page: Page) => page.locator('.gv-grid [role=grid]')
export const cell = (page: Page, row: number, col: number) => grid(page).locator(`[data-row="${row}"] [data-col="${col}"]`)
export const header = (page: Page, key: string) => grid(page).locator(`[role=columnheader][data-key="${key}"]`)
/** The 0-based column index of a column key, as the cells' data-col uses it. */
export async function col(page: Page, key: string): Promise<number> {
  return Number(await header(page, key).getAttribute('aria-colindex')) - 1
}
export const text = async (page: Page, row: number, c: number): Promise<string> => ((await cell(page, row, c).textContent()) ?? '').trim()
export const money = (s: string): number => Number(s.replace(/[^\d.-]/g, ''))

/** Opens the demo store and waits for its first sync. */
export async function openDemoSynced(h: Harness): Promise<void> {
  await h.page.getByTestId('open-demo').click()
  await h.page.getByTestId('sync-state').filter({ hasText: /^Synced / }).waitFor({ timeout: 30_000 })
}
