// Shared setup for the CSV integration tests: a sandbox store synced into a temp data dir through the
// real CLI (`main([...])` in-process), with stdout/stderr captured. Test helper only.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { main } from '../../../src/main/cli/index'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../../src/main/sandbox/server'

export interface CliRun {
  code: number
  json: Record<string, unknown> | null
  stdout: string
  stderr: string
}

export interface CsvFixture {
  sb: SandboxHandle
  dataDir: string
  dir: string
  cli(args: string[], opts?: { token?: boolean }): Promise<CliRun>
  file(name: string): string
  read(name: string): string
  write(name: string, text: string): string
  close(): Promise<void>
}

function sink(): { stream: Writable; text: () => string } {
  let text = ''
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      text += String(chunk)
      cb()
    }
  })
  return { stream, text: () => text }
}

export async function csvFixture(sandbox: SandboxOptions = {}): Promise<CsvFixture> {
  const sb = await startSandbox({ products: 60, orders: 40, customers: 20, coupons: 12, ...sandbox })
  const dataDir = mkdtempSync(join(tmpdir(), 'stockroom-csv-data-'))
  const dir = mkdtempSync(join(tmpdir(), 'stockroom-csv-files-'))
  const cli = async (args: string[], opts: { token?: boolean } = {}): Promise<CliRun> => {
    const out = sink()
    const err = sink()
    // Export and import are offline: by default they get no token at all.
    const env = opts.token ? { STOCKROOM_TOKEN: sb.tokens.full } : {}
    const code = await main([...args, '--store', String(sb.storeId), '--api-base', sb.apiBase, '--data-dir', dataDir, '--json'], env, {
      stdout: out.stream,
      stderr: err.stream,
      secrets: createMemorySecretStore()
    })
    const stdout = out.text()
    return { code, json: stdout.trim() ? (JSON.parse(stdout.trim()) as Record<string, unknown>) : null, stdout, stderr: err.text() }
  }
  const sync = await cli(['sync', '--full'], { token: true })
  if (sync.code !== 0) throw new Error(`sync failed: ${sync.stderr}`)
  return {
    sb,
    dataDir,
    dir,
    cli,
    file: (name) => join(dir, name),
    read: (name) => readFileSync(join(dir, name), 'utf8'),
    write(name, text) {
      writeFileSync(join(dir, name), text)
      return join(dir, name)
    },
    async close() {
      await sb.close()
      rmSync(dataDir, { recursive: true, force: true })
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Minimal CSV line splitter for test files Stockroom wrote (quoted cells without embedded newlines). */
export function cells(line: string, delimiter = ','): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"'
        i++
      } else if (ch === '"') quoted = false
      else cur += ch
    } else if (ch === '"') quoted = true
    else if (ch === delimiter) {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out
}
