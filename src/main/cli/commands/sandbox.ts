// `stockroom sandbox`: serves the local Ecwid-compatible store until killed, for demos and scripts.
import { startSandbox } from '../../sandbox/server'
import { UsageError } from '../output'
import type { Command, OptionValues } from './index'

export function intOption(values: OptionValues, name: string, min = 0): number | undefined {
  const raw = values[name]
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}.`)
  return n
}

export const sandboxCommand: Command = {
  summary: 'serve a local Ecwid-compatible demo store on 127.0.0.1 until killed',
  options: { port: { type: 'string' }, products: { type: 'string' }, orders: { type: 'string' }, latency: { type: 'string' }, 'batch-ms': { type: 'string' } },
  async run(ctx, values) {
    const sandbox = await startSandbox({
      port: intOption(values, 'port'),
      products: intOption(values, 'products'),
      orders: intOption(values, 'orders'),
      latencyMs: intOption(values, 'latency'),
      // Processing time per batch sub-request: a store's batches run FIFO, as on Ecwid.
      batchStepMs: intOption(values, 'batch-ms')
    })
    // The sandbox's demo token is not a secret: printing it is the point of this command.
    ctx.out.result(
      { apiBase: sandbox.apiBase, storeId: sandbox.storeId, token: sandbox.tokens.full },
      `Sandbox store ${sandbox.storeId} at ${sandbox.apiBase}\nToken: ${sandbox.tokens.full}\nPress Ctrl+C to stop.`
    )
    await new Promise<void>((resolve) => {
      if (ctx.signal.aborted) resolve()
      ctx.signal.addEventListener('abort', () => resolve(), { once: true })
    })
    await sandbox.close()
  }
}
