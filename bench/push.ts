// npm run bench:push — stages "+10%, round to .99" on every product of a sandbox store (10,000; 100 ms
// latency; Ecwid's real 600/min limit), opens the review, and pushes through the production
// scheduler, client and session engine. The sandbox runs in its own process, as Ecwid is remote:
// in this one its CPU work would slow the client's timers and sockets. Prints requests, 429s, time,
// push time over the sandbox's own FIFO batch time, and the ratio against the best possible push
// under the batch API's limits (500 per batch) and 600 requests/min; then a 1,000-product option
// change (push-options.ts). Flags: --products N --latency MS --batch-ms MS --quick.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BATCH_MAX_REQUESTS } from '../src/shared/model/common'
import { createEcwidApi } from '../src/main/core/ecwid'
import { lowerBoundMs } from '../src/main/core/limiter/lower-bound'
import { DEFAULT_CONCURRENCY, createScheduler } from '../src/main/core/limiter/scheduler'
import { createMemoryPorts } from '../src/main/core/sessions/memory-ports'
import type { Entity } from '../src/main/core/sessions/ports'
import { createSessionsService } from '../src/main/core/sessions/service'
import { benchArgs } from './args'
import { benchOptionChange } from './push-options'
import { startSandboxChild } from './sandbox-process'

async function main(): Promise<void> {
  const args = benchArgs()
  const quick = args.flag('quick')
  const products = args.num('products', quick ? 2_000 : 10_000)
  const latencyMs = args.num('latency', 100)
  // Ecwid documents no processing time for a batch sub-request. Its batches here are parallel-safe
  // (one PUT per product), so a step is one wave of up to 100 product updates run at once; 100 ms
  // is about one product update on Ecwid's side (a single PUT's round trip from outside is longer),
  // half the push estimate's cautious 200 ms (plan.ts BATCH_MS_PER_STEP), so the queue is not padded.
  const batchStepMs = args.num('batch-ms', 100)
  const sandbox = await startSandboxChild({ products, orders: 10, latencyMs, batchStepMs })
  const scheduler = createScheduler()
  const api = createEcwidApi({ apiBase: sandbox.apiBase, storeId: sandbox.storeId, getToken: async () => sandbox.token, scheduler })
  // The local store stand-in: what a finished sync would hold (loading it is not part of the push).
  const ports = createMemoryPorts()
  ports.load('products', (await sandbox.products()) as unknown as Entity[])
  const dataDir = await mkdtemp(join(tmpdir(), 'stockroom-bench-push-'))
  const service = createSessionsService({ dataDir, apiFor: async () => api, portsFor: () => ports, precisionOf: async () => 2 })
  const storeId = sandbox.storeId
  try {
    const session = await service.api.createSession(storeId, 'bench')
    const t0 = performance.now()
    const staged = await service.api.applyBulk(storeId, session.id, 'products', {}, { kind: 'adjust', field: 'price', by: 'percent', amount: 10, round: { mode: 'ending', ending: 0.99 } })
    const stageMs = performance.now() - t0
    const t1 = performance.now()
    const review = await service.api.reviewSession(storeId, session.id, { limit: 100 })
    const reviewMs = performance.now() - t1
    const estimate = await service.api.estimatePush(storeId, session.id)
    await sandbox.resetStats()
    const busyBefore = (await sandbox.stats()).batchBusyMs
    const t2 = performance.now()
    const result = await service.runPush(storeId, session.id)
    const pushMs = performance.now() - t2
    const after = await sandbox.stats()
    const stats = after.stats
    const serverMs = after.batchBusyMs - busyBefore
    // Best possible: one POST and one poll per 500 changes, each poll after its POST, under Ecwid's
    // own 600/min (not our safety-margined budget) with the scheduler's concurrency.
    const batches = Math.ceil(staged.changes / BATCH_MAX_REQUESTS)
    const boundMs = Math.max(2 * latencyMs, lowerBoundMs(2 * batches, { budget: 600, windowMs: 60_000, latencyMs, concurrency: DEFAULT_CONCURRENCY }))
    const rows = (await service.api.reviewSession(storeId, session.id, { limit: 1000 })).rows
    const prices = await sandbox.prices(rows.map((r) => Number(r.entityId)))
    const wrong = rows.filter((row, i) => prices[i] !== row.after).length
    const out = {
      bench: 'push',
      products,
      changes: staged.changes,
      stageMs: Math.round(stageMs),
      reviewMs: Number(reviewMs.toFixed(1)),
      reviewTotal: review.total,
      estimate: estimate.text,
      applied: result.applied,
      failed: result.failed,
      requests: stats.requests,
      batchPosts: stats.byPath['POST /batch'] ?? 0,
      polls: stats.byPath['GET /batch'] ?? 0,
      singleCalls: stats.byPath['PUT /products/:id'] ?? 0,
      rateLimited429: stats.rateLimited,
      pushMs: Math.round(pushMs),
      lowerBoundMs: Math.round(boundMs),
      ratio: Number((pushMs / boundMs).toFixed(2)),
      serverBatchMs: Math.round(serverMs),
      overServer: Number((pushMs / Math.max(1, serverMs)).toFixed(2)),
      requestsPer1000: Number(((stats.requests * 1000) / Math.max(1, staged.changes)).toFixed(1)),
      batchStepMs,
      spotCheckWrong: wrong,
      latencyMs
    }
    console.warn(`stage ${out.changes} changes: ${out.stageMs} ms (target < 1000) · open review: ${out.reviewMs} ms (target < 200)`)
    console.warn(`estimate: ${out.estimate}`)
    console.warn(`push: ${out.applied} applied, ${out.failed} failed in ${out.requests} requests (${out.batchPosts} batch POSTs, ${out.polls} polls, ${out.singleCalls} single calls), ${out.rateLimited429} × 429`)
    console.warn(`push ${out.pushMs} ms over the sandbox's own batch processing ${out.serverBatchMs} ms (${batchStepMs} ms per sub-request, FIFO) → ${out.overServer} (goal ≤ 1.3) · ${out.requestsPer1000} requests per 1,000 changes`)
    console.warn(`push ${out.pushMs} ms vs best possible ${out.lowerBoundMs} ms → ratio ${out.ratio} (latency ${latencyMs} ms)`)
    const options = await benchOptionChange({ products: 1_000, latencyMs, batchStepMs })
    console.warn(`option change on ${options.products} products: ${options.changes} changes, ${options.applied} applied, ${options.failed} failed in ${options.requests} requests (${options.batchPosts} batch POSTs), ${options.pushMs} ms, ${options.rateLimited429} × 429`)
    process.stdout.write(`${JSON.stringify({ ...out, optionChange: options })}\n`)
    const optionsBad = options.rateLimited429 > 0 || options.failed > 0 || options.applied !== options.changes || options.wrong > 0
    if (optionsBad || out.rateLimited429 > 0 || out.failed > 0 || out.applied !== out.changes || wrong > 0 || stageMs > 1000 || reviewMs > 200) process.exitCode = 1
  } finally {
    await service.close()
    scheduler.dispose()
    await sandbox.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

void main()
