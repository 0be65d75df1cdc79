// Part of npm run bench:push: a catalogue option change over 1,000 products — add "Gift wrap: Yes,
// No" to each (one staging step), then push through the production scheduler, client and session
// engine against a sandbox with Ecwid's 600/min limit. Reports requests, time and 429s.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEcwidApi } from '../src/main/core/ecwid'
import { createScheduler } from '../src/main/core/limiter/scheduler'
import { createMemoryPorts } from '../src/main/core/sessions/memory-ports'
import type { Entity } from '../src/main/core/sessions/ports'
import { createSessionsService } from '../src/main/core/sessions/service'
import { startSandbox } from '../src/main/sandbox/server'

export interface OptionBench {
  products: number
  changes: number
  stageMs: number
  applied: number
  failed: number
  requests: number
  batchPosts: number
  rateLimited429: number
  pushMs: number
  /** Products that do not hold the new option on the sandbox afterwards. */
  wrong: number
}

export async function benchOptionChange(opts: { products: number; latencyMs: number; batchStepMs: number }): Promise<OptionBench> {
  const sandbox = await startSandbox({ products: opts.products, orders: 0, latencyMs: opts.latencyMs, batchStepMs: opts.batchStepMs })
  const scheduler = createScheduler()
  const api = createEcwidApi({ apiBase: sandbox.apiBase, storeId: sandbox.storeId, getToken: async () => sandbox.tokens.full, scheduler })
  const ports = createMemoryPorts()
  const all: Entity[] = []
  for (let i = 0; i < sandbox.state.products.size; i++) all.push(sandbox.state.products.get(i) as unknown as Entity)
  ports.load('products', all)
  const dataDir = await mkdtemp(join(tmpdir(), 'stockroom-bench-options-'))
  const service = createSessionsService({ dataDir, apiFor: async () => api, portsFor: () => ports, precisionOf: async () => 2 })
  const storeId = sandbox.storeId
  try {
    const session = await service.api.createSession(storeId, 'bench-options')
    const t0 = performance.now()
    const staged = await service.api.applyBulk(storeId, session.id, 'products', {}, { kind: 'catalogue', steps: [{ kind: 'addOption', name: 'Gift wrap', values: ['Yes', 'No'] }] })
    const stageMs = performance.now() - t0
    sandbox.resetStats()
    const t1 = performance.now()
    const result = await service.runPush(storeId, session.id)
    const pushMs = performance.now() - t1
    const stats = sandbox.stats()
    let wrong = 0
    for (let i = 0; i < sandbox.state.products.size; i++) {
      if (!sandbox.state.products.get(i)?.options?.some((o) => o.name === 'Gift wrap' && o.choices?.map((c) => c.text).join() === 'Yes,No')) wrong++
    }
    return {
      products: opts.products,
      changes: staged.changes,
      stageMs: Math.round(stageMs),
      applied: result.applied,
      failed: result.failed,
      requests: stats.requests,
      batchPosts: stats.byPath['POST /batch'] ?? 0,
      rateLimited429: stats.rateLimited,
      pushMs: Math.round(pushMs),
      wrong
    }
  } finally {
    await service.close()
    scheduler.dispose()
    await sandbox.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}
