// Runs the sandbox Ecwid server in its own process for benchmarks, as the real Ecwid is remote: in
// the same process its page building would compete with the client for one CPU core.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

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
