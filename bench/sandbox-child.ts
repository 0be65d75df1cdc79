// The sandbox as a child process for bench/push.ts (started by sandbox-process.ts): serves the
// store and answers one JSON line per command on stdin (products, reset, stats, prices), so the
// bench reads the server's own batch time without running the server's CPU work in its process.
import { createInterface } from 'node:readline'
import { batchBusyMs } from '../src/main/sandbox/routes/batch'
import { startSandbox } from '../src/main/sandbox/server'
import type { SandboxCommand } from './sandbox-process'

async function main(): Promise<void> {
  const num = (name: string): number => Number(process.env[name] ?? 0)
  const sandbox = await startSandbox({ products: num('SANDBOX_PRODUCTS'), orders: num('SANDBOX_ORDERS'), latencyMs: num('SANDBOX_LATENCY_MS'), batchStepMs: num('SANDBOX_BATCH_MS') })
  const { state } = sandbox
  const reply = (value: unknown): void => void process.stdout.write(`${JSON.stringify(value)}\n`)
  const answer = (cmd: SandboxCommand): unknown => {
    switch (cmd.cmd) {
      case 'products':
        return Array.from({ length: state.products.size }, (_, i) => state.products.get(i))
      case 'reset':
        sandbox.resetStats()
        return { ok: true }
      case 'stats':
        return { stats: sandbox.stats(), batchBusyMs: batchBusyMs(state) }
      case 'prices':
        return cmd.ids.map((id) => {
          const i = state.productIndex(id)
          return i === undefined ? null : (state.products.get(i)?.price ?? null)
        })
    }
  }
  reply({ apiBase: sandbox.apiBase, storeId: sandbox.storeId, token: sandbox.tokens.full })
  const lines = createInterface({ input: process.stdin })
  lines.on('line', (line) => reply(answer(JSON.parse(line) as SandboxCommand)))
  lines.once('close', () => void sandbox.close().then(() => process.exit(0)))
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e))
  process.exitCode = 1
})
