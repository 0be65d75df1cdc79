// Crash recovery for a push: settles every request the journal shows as sent but unanswered.
// Batches with a ticket are polled; batches without one are re-posted with the SAME deduplication
// key (Ecwid answers the first ticket again, so nothing runs twice); single calls, and batches too
// old for the key, are verified by re-reading each entity and comparing with the intended values.
import { isAppError } from '@shared/errors'
import type { ItemOutcome, Journal, JournalRequest } from './journal'
import { holdsIntended, outcomeOf, reflect, type SinkContext } from './outcomes'
import type { Remote } from './remote'

/** Ecwid keeps a deduplication key for an hour; stay well inside it. */
export const DEDUP_WINDOW_MS = 50 * 60_000

export interface RecoverDeps {
  journal: Journal
  remote: Remote
  sinkCtx: SinkContext
  now: () => number
}

async function verifyByReading(deps: RecoverDeps, req: JournalRequest, signal?: AbortSignal): Promise<ItemOutcome[]> {
  const outcomes: ItemOutcome[] = []
  for (const item of req.items) {
    if (item.kind === 'create') {
      outcomes.push({
        changeIds: item.changeIds,
        state: 'failed',
        error: 'The push stopped while this entity was being created, too long ago for Stockroom to tell whether Ecwid created it. Check the store before retrying.'
      })
      continue
    }
    const server = await deps.remote.read(item.resource, item.entityId, signal)
    if (item.kind === 'delete') {
      outcomes.push({ changeIds: item.changeIds, state: server === null ? 'applied' : 'pending' })
      continue
    }
    if (server === null) {
      outcomes.push({ changeIds: item.changeIds, state: 'failed', error: 'Ecwid could not find it: it may have been deleted. Sync the store to refresh the local copy.' })
      continue
    }
    // Intended values already there → it was applied before the crash; otherwise send it again
    // (after the conflict check, like any pending change).
    outcomes.push({ changeIds: item.changeIds, state: holdsIntended(item, server) ? 'applied' : 'pending' })
  }
  return outcomes
}

export async function recoverRequest(deps: RecoverDeps, req: JournalRequest, signal?: AbortSignal): Promise<ItemOutcome[]> {
  const subs = req.items.map((i) => i.sub)
  let outcomes: ItemOutcome[] | null = null
  if (req.kind === 'batch') {
    let ticket = req.ticket
    if (!ticket && req.dedupKey && deps.now() - req.sentAt < DEDUP_WINDOW_MS) {
      ticket = await deps.remote.postBatch(subs, req.dedupKey, signal)
      deps.journal.setTicket(req.id, ticket)
    }
    if (ticket) {
      try {
        const results = await deps.remote.poll(ticket, subs, signal)
        outcomes = req.items.map((item, i) => outcomeOf(item, results[i] as NonNullable<(typeof results)[number]>))
      } catch (e) {
        // A forgotten ticket leaves reading the entities as the only way to know.
        if (!(isAppError(e) && e.code === 'NOT_FOUND')) throw e
      }
    }
  }
  outcomes ??= await verifyByReading(deps, req, signal)
  deps.journal.afterAnswer(req.id, outcomes)
  for (const [i, o] of outcomes.entries()) {
    const item = req.items[i]
    if (item) await reflect(deps.sinkCtx, item.resource, item.entityId, item, o)
  }
  return outcomes
}
