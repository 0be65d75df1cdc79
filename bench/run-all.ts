// npm run bench [-- --quick] [-- --only sync,csv] — runs every benchmark script in its own process,
// takes the JSON object each prints as its last stdout line, writes bench/results.json and a table.
import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { arch, cpus, release, totalmem } from 'node:os'
import { resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')
/** Adding a benchmark: one entry here (its script must accept --quick and print JSON last). */
export const BENCHES = ['fetch', 'sync', 'push', 'grid', 'csv', 'query'] as const

export interface BenchRun {
  name: string
  /** ok; 'target' = it ran and printed its figures but missed one of its own targets (exit code 1). */
  status: 'ok' | 'target' | 'failed'
  ok: boolean
  wallMs: number
  result: Record<string, unknown> | null
  error?: string
}

/** The last line of `stdout` that parses as a JSON object, or null. */
export function lastJsonLine(stdout: string): Record<string, unknown> | null {
  const lines = stdout.split('\n').map((l) => l.trim()).filter(Boolean)
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as string
    if (!line.startsWith('{')) continue
    try {
      const parsed: unknown = JSON.parse(line)
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>
    } catch {
      // a log line that only looks like JSON; keep looking upwards
    }
  }
  return null
}

function runOne(name: string, quick: boolean): Promise<BenchRun> {
  const started = Date.now()
  const args = ['tsx', '--tsconfig', 'tsconfig.node.json', `bench/${name}.ts`, ...(quick ? ['--quick'] : [])]
  return new Promise((done) => {
    const child = spawn('npx', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      process.stdout.write(chunk)
    })
    child.on('close', (code) => {
      const result = lastJsonLine(stdout)
      const wallMs = Date.now() - started
      if (code === 0 && result) done({ name, status: 'ok', ok: true, wallMs, result })
      else if (code === 1 && result) done({ name, status: 'target', ok: true, wallMs, result, error: 'missed a target (see its output)' })
      else done({ name, status: 'failed', ok: false, wallMs, result, error: result ? `exit code ${code}` : `no JSON result line (exit code ${code})` })
    })
  })
}

/** A few headline figures per bench for the table; the full objects are in results.json. */
export function headline(result: Record<string, unknown> | null): string {
  if (!result) return ''
  const flat: string[] = []
  const walk = (obj: Record<string, unknown>, prefix: string, depth: number): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (flat.length >= 4) return
      if (typeof v === 'number' && /ms|ratio|rowsPerS|perSecond|fps|p50|p95|requests/i.test(k)) flat.push(`${prefix}${k}=${v}`)
      else if (v && typeof v === 'object' && !Array.isArray(v) && depth < 2) walk(v as Record<string, unknown>, `${prefix}${k}.`, depth + 1)
    }
  }
  walk(result, '', 0)
  return flat.join('  ')
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const quick = argv.includes('--quick')
  const onlyAt = argv.indexOf('--only')
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',') : null
  const runs: BenchRun[] = []
  for (const name of BENCHES) {
    if (only && !only.includes(name)) continue
    if (!existsSync(resolve(ROOT, `bench/${name}.ts`))) {
      console.warn(`bench ${name}: bench/${name}.ts not present, skipped`)
      continue
    }
    console.log(`\n== bench ${name}${quick ? ' (quick)' : ''}`)
    runs.push(await runOne(name, quick))
  }
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memGb: Math.round(totalmem() / 2 ** 30), os: `${process.platform} ${release()} ${arch()}`, node: process.version }
  const report = { at: new Date().toISOString(), quick, machine, benches: Object.fromEntries(runs.map((r) => [r.name, r])) }
  writeFileSync(resolve(ROOT, 'bench/results.json'), `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nbench results (${quick ? 'quick' : 'full'}) — ${machine.cpus} cores, ${machine.os}, Node ${machine.node}`)
  console.log(`${'bench'.padEnd(8)}${'status'.padEnd(8)}${'wall'.padStart(9)}  headline`)
  const label = { ok: 'ok', target: 'target!', failed: 'FAILED' } as const
  for (const r of runs) console.log(`${r.name.padEnd(8)}${label[r.status].padEnd(8)}${`${(r.wallMs / 1000).toFixed(1)} s`.padStart(9)}  ${r.ok ? headline(r.result) : (r.error ?? '')}`)
  console.log('written: bench/results.json')
  // A crash fails the run; a missed target is reported (timings on shared CI machines are noisy).
  if (runs.some((r) => r.status === 'failed')) process.exitCode = 1
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exitCode = 1
  })
}
