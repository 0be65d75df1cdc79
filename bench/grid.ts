// npm run bench:grid — the Products grid as the user meets it: the built renderer over the real core
// and a 100,000-product local copy (bench/grid-real.ts). `--in-page` runs the older bench of the
// grid component alone with in-page data (bench/grid-in-page.ts).
import { benchArgs } from './args'
import { runInPage } from './grid-in-page'
import { runRealPath } from './grid-real'

const run = benchArgs().flag('in-page') ? runInPage : runRealPath
run().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exitCode = 1
})
