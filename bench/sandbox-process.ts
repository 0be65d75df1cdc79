// Runs the sandbox Ecwid server in its own process for benchmarks, as the real Ecwid is remote: in
// the same process its page building would compete with the client for one CPU core.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Product } from '../src/shared/model'
import type { SandboxStats } from '../src/main/sandbox/stats'

export interface SandboxProcess {
  apiBase: string
  storeId: number
  token: string
  close(): Promise<void>
}

export async function startSandboxProcess(args: { products: number; orders: number; latencyMs: number }): Promise<SandboxProcess> {
  const bin = join(__dirname, '..', 'bin', 'stockroom.cjs')
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, 'sandbox', '--json', '--products', String(args.products), '--orders', String(args.orders), '--latency', String(args.latencyMs)],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const lines = createInterface({ input: child.stdout! })
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)))
  })
  const info = JSON.parse(first) as { apiBase: string; storeId: number; token: string }
  return {
    ...info,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
  }
}

/** What bench/sandbox-child.ts answers on its stdin, one JSON line each. */
export type SandboxCommand = { cmd: 'products' } | { cmd: 'reset' } | { cmd: 'stats' } | { cmd: 'prices'; ids: number[] }

export interface SandboxChildStats {
  stats: SandboxStats
  /** Wall time the store's FIFO batch queue spent running batches (sandbox routes/batch.ts). */
  batchBusyMs: number
}

export interface SandboxChild extends SandboxProcess {
  products(): Promise<Product[]>
  resetStats(): Promise<void>
  stats(): Promise<SandboxChildStats>
  prices(ids: number[]): Promise<(number | null)[]>
}

/** The sandbox in its own process with a control channel: counters and data for the push bench. */
export async function startSandboxChild(args: { products: number; orders: number; latencyMs: number; batchStepMs: number }): Promise<SandboxChild> {
  const root = join(__dirname, '..')
  const env = { ...process.env, SANDBOX_PRODUCTS: String(args.products), SANDBOX_ORDERS: String(args.orders), SANDBOX_LATENCY_MS: String(args.latencyMs), SANDBOX_BATCH_MS: String(args.batchStepMs) }
  const tsx = join(root, 'node_modules', '.bin', 'tsx')
  const child = spawn(tsx, ['--tsconfig', join(root, 'tsconfig.node.json'), join(root, 'bench', 'sandbox-child.ts')], { env, stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout })
  const waiting: ((line: string) => void)[] = []
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`sandbox child exited with ${code}`))))
  exited.catch(() => undefined)
  lines.on('line', (line) => waiting.shift()?.(line))
  const next = <T>(): Promise<T> => Promise.race([new Promise<string>((resolve) => waiting.push(resolve)), exited]).then((l) => JSON.parse(l) as T)
  const ask = <T>(cmd: SandboxCommand): Promise<T> => {
    const answer = next<T>()
    child.stdin.write(`${JSON.stringify(cmd)}\n`)
    return answer
  }
  const info = await next<{ apiBase: string; storeId: number; token: string }>()
  return {
    ...info,
    products: () => ask<Product[]>({ cmd: 'products' }),
    resetStats: () => ask<unknown>({ cmd: 'reset' }).then(() => undefined),
    stats: () => ask<SandboxChildStats>({ cmd: 'stats' }),
    prices: (ids) => ask<(number | null)[]>({ cmd: 'prices', ids }),
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.stdin.end()
      })
  }
}
