// Ecwid batch API: POST /batch (≤ 500 sub-requests) → ticket, poll GET /batch?ticket= until
// COMPLETED, map each sub-request's httpStatusCode/httpBody to a result. Goes through the client.

import { randomUUID } from 'node:crypto'
import { AppError, isAppError } from '@shared/errors'
import { BATCH_MAX_REQUESTS, type BatchMethod, type BatchRequest, type BatchResponse, type BatchStatus, type BatchTicket } from '@shared/model'
import type { Clock } from '../limiter/clock'
import { systemClock } from '../limiter/clock'
import type { Priority } from '../limiter/types'
import { buildQuery, type EcwidClient, type Query } from './client'
import { mapHttpError } from './http-errors'

export interface BatchSubRequest {
  method: BatchMethod
  /** Relative to the store root, e.g. "/products/123"; the query goes in `query`. */
  path: string
  query?: Query
  body?: unknown
}

export type BatchItemResult<T = unknown> =
  | { ok: true; status: number; body: T }
  | { ok: false; status?: number; error: AppError }

export interface BatchProgress {
  /** Sub-requests finished across all chunks. */
  done: number
  total: number
  ticket: string
}

export interface RunBatchOptions {
  priority?: Priority
  signal?: AbortSignal
  /** First and shortest wait between polls. Default: scaled with the chunk size (1–10 s). */
  pollIntervalMs?: number
  /** Longest wait between polls (default 15 s). */
  maxPollIntervalMs?: number
  /** Give up waiting for one ticket after this long (default 15 min); the batch keeps running. */
  maxWaitMs?: number
  /** Sub-requests per POST /batch, capped at Ecwid's documented 500. */
  chunkSize?: number
  /** Ecwid runs up to 100 sub-requests at once, in no set order, instead of one by one. Off by default: order matters for edits of one entity. */
  allowParallelMode?: boolean
  clock?: Clock
  /** Called once per chunk as soon as Ecwid answers with a ticket, so a journal can resume it. */
  onTicket?: (info: { ticket: string; chunk: number; offset: number; size: number }) => void
  onProgress?: (progress: BatchProgress) => void
}

export interface PollOptions {
  priority?: Priority
  signal?: AbortSignal
  pollIntervalMs?: number
  maxPollIntervalMs?: number
  maxWaitMs?: number
  clock?: Clock
  /**
   * When this batch could start running (clock time). Ecwid runs a store's batches FIFO, so one
   * queued behind others makes no progress before they finish: its pace counts from here.
   */
  startedAt?: number
  /** First wait, e.g. from the pace of the batch before; later waits follow this one's progress. */
  firstPollMs?: number
  onProgress?: (completed: number, total: number) => void
}

const cancelled = (details?: Record<string, unknown>): AppError => new AppError('CANCELLED', 'The batch was cancelled.', details)

/** First wait: Ecwid runs sub-requests one by one, so a big batch needs longer before it is worth asking. */
export function initialPollMs(size: number, pollIntervalMs?: number): number {
  return pollIntervalMs ?? Math.min(10_000, Math.max(1_000, size * 40))
}

/**
 * Next wait from the observed rate: the time the remaining sub-requests should take, bounded.
 * With no progress yet the wait doubles. Keeps polls to a handful per batch.
 */
export function nextPollMs(prevMs: number, elapsedMs: number, completed: number, total: number, minMs: number, maxMs: number): number {
  if (completed <= 0 || elapsedMs <= 0) return Math.min(maxMs, Math.max(minMs, prevMs * 2))
  const eta = ((total - completed) * elapsedMs) / completed
  return Math.min(maxMs, Math.max(minMs, Math.round(eta)))
}

async function wait(clock: Clock, ms: number, signal: AbortSignal | undefined, ticket: string): Promise<void> {
  try {
    await clock.sleep(ms, signal)
  } catch {
    throw cancelled({ ticket })
  }
}

/** Polls one ticket until Ecwid reports COMPLETED. Throws TRANSIENT (with the ticket) on timeout. */
export async function pollBatch(client: EcwidClient, ticket: string, size: number, opts: PollOptions = {}): Promise<BatchStatus> {
  const clock = opts.clock ?? systemClock
  const minMs = opts.pollIntervalMs ?? 1_000
  const maxMs = Math.max(minMs, opts.maxPollIntervalMs ?? 15_000)
  const maxWaitMs = opts.maxWaitMs ?? 15 * 60_000
  const started = clock.now()
  const paceFrom = opts.startedAt ?? started
  let delay = opts.firstPollMs === undefined ? initialPollMs(size, opts.pollIntervalMs) : Math.min(maxMs, Math.max(minMs, opts.firstPollMs))
  for (;;) {
    await wait(clock, delay, opts.signal, ticket)
    const status = await client.request<BatchStatus>({
      path: '/batch',
      query: { ticket },
      priority: opts.priority ?? 'background',
      signal: opts.signal
    })
    const total = status.totalRequests ?? size
    opts.onProgress?.(status.completedRequests ?? 0, total)
    if (status.status === 'COMPLETED') return status
    const t = clock.now()
    if (t - started >= maxWaitMs) {
      throw new AppError('TRANSIENT', 'Ecwid is still working on the batch. Its changes keep being applied; check again later.', {
        ticket,
        mayHaveApplied: true
      })
    }
    delay = nextPollMs(delay, t - paceFrom, status.completedRequests ?? 0, total, minMs, maxMs)
  }
}

function responseBody(r: BatchResponse): unknown {
  if (r.httpBody !== undefined) return r.httpBody
  if (typeof r.escapedHttpBody === 'string' && r.escapedHttpBody !== '') {
    try {
      return JSON.parse(r.escapedHttpBody)
    } catch {
      return r.escapedHttpBody
    }
  }
  return undefined
}

/** Maps Ecwid's per-sub-request answers back onto the sub-requests, by id then by position. */
export function mapBatchResponses(requests: readonly BatchSubRequest[], status: BatchStatus): BatchItemResult[] {
  const byId = new Map<string, BatchResponse>()
  for (const r of status.responses ?? []) if (r.id !== undefined) byId.set(String(r.id), r)
  return requests.map((req, i): BatchItemResult => {
    const r = byId.get(String(i)) ?? (byId.size === 0 ? status.responses?.[i] : undefined)
    const ctx = { method: req.method, path: req.path }
    if (!r) {
      return { ok: false, error: new AppError('TRANSIENT', `Ecwid did not report a result for ${req.method} ${req.path}. Retry it.`, ctx) }
    }
    if (r.status === 'NOT_EXECUTED') {
      return { ok: false, error: new AppError('TRANSIENT', `Ecwid did not run ${req.method} ${req.path} because an earlier request in its batch failed. Retry it.`, ctx) }
    }
    const code = r.httpStatusCode ?? (r.status === 'COMPLETED' ? 200 : 500)
    const body = responseBody(r)
    if (r.status === 'COMPLETED' && code >= 200 && code < 300) return { ok: true, status: code, body }
    return { ok: false, status: code, error: mapHttpError(code, body, ctx).error }
  })
}

function toWire(req: BatchSubRequest, i: number): BatchRequest {
  if (!req.path.startsWith('/') || /[?#]/.test(req.path)) {
    throw new AppError('INTERNAL', `Bad batch path "${req.path}": it must start with / and carry no query.`)
  }
  const wire: BatchRequest = { id: String(i), method: req.method, path: req.path + buildQuery(req.query) }
  if (req.body !== undefined) wire.body = req.body
  return wire
}

function failAll(count: number, error: AppError): BatchItemResult[] {
  return Array.from({ length: count }, () => ({ ok: false as const, error }))
}

/**
 * Runs sub-requests through Ecwid's batch API, chunk by chunk, and returns one result per
 * sub-request in order. Per-item failures come back as results, never thrown. If a chunk as a
 * whole fails (token refused, offline, cancelled…) that chunk and every later one get the error
 * and nothing more is sent; a chunk whose ticket exists carries `details.ticket` so it can be
 * resumed with pollBatch + mapBatchResponses.
 */
export async function runBatch(client: EcwidClient, subRequests: readonly BatchSubRequest[], opts: RunBatchOptions = {}): Promise<BatchItemResult[]> {
  const chunkSize = Math.max(1, Math.min(BATCH_MAX_REQUESTS, Math.floor(opts.chunkSize ?? BATCH_MAX_REQUESTS)))
  const results: BatchItemResult[] = []
  let doneBefore = 0
  for (let offset = 0, chunk = 0; offset < subRequests.length; offset += chunkSize, chunk++) {
    const part = subRequests.slice(offset, offset + chunkSize)
    let ticket: string | undefined
    try {
      if (opts.signal?.aborted) throw cancelled()
      const body = part.map(toWire)
      const answer = await client.request<BatchTicket>({
        method: 'POST',
        path: '/batch',
        // Ecwid returns the first ticket again for a repeated deduplicationKey (kept one hour), so
        // resending this POST after a dropped connection cannot start the edits twice.
        query: {
          stopOnFirstFailure: false,
          deduplicationKey: randomUUID(),
          allowParallelMode: opts.allowParallelMode ? true : undefined
        },
        body,
        idempotent: true,
        priority: opts.priority ?? 'background',
        signal: opts.signal
      })
      if (!answer || typeof answer.ticket !== 'string') {
        throw new AppError('TRANSIENT', 'Ecwid did not return a batch ticket. Try again.')
      }
      ticket = answer.ticket
      opts.onTicket?.({ ticket, chunk, offset, size: part.length })
      const current = ticket
      const status = await pollBatch(client, current, part.length, {
        priority: opts.priority,
        signal: opts.signal,
        pollIntervalMs: opts.pollIntervalMs,
        maxPollIntervalMs: opts.maxPollIntervalMs,
        maxWaitMs: opts.maxWaitMs,
        clock: opts.clock,
        onProgress: (completed) => opts.onProgress?.({ done: doneBefore + completed, total: subRequests.length, ticket: current })
      })
      results.push(...mapBatchResponses(part, status))
      doneBefore += part.length
    } catch (e) {
      const base = isAppError(e) ? e : new AppError('INTERNAL', 'The batch failed unexpectedly.')
      const error = ticket ? new AppError(base.code, base.message, { ...base.details, ticket, mayHaveApplied: true }) : base
      results.push(...failAll(part.length, error))
      const rest = subRequests.length - offset - part.length
      if (rest > 0) {
        const { ticket: _ignored, mayHaveApplied: _no, ...kept } = base.details ?? {}
        const skipped = new AppError(base.code, `${base.message} (not sent)`, { ...kept, notSent: true })
        results.push(...failAll(rest, skipped))
      }
      return results
    }
  }
  return results
}
