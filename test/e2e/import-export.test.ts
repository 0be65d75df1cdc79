// CSV in a real Chromium: export products from the demo store (main's save dialog answered by the
// scripted FileDialogs double), edit the file, import it back through the mapping step, see the
// validation report and the diff, reject one row and one column, and create the session from the rest.
// Screenshot: import-export.png.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedFileDialogs } from '../../src/main/core/csv/file-dialogs'
import { e2eAvailable, startHarness, type Harness } from './harness'

describe.skipIf(!e2eAvailable())('import / export (Chromium)', () => {
  let h: Harness
  const dialogs = createScriptedFileDialogs()
  const dir = mkdtempSync(join(tmpdir(), 'stockroom-e2e-csv-'))

  beforeAll(async () => {
    h = await startHarness({ fileDialogs: dialogs, demo: { products: 120, orders: 60, customers: 20, coupons: 10 } })
  })
  afterAll(async () => {
    await h?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('exports products through the save dialog', async () => {
    const { page } = h
    await page.getByTestId('open-demo').click()
    await expect.poll(() => page.getByTestId('sync-state').textContent(), { timeout: 30_000 }).toMatch(/^Synced /)
    await page.getByTestId('nav-import-export').click()
    await page.getByTestId('view-import-export').waitFor()
    dialogs.nextSave(join(dir, 'products.csv'))
    await page.getByTestId('export-run').click()
    await expect.poll(() => page.getByTestId('export-result').textContent(), { timeout: 15_000 }).toMatch(/120 rows saved to products\.csv/)
    expect(dialogs.saved[0]).toMatch(/^products-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(readFileSync(join(dir, 'products.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff)
  })

  it('imports an edited file: mapping, report, diff, per-row/column reject, then a session', async () => {
    const { page } = h
    const text = readFileSync(join(dir, 'products.csv'), 'utf8').replace(/^\uFEFF/, '')
    const rows = new Papa.Parser({ delimiter: ',', newline: '\r\n' }).parse(text, 0, false).data.filter((r) => r.length > 1)
    const header = rows[0]!
    const col = (name: string): number => header.indexOf(name)
    // A header only a person can map, a changed price and name, and one invalid quantity.
    header[col('Price')] = 'Our price'
    rows[1]![col('Our price')] = '99.95'
    rows[2]![col('Name')] = '<img src=x onerror=alert(1)> Renamed'
    rows[3]![col('Quantity')] = 'lots'
    rows[4]![col('Name')] = 'Second title'
    rows[5]![col('Our price')] = '77.70'
    const edited = join(dir, 'edited.csv')
    writeFileSync(edited, Papa.unparse(rows, { newline: '\r\n' }))

    dialogs.nextOpen(edited)
    await page.getByTestId('import-choose').click()
    await page.getByTestId('import-mapping').waitFor()
    expect(await page.getByTestId('import-file-name').textContent()).toContain('edited.csv')
    expect(await page.getByTestId('import-detected').textContent()).toContain('Detected: utf-8')
    const ourPrice = page.getByTestId('mapping-row').filter({ hasText: 'Our price' })
    expect(await ourPrice.getByTestId('mapping-select').inputValue()).toBe('')
    await ourPrice.getByTestId('mapping-select').selectOption('price')

    await page.getByTestId('import-check').click()
    await page.getByTestId('import-summary').waitFor()
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/120 rows: 119 valid, 1 invalid · 4 changes to 4 entries/)
    const report = page.getByTestId('report-line').filter({ hasText: 'lots' })
    expect(await report.textContent()).toMatch(/^4Quantitylots/)
    const diff = page.getByTestId('diff-row')
    expect(await diff.count()).toBe(4)
    expect(await diff.filter({ hasText: '99.95' }).textContent()).toContain('Price')
    // Hostile text is shown as text: no <img> element was created from the file.
    expect(await diff.filter({ hasText: 'Renamed' }).textContent()).toContain('<img src=x onerror=alert(1)> Renamed')
    expect(await page.locator('[data-testid="import-diff"] img').count()).toBe(0)
    expect(await page.getByTestId('import-create').isDisabled()).toBe(true)
    await page.getByTestId('import-valid-only').check()
    await page.getByTestId('import-session-name').fill('CSV prices')

    // Per-column and per-row accept/reject, with live counts.
    const selected = page.getByTestId('diff-selected')
    expect(await selected.textContent()).toContain('4 of 4 changes will be staged')
    await page.getByTestId('diff-reject-all').click()
    expect(await selected.textContent()).toContain('0 of 4 changes will be staged')
    expect(await page.getByTestId('import-create').isDisabled()).toBe(true)
    await page.getByTestId('diff-accept-all').click()
    expect(await selected.textContent()).toContain('4 of 4 changes will be staged')
    const priceColumn = page.getByTestId('diff-field').filter({ hasText: 'Price: 2 changes' })
    await priceColumn.getByTestId('diff-field-toggle').uncheck()
    expect(await selected.textContent()).toContain('2 of 4 changes will be staged')
    await diff.filter({ hasText: 'Second title' }).getByTestId('diff-row-toggle').uncheck()
    expect(await selected.textContent()).toContain('1 of 4 changes will be staged')
    expect(await page.getByTestId('import-create').isDisabled()).toBe(false)
    await h.screenshot('import-export')

    await page.getByTestId('import-create').click()
    await expect.poll(() => page.getByTestId('import-done').textContent()).toContain('1 change staged in the session “CSV prices”')
    const storeId = (await h.services.api.listStores())[0]!.storeId
    const session = (await h.services.api.listSessions(storeId)).find((s) => s.name === 'CSV prices')
    expect(session).toMatchObject({ status: 'draft', changeCount: 1 })
    const staged = (await h.services.api.reviewSession(storeId, session!.id, { limit: 10 })).rows
    expect(staged.map((c) => [c.field, c.after])).toEqual([['name', '<img src=x onerror=alert(1)> Renamed']])
    await page.getByTestId('import-open-session').click()
    await page.getByTestId('view-sessions').waitFor()
  })

  it('re-importing the unchanged export says it changes nothing', async () => {
    const { page } = h
    await page.getByTestId('nav-import-export').click()
    await page.getByTestId('import-another').click()
    dialogs.nextOpen(join(dir, 'products.csv'))
    await page.getByTestId('import-choose').click()
    await page.getByTestId('import-check').click()
    await expect.poll(() => page.getByTestId('import-no-changes').textContent()).toContain('changes nothing')
    expect(await page.getByTestId('import-create').count()).toBe(0)
  })
})
