// The real-path grid bench: the built renderer (out/renderer) in Debian's Chromium through the e2e
// harness (real core services, the router, the bridge with Electron's structured-clone semantics),
// over the demo store's local copy filled with N products (bench/grid-seed.ts says how). Measures,
// from navigation: cold start (shell interactive) and first product rows; then sort by price and
// by name, a price filter, a search, fps scrolling top to bottom, and the import preview of a products
// file of every row (bench/grid-import.ts). Prints one JSON line last.
// Flags: --rows N (100,000) --runs N (navigations, median taken) --scroll S --import-rows N (all; quick
// 2,000) --quick --no-build --fresh-seed --cpu-prof (the page's profile over the scroll, to a temp file).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ProductQuery } from '@shared/model/grid'
import { createScriptedFileDialogs } from '../src/main/core/csv/file-dialogs'
import { e2eAvailable, RENDERER_DIR, startHarness, type Harness } from '../test/e2e/harness'
import { openDemoSynced } from '../test/e2e/grid-locators'
import { benchArgs } from './args'
import { timePreviewCall, timePreviewInPage, writeImportFile } from './grid-import'
import { PROBE_SCRIPT } from './grid-probe'
import { seedLocalProducts } from './grid-seed'

const ROOT = resolve(__dirname, '..')
const TARGETS = { firstRowsMs: 500, sortMs: 300, filterMs: 300, fps: 50, previewMs: 1000 }
const FILTER_MIN_PRICE = 50

interface Expect {
  name: string
  total: number
}
interface Marks {
  shell?: number
  firstRows?: number
}

const out = (line: string): boolean => process.stdout.write(`${line}\n`)
const ms = (n: number): string => `${Math.round(n)} ms`
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

/** What the grid must show once a query is answered: its first row and count, from the core itself. */
async function expected(h: Harness, storeId: number, q: Omit<ProductQuery, 'offset' | 'limit'>): Promise<Expect> {
  const page = await h.services.api.queryProducts(storeId, { ...q, offset: 0, limit: 1 })
  return { name: (page.rows[0]?.name ?? '').trim(), total: page.total }
}

/**
 * Records the name of every API method the page calls, in order, for the report: which round trips
 * stand between navigation and the first rows. The router looks methods up on the object per call.
 */
let navStartedAt = 0
function logCalls(api: Record<string, unknown>): string[] {
  const calls: string[] = []
  for (const [name, fn] of Object.entries(api)) {
    if (typeof fn !== 'function') continue
    api[name] = (...a: unknown[]): unknown => {
      calls.push(`${name}@${Math.round(performance.now() - navStartedAt)}`)
      return (fn as (...x: unknown[]) => unknown).apply(api, a)
    }
  }
  return calls
}

/** A fresh document at #/products (about:blank first: a hash change alone would not reload). */
async function navigate(h: Harness, base: string, calls: string[]): Promise<{ marks: Required<Marks>; ipcCalls: number; ipcMethods: string[]; scriptKb: number }> {
  await h.page.goto('about:blank')
  const before = h.traffic.length
  const callsBefore = calls.length
  navStartedAt = performance.now()
  await h.page.goto(`${base}#/products`)
  // Polled from here: the app's CSP forbids the string eval that waitForFunction would use.
  let marks: Marks = {}
  for (const deadline = Date.now() + 60_000; marks.firstRows === undefined || marks.shell === undefined; await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > deadline) throw new Error('the Products grid showed no rows within 60 s')
    marks = (await h.page.evaluate('window.__gb ? window.__gb.marks : {}')) as Marks
  }
  const ipcMethods = calls.slice(callsBefore)
  const scriptKb = Number(await h.page.evaluate(`Math.round(performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script').reduce((a, e) => a + e.decodedBodySize, 0) / 1024)`))
  return { marks: { shell: marks.shell, firstRows: marks.firstRows }, ipcCalls: h.traffic.length - before, ipcMethods, scriptKb }
}

function build(): void {
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  if (built.status !== 0) throw new Error('npm run build failed: the real-path bench needs the built renderer')
}

export async function runRealPath(): Promise<void> {
  const args = benchArgs()
  const quick = args.flag('quick')
  const rows = args.num('rows', quick ? 10_000 : 100_000)
  const runs = Math.max(1, args.num('runs', quick ? 2 : 5))
  const scrollSeconds = args.num('scroll', quick ? 3 : 8)
  // Quick (CI) mode plans a small file: a few seconds, not the full 100k-row plan.
  const importRows = args.num('import-rows', quick ? 2_000 : Number.MAX_SAFE_INTEGER)
  if (!args.flag('no-build') || !existsSync(resolve(RENDERER_DIR, 'index.html'))) build()
  if (!e2eAvailable()) throw new Error('the real-path grid bench needs Chromium (apt install chromium) and the built renderer')

  // No periodic sync during the bench: its writes would move the figures.
  const dialogs = createScriptedFileDialogs()
  const h = await startHarness({ sync: { intervalMs: 3_600_000, retryMs: 60_000 }, fileDialogs: dialogs })
  const csvDir = mkdtempSync(join(tmpdir(), 'stockroom-bench-import-'))
  try {
    const errors: string[] = []
    h.page.on('pageerror', (e) => errors.push(e.message))
    h.page.on('console', (m) => m.type() === 'error' && !/frame-ancestors' is ignored|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED/.test(m.text()) && errors.push(m.text()))
    await openDemoSynced(h)
    const storeId = Number(await h.page.evaluate(`localStorage.getItem('stockroom.lastStoreId')`))
    const seed = seedLocalProducts(h.dataDir, storeId, rows, { fresh: args.flag('fresh-seed') })
    out(`seeded ${seed.products.toLocaleString()} products into the local copy in ${ms(seed.ms)} (${seed.cached ? 'from the cache file' : 'generated, cache file written'})`)
    await h.page.addInitScript(PROBE_SCRIPT)
    const base = h.page.url().replace(/#.*$/, '')

    const calls = logCalls(h.services.api as unknown as Record<string, unknown>)
    const navs = []
    for (let i = 0; i < runs; i++) navs.push(await navigate(h, base, calls))
    const firstRows = navs.map((n) => n.marks.firstRows)
    const coldStart = navs.map((n) => n.marks.shell)
    const gb = <T>(call: string): Promise<T> => h.page.evaluate(`window.__gb.${call}`) as Promise<T>

    const byName = await expected(h, storeId, { sort: [{ field: 'name', dir: 'asc' }] })
    if ((await gb<string>('firstName()')) !== byName.name) throw new Error(`the grid's first row is not the core's first product by name (${byName.name})`)
    const byPrice = await expected(h, storeId, { sort: [{ field: 'price', dir: 'asc' }] })
    const sortPrice = await gb<number>(`sort('price', ${JSON.stringify(byPrice)})`)
    const sortName = await gb<number>(`sort('name', ${JSON.stringify(byName)})`)
    const sortedByName = [{ field: 'name' as const, dir: 'asc' as const }]
    const filtered = await expected(h, storeId, { sort: sortedByName, filters: [{ field: 'price', kind: 'number', min: FILTER_MIN_PRICE }] })
    await gb('addFilter("price")')
    const filter = await gb<number>(`type('filter-price-min', '${FILTER_MIN_PRICE}', ${JSON.stringify(filtered)})`)
    const clearFilter = await gb<number>(`type('filter-price-min', '', ${JSON.stringify(byName)})`)
    // A word from a product in the middle of the store, as a merchant would look one up.
    const middle = await h.services.api.queryProducts(storeId, { sort: sortedByName, offset: Math.floor(seed.products / 2), limit: 1 })
    const word = (middle.rows[0]?.name ?? 'oak').split(/\s+/).find((w) => w.length >= 4) ?? 'oak'
    const found = await expected(h, storeId, { sort: sortedByName, search: word })
    const search = await gb<number>(`type('grid-search', ${JSON.stringify(word)}, ${JSON.stringify(found)})`)
    await gb(`type('grid-search', '', ${JSON.stringify(byName)})`)
    // --cpu-prof: the page's CPU profile over the scroll alone, for Chrome DevTools (Performance tab).
    const cdp = args.flag('cpu-prof') ? await h.page.context().newCDPSession(h.page) : null
    await cdp?.send('Profiler.enable')
    await cdp?.send('Profiler.start')
    const scroll = await gb<{ frames: number; seconds: number; fps: number; worstFrameMs: number; p95FrameMs: number; framesWithPlaceholders: number; reachedBottom: boolean }>(`scroll(${scrollSeconds})`)
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop')
      const file = join(tmpdir(), `stockroom-grid-scroll-${Date.now()}.cpuprofile`)
      writeFileSync(file, JSON.stringify(profile))
      out(`  scroll CPU profile  ${file}`)
    }

    // 312 changed cells over 200 rows (price on all 200, name on 112), every other row unchanged.
    const file = await writeImportFile(h.services, dialogs, storeId, csvDir, { maxRows: importRows, priceRows: 200, nameRows: 112 })
    const inPage = await timePreviewInPage(h, dialogs, file.path)
    const call = await timePreviewCall(h.services, dialogs, storeId, file.path, quick ? 1 : 3)
    const planned = call.preview.changes.length
    if (planned !== file.changedCells) errors.push(`previewCsvImport planned ${planned} changes, the file has ${file.changedCells}`)

    const result = {
      bench: 'grid',
      mode: 'real-path',
      rows: seed.products,
      seed: { ms: seed.ms, cached: seed.cached, via: 'sync writer (upsertProducts) into the local copy after a real demo sync; cached per count' },
      runs,
      firstPaintFromNavigationMs: Math.round(median(firstRows)),
      firstPaintRunsMs: firstRows.map(Math.round),
      coldStartMs: Math.round(median(coldStart)),
      coldStartRunsMs: coldStart.map(Math.round),
      ipcMessagesToFirstRows: navs[0]?.ipcCalls ?? null,
      ipcMethodsToFirstRows: navs[0]?.ipcMethods ?? null,
      scriptKb: navs[0]?.scriptKb ?? null,
      sortPriceMs: Math.round(sortPrice),
      sortNameMs: Math.round(sortName),
      filterMs: Math.round(filter),
      filteredRows: filtered.total,
      clearFilterMs: Math.round(clearFilter),
      searchMs: Math.round(search),
      searchNote: 'from the last keystroke; includes the search box 200 ms typing pause',
      searchTerm: word,
      searchRows: found.total,
      scroll: { ...scroll, fps: Number(scroll.fps.toFixed(1)), seconds: Number(scroll.seconds.toFixed(2)), worstFrameMs: Math.round(scroll.worstFrameMs), p95FrameMs: Number(scroll.p95FrameMs.toFixed(1)) },
      importRows: file.rows,
      importChangedCells: file.changedCells,
      importChangedRows: file.changedRows,
      importPlanMs: inPage.planMs === null ? null : Math.round(inPage.planMs),
      importPlanNote: 'click "Check the file" -> review step shown (planCsvImport over IPC, labelled diff)',
      importPreviewMs: inPage.previewMs === null ? null : Math.round(inPage.previewMs),
      importPreviewNote: inPage.note ?? 'click import-open-grid -> preview bar and highlighted cells painted',
      previewCallMs: Math.round(call.ms),
      previewCallRunsMs: call.runsMs.map(Math.round),
      previewCallNote: 'previewCsvImport alone, in Node through the services (no IPC, no page); a new file token each run, so a full plan (no kept plan)',
      previewChanges: planned,
      pageErrors: errors
    }
    out(`grid bench (real path): ${seed.products.toLocaleString()} products, built renderer over the core and SQLite, ${runs} navigations (${quick ? 'quick' : 'full'})`)
    out(`  cold start           ${ms(result.coldStartMs)} navigation -> shell interactive (runs ${result.coldStartRunsMs.join(', ')})`)
    out(`  first product rows   ${ms(result.firstPaintFromNavigationMs)} from navigation (runs ${result.firstPaintRunsMs.join(', ')}; ${result.ipcMessagesToFirstRows} IPC messages, ${result.scriptKb} kB script)   (target < ${TARGETS.firstRowsMs} ms)`)
    out(`  calls before rows    ${(result.ipcMethodsToFirstRows ?? []).join(', ')}`)
    out(`  sort by price        ${ms(sortPrice)}   sort by name ${ms(sortName)}   (target < ${TARGETS.sortMs} ms)`)
    out(`  filter price ≥ ${FILTER_MIN_PRICE}    ${ms(filter)} -> ${filtered.total.toLocaleString()} rows; clear ${ms(clearFilter)}   (target < ${TARGETS.filterMs} ms)`)
    out(`  search "${word}"      ${ms(search)} -> ${found.total.toLocaleString()} rows (includes the 200 ms typing pause)`)
    out(`  scroll top→bottom    ${scroll.fps.toFixed(1)} fps over ${scroll.seconds.toFixed(1)} s (p95 ${scroll.p95FrameMs.toFixed(1)} ms, worst ${Math.round(scroll.worstFrameMs)} ms, ${scroll.framesWithPlaceholders} frames showed placeholders, bottom reached: ${scroll.reachedBottom})   (target ≥ ${TARGETS.fps} fps)`)
    const fileText = `${file.rows.toLocaleString()}-row file, ${file.changedCells} cells changed over ${file.changedRows} rows`
    out(`  import plan          ${inPage.planMs === null ? inPage.note : `${ms(inPage.planMs)} Check the file -> review step`} (${fileText})`)
    out(`  import preview       ${inPage.previewMs === null ? inPage.note : `${ms(inPage.previewMs)} open in the grid -> highlighted cells painted`}   (target < ${TARGETS.previewMs} ms)`)
    out(`  previewCsvImport     ${ms(call.ms)} in Node (runs ${call.runsMs.map(Math.round).join(', ')}; ${planned} changes)`)
    if (errors.length) out(`  page errors          ${errors.join(' | ')}`)
    out(JSON.stringify(result))
    const missed = [
      result.firstPaintFromNavigationMs >= TARGETS.firstRowsMs && 'first rows (from navigation)',
      Math.max(sortPrice, sortName) >= TARGETS.sortMs && 'sort',
      Math.max(filter, clearFilter) >= TARGETS.filterMs && 'filter',
      scroll.fps < TARGETS.fps && 'fps',
      inPage.previewMs !== null && inPage.previewMs >= TARGETS.previewMs && 'import preview layer',
      !scroll.reachedBottom && 'scroll did not reach the last row',
      errors.length > 0 && 'page errors'
    ].filter(Boolean)
    if (missed.length) {
      out(`MISSED: ${missed.join(', ')}`)
      process.exitCode = 1
    }
  } finally {
    await h.close()
    rmSync(csvDir, { recursive: true, force: true })
  }
}
