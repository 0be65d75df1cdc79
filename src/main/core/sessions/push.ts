// Runs one push of a session: settle requests a crash left open, move staged changes to pending,
// check conflicts, then send one write per entity (batched where cheaper) with the journal written
// before and after every request. Batches go in plan order (Ecwid runs them FIFO); single calls
// alongside. Pause/cancel come in through PushControl. No electron import.
import { randomUUID } from 'node:crypto'
import { isAppError } from '@shared/errors'
import type { BatchItemResult } from '../ecwid/batch'
import type { PushResult, SessionResource } from '@shared/model/session'
import type { ChangeTable } from './changes'
import { checkConflicts } from './conflicts'
import { tx, type Db } from './db'
import type { Journal, JournalRequest } from './journal'
import { notApplied, outcomeOf, reflect, type SinkContext } from './outcomes'
import { readyRows, resolveCreatedProducts } from './new-products'
import { BATCH_MS_PER_STEP, batchSteps, buildOps, parallelSafe, planRequests, type Op, type RequestPlan } from './plan'
import type { Entity, EntitySink, EntitySource } from './ports'
import { recoverRequest } from './recover'
import { isImageChange } from './field-value'
import { pushImages, type ImagePushOptions } from './image-push'
import type { Remote } from './remote'
import type { SessionStore } from './session-store'
import type { UndoLog } from './undo'

export interface PushDeps {
  db: Db
  sessions: SessionStore
  changes: ChangeTable
  undo: UndoLog
  journal: Journal
  remote: Remote
  source: EntitySource
  sink: EntitySink
  images?: ImagePushOptions
  now?: () => number
}

export interface PushCounts {
  total: number
  applied: number
  failed: number
  conflicts: number
  sent: number
  requests: number
  rateLimited: number
}

export interface PushControl {
  signal: AbortSignal
  /** Resolves at once unless the job is paused. */
  gate(): Promise<void>
  progress(counts: PushCounts): void
}

export interface PushOptions {
  /** Requests in flight at once (the scheduler still caps HTTP concurrency and the budget). */
  workers?: number
  retryFailed?: boolean
}

/** A batch on Ecwid's queue, waiting to be polled. */
interface Posted {
  items: JournalRequest['items']
  requestId: number
  ticket: string
  postedAt: number
  /** Sub-request steps Ecwid needs for it (plan.ts batchSteps). */
  steps: number
}

/**
 * Batches on Ecwid's queue at once: the one running and two more, so Ecwid never waits for a POST
 * even when a batch takes less than a POST's round trip (small parallel-mode batches do).
 */
export const LOOKAHEAD = 3

/** The first look at a batch comes at this share of its expected time, so a pace gone slow corrects itself. */
export const EARLY_LOOK = 0.7

/** Shortest wait before looking at a batch that is probably done already. */
export const CATCH_UP_POLL_MS = 20

/**
 * The pace of Ecwid's queue after a batch was seen done at `seenAt`. Found done on the first look,
 * it may have finished well before: the pace only speeds up, so overshoots do not add up batch
 * after batch. Found busy first, it finished between the last busy look and `seenAt`. `doneAt` (when
 * the next batch started on Ecwid) follows the same estimate, never later than `seenAt`.
 */
export function learnPace(msPerStep: number, startedAt: number, seenAt: number, looks: { polls: number; busyAt: number }, steps: number): { msPerStep: number; doneAt: number } {
  const n = Math.max(1, steps)
  const seen = (seenAt - startedAt) / n
  const next = looks.polls <= 1 ? (msPerStep > 0 ? Math.min(msPerStep, seen) : seen) : ((looks.busyAt + seenAt) / 2 - startedAt) / n
  return { msPerStep: next, doneAt: Math.min(seenAt, startedAt + next * n) }
}

/**
 * When to look at the oldest batch. `waitedMs`: since it could start. `unsureMs`: how long before
 * the batch ahead was seen done it may have finished; longer than most of this batch's expected
 * time, this one may be done too: look at once (its answer is the one GET it needs anyway). A busy
 * answer's extrapolation never waits longer than the whole batch should take, so one slow wave
 * does not push the look seconds past the batch's end.
 */
export function pollTiming(msPerStep: number, steps: number, waitedMs: number, unsureMs: number): { firstPollMs?: number; minPollMs?: number; maxPollMs: number } {
  const expectedMs = steps * msPerStep
  const maxPollMs = expectedMs > 0 ? expectedMs : steps * BATCH_MS_PER_STEP
  if (expectedMs <= 0) return { maxPollMs }
  if (unsureMs > EARLY_LOOK * expectedMs) return { firstPollMs: 0, minPollMs: CATCH_UP_POLL_MS, maxPollMs }
  return { firstPollMs: Math.max(0, EARLY_LOOK * expectedMs - waitedMs), maxPollMs }
}

function itemsOf(ops: readonly Op[]): JournalRequest['items'] {
  return ops.map((o) => ({ resource: o.resource, entityId: o.entityId, sub: o.sub, changeIds: o.changeIds, fields: o.fields, kind: o.kind }))
}

export async function runPush(deps: PushDeps, sessionId: string, control: PushControl, opts: PushOptions = {}): Promise<PushResult> {
  const now = deps.now ?? Date.now
  const { db, changes, journal, remote } = deps
  const started = now()
  const summary = deps.sessions.get(sessionId)
  if (summary.status === 'applied') {
    // Running a finished push again (a script re-run after a kill at the very end) is a no-op.
    return { applied: summary.counts.applied, failed: 0, conflicts: 0, skipped: summary.counts.skipped, requests: 0, rateLimited: 0, durationMs: 0, state: 'done' }
  }
  const { push } = journal.openPush(sessionId)
  const base = remote.counters()
  tx(db, () => {
    deps.sessions.setStatus(sessionId, 'pushing')
    // A push is the undo horizon: from here the way back is a revert session.
    deps.undo.clear(sessionId)
    const from = opts.retryFailed ? "('staged','failed')" : "('staged')"
    db.prepare(`UPDATE changes SET state = 'pending', error = NULL, updated_at = ? WHERE session_id = ? AND state IN ${from}`).run(now(), sessionId)
  })
  const count = (state: string): number =>
    (db.prepare('SELECT count(*) AS n FROM changes WHERE session_id = ? AND state = ?').get(sessionId, state) as { n: number }).n
  const inPush = (db.prepare("SELECT count(*) AS n FROM changes WHERE session_id = ? AND state IN ('pending','sent')").get(sessionId) as { n: number }).n
  const counts: PushCounts = { total: inPush, applied: 0, failed: 0, conflicts: 0, sent: 0, requests: 0, rateLimited: 0 }
  const report = (): void => {
    const c = remote.counters()
    counts.requests = c.requests - base.requests
    counts.rateLimited = c.rateLimited - base.rateLimited
    counts.sent = count('sent')
    control.progress({ ...counts })
  }
  const fresh = new Map<string, Entity>()
  const sinkCtx: SinkContext = { source: deps.source, sink: deps.sink, fresh }
  const tally = (outcomes: readonly { state: string; changeIds: readonly number[] }[]): void => {
    for (const o of outcomes) {
      if (o.state === 'applied') counts.applied += o.changeIds.length
      else if (o.state === 'failed') counts.failed += o.changeIds.length
    }
  }

  let stopError: unknown = null
  try {
    report()
    for (const req of journal.open(sessionId)) {
      await control.gate()
      tally(await recoverRequest({ journal, remote, sinkCtx, now }, req, control.signal))
      report()
    }
    const pending = changes.byState(sessionId, ['pending'])
    const checked = await checkConflicts(db, remote, pending, control.signal, now)
    for (const [key, e] of checked.fresh) {
      fresh.set(key, e)
      // The server's current copy is the best local copy, whatever the merchant decides.
      if (!deps.sink.discards) await deps.sink.upsert(key.slice(0, key.indexOf(':')) as SessionResource, e)
    }
    if (checked.same.length > 0) changes.setState(checked.same, 'applied')
    counts.applied += checked.same.length
    counts.conflicts = checked.conflicts
    report()

    const stopped = (): boolean => stopError !== null || control.signal.aborted
    const settle = async (items: JournalRequest['items'], requestId: number, results: readonly BatchItemResult[]): Promise<void> => {
      const outcomes = items.map((item, i) => outcomeOf(item, results[i] as BatchItemResult))
      journal.afterAnswer(requestId, outcomes)
      tally(outcomes)
      for (const [i, o] of outcomes.entries()) {
        const item = items[i]
        if (item) await reflect(sinkCtx, item.resource, item.entityId, item, o)
      }
    }
    const single = async (op: Op): Promise<void> => {
      const items = itemsOf([op])
      const requestId = journal.beforeSend(sessionId, push.id, 'single', items, null)
      try {
        await settle(items, requestId, [await remote.single(op.sub, control.signal)])
      } catch (e) {
        // Ecwid certainly did not act: back to pending. Otherwise the change stays 'sent' and the
        // next push settles it from the journal by a re-read.
        if (notApplied(e)) journal.afterAnswer(requestId, items.map((i) => ({ changeIds: i.changeIds, state: 'pending' as const })))
        throw e
      }
    }
    const post = async (ops: Op[]): Promise<Posted> => {
      const items = itemsOf(ops)
      const dedupKey = randomUUID()
      const requestId = journal.beforeSend(sessionId, push.id, 'batch', items, dedupKey)
      const parallel = parallelSafe(ops)
      try {
        const ticket = await remote.postBatch(items.map((i) => i.sub), dedupKey, control.signal, parallel)
        journal.setTicket(requestId, ticket)
        return { items, requestId, ticket, postedAt: now(), steps: batchSteps(ops.length, parallel) }
      } catch (e) {
        // No ticket: if Ecwid certainly did not act, back to pending; else the dedup key settles it.
        if (notApplied(e)) journal.afterAnswer(requestId, items.map((i) => ({ changeIds: i.changeIds, state: 'pending' as const })))
        throw e
      }
    }
    // Ecwid runs a store's batches one after another (FIFO): post them in plan order, keep the next
    // ones queued while the oldest runs, and poll only the oldest, when it should be done.
    const pace = { doneAt: 0, msPerStep: 0 }
    /** Polls the oldest batch; answers how long before it was seen done it may have finished. */
    const finish = async (p: Posted, unsureMs: number): Promise<number> => {
      const startedAt = Math.max(p.postedAt, pace.doneAt)
      const { firstPollMs, minPollMs, maxPollMs } = pollTiming(pace.msPerStep, p.steps, now() - startedAt, unsureMs)
      const looks = { polls: 0, busyAt: startedAt }
      const onProgress = (completed: number, total: number): void => {
        looks.polls++
        if (completed < total) looks.busyAt = now()
      }
      const timing = { startedAt, firstPollMs, minPollMs, maxPollMs, onProgress }
      const results = await remote.poll(p.ticket, p.items.map((i) => i.sub), control.signal, timing)
      const seenAt = now()
      Object.assign(pace, learnPace(pace.msPerStep, startedAt, seenAt, looks, p.steps))
      await settle(p.items, p.requestId, results)
      report()
      return seenAt - looks.busyAt
    }
    const batches = async (plan: RequestPlan): Promise<void> => {
      // POSTs go one after another (plan order is Ecwid's run order) but alongside the polls, so a
      // batch that runs faster than a POST round trip still finds the next one queued.
      const posted: Promise<Posted>[] = []
      let chain: Promise<unknown> = Promise.resolve()
      let unsureMs = 0
      const finishOldest = async (): Promise<void> => {
        unsureMs = await finish(await (posted.shift() as Promise<Posted>), unsureMs)
      }
      try {
        for (const ops of plan.batches) {
          while (posted.length >= LOOKAHEAD) await finishOldest()
          await control.gate()
          if (stopped()) break
          const next = chain.then(() => post(ops))
          next.catch(() => undefined)
          posted.push(next)
          chain = next
        }
        // Already on Ecwid's queue: wait for them even when stopping, unless cancelled.
        while (posted.length > 0 && !control.signal.aborted) await finishOldest()
      } catch (e) {
        stopError ??= e
        // A POST still under way writes its ticket to the journal; the push ends after it.
        await Promise.allSettled(posted)
      }
    }
    const worker = async (queue: Op[]): Promise<void> => {
      for (;;) {
        if (stopped()) return
        await control.gate()
        const op = queue.shift()
        if (!op || stopped()) return
        try {
          await single(op)
        } catch (e) {
          stopError ??= e
        }
        report()
      }
    }
    // Variations of products this push creates go in a second round, on the ids Ecwid gave them.
    for (let round = 0; round < 2 && !stopped(); round++) {
      if (resolveCreatedProducts(db, sessionId, changes.byState(sessionId, ['pending'])) === 0 && round > 0) break
      const plan = planRequests(buildOps(readyRows(changes.byState(sessionId, ['pending'])), fresh))
      const queue = [...plan.singles]
      // Single calls touch no entity of any batch (plan.ts), so they run alongside the batch queue.
      await Promise.all([batches(plan), ...Array.from({ length: Math.max(1, (opts.workers ?? 8) - 1) }, () => worker(queue))])
    }
    const images = changes.byState(sessionId, ['pending', 'sent']).filter(isImageChange)
    if (!stopped() && images.length > 0) await pushImages({ ...deps.images, changes, remote, sink: deps.sink }, images, control.signal)
  } catch (e) {
    stopError ??= e
  }

  const cancelled = control.signal.aborted || (isAppError(stopError) && stopError.code === 'CANCELLED')
  const open = count('pending') + count('sent')
  const totals = { applied: count('applied'), failed: count('failed'), conflicts: count('conflict') }
  const status = cancelled ? 'cancelled' : stopError !== null ? 'failed' : 'done'
  tx(db, () => {
    // Cancelled or stopped: leftover pending changes go back to staged; 'sent' stays for recovery.
    db.prepare("UPDATE changes SET state = 'staged', updated_at = ? WHERE session_id = ? AND state = 'pending'").run(now(), sessionId)
    const done = open === 0 && totals.failed === 0 && totals.conflicts === 0 && count('staged') === 0
    deps.sessions.setStatus(sessionId, done ? 'applied' : 'partial', totals.applied > 0 ? now() : undefined)
  })
  report()
  const c = remote.counters()
  journal.finishPush(push.id, status, { ...totals, requests: c.requests - base.requests, rateLimited: c.rateLimited - base.rateLimited })
  const message = stopError === null ? undefined : stopError instanceof Error ? stopError.message : String(stopError)
  return {
    applied: totals.applied,
    failed: totals.failed,
    conflicts: totals.conflicts,
    skipped: count('skipped'),
    requests: c.requests - base.requests,
    rateLimited: c.rateLimited - base.rateLimited,
    durationMs: now() - started,
    state: status,
    ...(message ? { message } : {})
  }
}
