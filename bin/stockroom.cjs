#!/usr/bin/env node
// `stockroom` launcher: runs the built CLI (out/main/cli.js), building it first when it is missing or
// older than the sources, so `npm run cli -- ...` works straight after `npm ci`.
const { existsSync, statSync, readdirSync } = require('node:fs')
const { join } = require('node:path')
const { execFileSync } = require('node:child_process')

const root = join(__dirname, '..')
const built = join(root, 'out', 'main', 'cli.js')

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    const t = entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs
    if (t > newest) newest = t
  }
  return newest
}

const src = join(root, 'src')
const stale = !existsSync(built) || (existsSync(src) && newestMtime(src) > statSync(built).mtimeMs)
if (stale) {
  process.stderr.write('stockroom: building…\n')
  execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
}

require(built)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code
  })
