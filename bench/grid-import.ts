// The import-preview part of the real-path grid bench (issue 18 §1-2): a products file written by the
// app's own export of the local copy, with a known set of changed cells, then previewCsvImport timed in
// Node and the preview layer timed in the page (Import → Check the file → open in the grid).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import type { CsvImportPreview } from '@shared/model/csv'
import type { createScriptedFileDialogs } from '../src/main/core/csv/file-dialogs'
import type { Services } from '../src/main/core/services'
import type { Harness } from '../test/e2e/harness'

export type Dialogs = ReturnType<typeof createScriptedFileDialogs>

export interface ImportFile {
  path: string
  /** Data rows in the file (the header not counted). */
  rows: number
  changedRows: number
  changedCells: number
}

export interface ImportFileOptions {
  /** Keep only this many data rows (quick mode: a small file). */
  maxRows?: number
  /** Rows whose price changes (spread evenly over the file). */
  priceRows: number
  /** Of those rows, how many also get a new name. */
  nameRows: number
}

/** Exports the store's products through the app (save dialog faked), then edits a known subset of cells. */
export async function writeImportFile(services: Pick<Services, 'api'>, dialogs: Dialogs, storeId: number, dir: string, opts: ImportFileOptions): Promise<ImportFile> {
  const exported = join(dir, 'products-export.csv')
  dialogs.nextSave(exported)
  const done = await services.api.exportCsv(storeId, { resource: 'products', format: 'flat' })
  if (!done) throw new Error('the export was cancelled')
  const text = readFileSync(exported, 'utf8').replace(/^\uFEFF/, '')
  const parsed = new Papa.Parser({ delimiter: ',', newline: '\r\n' }).parse(text, 0, false)
  const [header, ...all] = parsed.data.filter((r) => r.length > 1)
  if (!header) throw new Error('the export wrote no header')
  const rows = all.slice(0, opts.maxRows ?? all.length)
  const price = header.indexOf('Price')
  const name = header.indexOf('Name')
  if (price < 0 || name < 0) throw new Error(`the export has no Price or Name column (${header.join(', ')})`)
  const step = Math.max(1, Math.floor(rows.length / opts.priceRows))
  let changedRows = 0
  let changedCells = 0
  for (let i = 0; i < rows.length && changedRows < opts.priceRows; i += step, changedRows++) {
    const row = rows[i] as string[]
    row[price] = (Number(row[price] || 0) + 1.25).toFixed(2)
    changedCells++
    if (changedRows < opts.nameRows) {
      row[name] = `${row[name] ?? ''} (new)`
      changedCells++
    }
  }
  const path = join(dir, 'products-edited.csv')
  writeFileSync(path, `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n' })}`)
  return { path, rows: rows.length, changedRows, changedCells }
}

export interface PreviewCall {
  ms: number
  runsMs: number[]
  preview: CsvImportPreview
}

/** previewCsvImport alone, in Node through the services' API (no IPC, no page), median of `runs`. */
export async function timePreviewCall(services: Pick<Services, 'api'>, dialogs: Dialogs, storeId: number, file: string, runs: number): Promise<PreviewCall> {
  const runsMs: number[] = []
  let preview: CsvImportPreview | null = null
  for (let i = 0; i < runs; i++) {
    dialogs.nextOpen(file)
    const choice = await services.api.chooseCsvFile()
    if (!choice) throw new Error('the open dialog returned nothing')
    const t0 = performance.now()
    preview = await services.api.previewCsvImport(storeId, { resource: 'products', fileToken: choice.fileToken })
    runsMs.push(performance.now() - t0)
  }
  if (!preview) throw new Error('previewCsvImport was not run')
  const ms = [...runsMs].sort((a, b) => a - b)[Math.floor(runsMs.length / 2)] ?? NaN
  return { ms, runsMs, preview }
}

export interface PageTiming {
  planMs: number | null
  previewMs: number | null
  /** Why a figure is null ("not measured: ..."), else null. */
  note: string | null
}

/**
 * In the page, as a merchant does it: Import screen → choose the file → Columns → "Check the file"
 * (timed to the review step), then "open in the grid" (timed to painted highlighted cells). Until the
 * preview layer exists the second figure is null with a note; nothing here throws for a missing screen.
 */
export async function timePreviewInPage(h: Harness, dialogs: Dialogs, file: string): Promise<PageTiming> {
  const { page } = h
  const gb = <T>(call: string): Promise<T> => page.evaluate(`window.__gb.${call}`) as Promise<T>
  let planMs: number | null = null
  try {
    await page.getByTestId('nav-import-export').click()
    await page.getByTestId('view-import-export').waitFor()
    dialogs.nextOpen(file)
    await page.getByTestId('import-choose').click()
    await page.getByTestId('import-mapping').waitFor({ timeout: 60_000 })
    planMs = await gb<number | null>('importCheck()')
    if (planMs === null) return { planMs, previewMs: null, note: 'not measured: no "Check the file" button (import-check)' }
    const previewMs = await gb<number | null>('openPreview()')
    if (previewMs === null) return { planMs, previewMs, note: 'not measured: the review step has no import-open-grid button yet (the preview layer is not on this branch)' }
    return { planMs, previewMs, note: null }
  } catch (e) {
    return { planMs, previewMs: null, note: `not measured: ${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)}` }
  }
}
