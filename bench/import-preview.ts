// npm run bench:preview — previewCsvImport alone, without a browser: the demo store synced by the real
// core, its local copy filled with N products (bench/grid-seed.ts), a products file exported by the app
// with 312 changed cells over 200 rows, planned --runs times. For profiling the plan (node --cpu-prof).
// Flags: --rows N (100,000; quick 10,000) --import-rows N (all; quick 2,000) --runs N (3) --quick
// --cpu-prof FILE (a .cpuprofile of the timed calls only, for Chrome DevTools).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createScriptedFileDialogs } from '../src/main/core/csv/file-dialogs'
import { createMemorySecretStore } from '../src/main/core/secrets/memory-store'
import { createServices } from '../src/main/core/services'
import { benchArgs } from './args'
import { timePreviewCall, writeImportFile } from './grid-import'
import { seedLocalProducts } from './grid-seed'

/** Profiles `run` with V8's CPU profiler and writes the profile to `file`. */
async function profiled<T>(file: string, run: () => Promise<T>): Promise<T> {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  try {
    return await run()
  } finally {
    const { profile } = await session.post('Profiler.stop')
    writeFileSync(file, JSON.stringify(profile))
    session.disconnect()
  }
}

function cpuProfPath(argv: string[] = process.argv): string | null {
  const i = argv.indexOf('--cpu-prof')
  return i >= 0 ? (argv[i + 1] ?? null) : null
}

async function main(): Promise<void> {
  const args = benchArgs()
  const quick = args.flag('quick')
  const rows = args.num('rows', quick ? 10_000 : 100_000)
  const importRows = args.num('import-rows', quick ? 2_000 : Number.MAX_SAFE_INTEGER)
  const runs = Math.max(1, args.num('runs', 3))
  const dataDir = mkdtempSync(join(tmpdir(), 'stockroom-bench-preview-'))
  const dialogs = createScriptedFileDialogs()
  const services = createServices({
    dataDir,
    appVersion: '0.0.0-bench',
    secrets: createMemorySecretStore(),
    demo: { products: 300, orders: 50, customers: 20, coupons: 10 },
    sync: { intervalMs: 3_600_000, retryMs: 60_000 },
    fileDialogs: dialogs
  })
  try {
    const { storeId } = await services.api.openDemoStore()
    for (const deadline = Date.now() + 60_000; (await services.api.getSyncState(storeId)).phase !== 'done'; await new Promise((r) => setTimeout(r, 50))) {
      if (Date.now() > deadline) throw new Error('the demo store did not finish its first sync')
    }
    const seed = seedLocalProducts(dataDir, storeId, rows)
    const file = await writeImportFile(services, dialogs, storeId, dataDir, { maxRows: importRows, priceRows: 200, nameRows: 112 })
    const prof = cpuProfPath()
    const timed = (): ReturnType<typeof timePreviewCall> => timePreviewCall(services, dialogs, storeId, file.path, runs)
    const call = prof ? await profiled(prof, timed) : await timed()
    const result = {
      bench: 'preview',
      products: seed.products,
      importRows: file.rows,
      changedCells: file.changedCells,
      previewChanges: call.preview.changes.length,
      previewCallMs: Math.round(call.ms),
      previewCallRunsMs: call.runsMs.map(Math.round)
    }
    console.warn(`previewCsvImport: ${file.rows.toLocaleString()}-row file over ${seed.products.toLocaleString()} products, ${result.previewChanges} changes: ${result.previewCallMs} ms (runs ${result.previewCallRunsMs.join(', ')})`)
    process.stdout.write(`${JSON.stringify(result)}\n`)
    if (result.previewChanges !== file.changedCells) process.exitCode = 1
  } finally {
    await services.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
