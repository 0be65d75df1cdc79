// Sandbox batch API: POST /batch queues up to 500 sub-requests and answers {ticket}; a store's
// batches run FIFO in the background as the same token; GET /batch?ticket= reports progress and
// per-request results. Behaviour from https://docs.ecwid.com/api-reference/rest-api/batch-requests

import { randomUUID } from 'node:crypto'
import type { BatchResponse, BatchStatus, BatchStatusValue } from '../../../shared/model/common'
import { BATCH_MAX_REQUESTS, BATCH_METHODS, BATCH_PARALLEL_MAX, BATCH_STATUSES } from '../../../shared/model/common'
import { badRequest, type EcwidHttpError } from '../errors'
import { boolParam, enumListParam, paginate, paging } from '../query'
import type { ApiReply, Route, RouteContext } from '../router'
import type { StoreState } from '../state'

interface SubRequest {
  id?: string
  path: string
  method: string
  body: unknown
}

interface BatchJob {
  ticket: string
  status: BatchStatusValue
  requests: SubRequest[]
  responses: (BatchResponse & { raw?: unknown })[]
  completed: number
  stopped: boolean
  dedupKey?: string
  createdAt: number
  parallel: boolean
  stopOnFirstFailure: boolean
  /** The POST's context: its sub-requests run as its own token. */
  ctx: RouteContext
}

interface StoreBatches {
  all: Map<string, BatchJob>
  /** Not yet finished, oldest first; the head is the one running. */
  queue: BatchJob[]
  /** Wall time the queue spent running batches: the server's own share of a push. */
  busyMs: number
}

const batchesByStore = new WeakMap<StoreState, StoreBatches>()

function batches(state: StoreState): StoreBatches {
  let b = batchesByStore.get(state)
  if (!b) {
    b = { all: new Map(), queue: [], busyMs: 0 }
    batchesByStore.set(state, b)
  }
  return b
}

const jobs = (state: StoreState): Map<string, BatchJob> => batches(state).all

/** Ecwid documents 400 for a bad request to the ticket endpoints, a ticket it does not know included. */
const unknownTicket = (ticket: string): EcwidHttpError => badRequest(`Batch ticket ${ticket} not found`, 'TICKET_NOT_FOUND')

const STATUS_LINES: Record<number, string> = { 200: 'OK', 400: 'Bad Request', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 415: 'Unsupported Media Type', 500: 'Internal Server Error' }

function parseRequests(body: unknown): SubRequest[] {
  if (!Array.isArray(body)) throw badRequest('Batch request body should be a JSON array of requests')
  if (body.length === 0) throw badRequest('Batch request should contain at least one request')
  if (body.length > BATCH_MAX_REQUESTS) throw badRequest(`Too many requests in batch: ${body.length}, maximum is ${BATCH_MAX_REQUESTS}`)
  return body.map((r: unknown, k) => {
    if (r === null || typeof r !== 'object') throw badRequest(`Batch request #${k} should be an object`)
    const { id, path, method, body: b } = r as Record<string, unknown>
    if (typeof path !== 'string' || path === '') throw badRequest(`Batch request #${k}: field 'path' is required`)
    if (typeof method !== 'string' || !(BATCH_METHODS as readonly string[]).includes(method.toUpperCase())) throw badRequest(`Batch request #${k}: field 'method' should be one of ${BATCH_METHODS.join(', ')}`)
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') throw badRequest(`Batch request #${k}: field 'id' should be a string`)
    return { id: id === undefined ? undefined : String(id), path: path.startsWith('/') ? path : `/${path}`, method: method.toUpperCase(), body: b }
  })
}

async function runSub(ctx: RouteContext, r: SubRequest): Promise<ApiReply> {
  if (/^\/batch(\?|$)/.test(r.path)) return { status: 400, body: { errorMessage: 'Batch requests cannot be nested', errorCode: 'WRONG_PARAMETER' } }
  let body = r.body
  // Ecwid documents `body` as a string of JSON but its examples send objects: accept both.
  if (typeof body === 'string' && body !== '') {
    try {
      body = JSON.parse(body)
    } catch {
      return { status: 400, body: { errorMessage: 'Malformed JSON in batch request body', errorCode: 'WRONG_PARAMETER' } }
    }
  }
  return ctx.dispatch(r.method, r.path, body === '' ? undefined : body)
}

/** Ecwid retries a sub-request answered 5xx: 5 attempts, 3 s apart (create-batch-request page). */
export const SUB_REQUEST_ATTEMPTS = 5
export const SUB_REQUEST_RETRY_MS = 3_000

/** Knobs the server passes in `services`: processing time, retry interval, injected 5xx. */
interface BatchServices {
  stepMs: number
  retryMs: number
  /** True when this attempt of a sub-request must answer 500 (fault injection). */
  subRequestFails: () => boolean
}

function batchServices(ctx: RouteContext): BatchServices {
  const s = ctx.services
  return {
    stepMs: typeof s.batchStepMs === 'number' ? s.batchStepMs : 0,
    retryMs: typeof s.batchRetryMs === 'number' ? s.batchRetryMs : SUB_REQUEST_RETRY_MS,
    subRequestFails: typeof s.subRequestFails === 'function' ? (s.subRequestFails as () => boolean) : () => false
  }
}

const pause = (ms: number): Promise<void> => new Promise((res) => (ms > 0 ? setTimeout(res, ms) : setImmediate(res)))
const INJECTED_5XX: ApiReply = { status: 500, body: { errorMessage: 'Internal server error (injected)', errorCode: 'INTERNAL_ERROR' } }

async function attempt(ctx: RouteContext, svc: BatchServices, r: SubRequest, retry: boolean): Promise<ApiReply> {
  for (let k = 1; ; k++) {
    const reply = svc.subRequestFails() ? INJECTED_5XX : await runSub(ctx, r)
    if (reply.status < 500 || !retry || k >= SUB_REQUEST_ATTEMPTS) return reply
    await pause(svc.retryMs)
  }
}

function record(job: BatchJob, k: number, reply: ApiReply): void {
  const slot = job.responses[k] as BatchResponse & { raw?: unknown }
  slot.status = reply.status === 200 ? 'COMPLETED' : 'FAILED'
  slot.httpStatusCode = reply.status
  slot.httpStatusLine = STATUS_LINES[reply.status] ?? String(reply.status)
  slot.raw = reply.body
  job.completed++
  // Ecwid: QUEUED until one sub-request completed, IN_PROGRESS after (get-batch-request-status).
  job.status = 'IN_PROGRESS'
}

/**
 * One batch, once the batches before it are done. Each sub-request (or, in parallel mode, each
 * wave of up to 100) takes `stepMs`. Parallel mode promises no order: the sandbox runs each wave
 * last-first, so a client relying on order inside a parallel batch fails here, not only on Ecwid.
 */
async function execute(job: BatchJob): Promise<void> {
  const { ctx } = job
  const svc = batchServices(ctx)
  const width = job.parallel ? BATCH_PARALLEL_MAX : 1
  const indexes = [...job.requests.keys()]
  for (let start = 0; start < indexes.length; start += width) {
    if (job.stopped) return
    await pause(svc.stepMs)
    const wave = indexes.slice(start, start + width).reverse()
    let failed = false
    for (const k of wave) {
      if (job.stopped) return
      // 4xx: next request; 5xx: retried. Both documented for stopOnFirstFailure=false only.
      const reply = await attempt(ctx, svc, job.requests[k] as SubRequest, !job.stopOnFirstFailure)
      record(job, k, reply)
      if (reply.status !== 200 && job.stopOnFirstFailure) failed = true
    }
    if (failed) break
  }
  job.status = 'COMPLETED'
}

/** Ecwid runs the batches of one store FIFO: a later one starts when every earlier one is done. */
async function drain(b: StoreBatches): Promise<void> {
  const { queue } = b
  for (let job = queue[0]; job; job = queue[0]) {
    const started = performance.now()
    await execute(job).catch(() => {
      job.status = 'COMPLETED'
    })
    b.busyMs += performance.now() - started
    queue.shift()
  }
}

/** How long this store's batch queue has been busy, in ms (benchmarks compare a push against it). */
export function batchBusyMs(state: StoreState): number {
  return batches(state).busyMs
}

function statusOf(job: BatchJob, escaped: boolean): BatchStatus {
  return {
    status: job.status,
    totalRequests: job.requests.length,
    completedRequests: job.completed,
    responses: job.responses.map(({ raw, ...r }) => {
      if (raw === undefined) return r
      return escaped ? { ...r, escapedHttpBody: JSON.stringify(raw) } : { ...r, httpBody: raw }
    })
  }
}

export const batchRoutes: Route[] = [
  {
    method: 'POST', path: '/batch', scope: null,
    handler: (ctx) => {
      const { state, query: q } = ctx
      const requests = parseRequests(ctx.body)
      const dedupKey = q.get('deduplicationKey') ?? undefined
      const all = jobs(state)
      if (dedupKey) {
        // Ecwid remembers a deduplicationKey for one hour and answers the first ticket again.
        const hour = 3_600_000
        const previous = [...all.values()].find((j) => j.dedupKey === dedupKey && state.now() - j.createdAt < hour)
        if (previous) return { body: { ticket: previous.ticket } }
      }
      const job: BatchJob = {
        ticket: randomUUID(), status: 'QUEUED', requests, completed: 0, stopped: false, dedupKey, createdAt: state.now(),
        parallel: boolParam(q, 'allowParallelMode') === true,
        stopOnFirstFailure: boolParam(q, 'stopOnFirstFailure') ?? true, ctx,
        responses: requests.map((r) => (r.id === undefined ? { status: 'NOT_EXECUTED' } : { id: r.id, status: 'NOT_EXECUTED' }))
      }
      all.set(job.ticket, job)
      const b = batches(state)
      b.queue.push(job)
      if (b.queue.length === 1) void drain(b)
      return { body: { ticket: job.ticket } }
    }
  },
  {
    method: 'GET', path: '/batch', scope: null,
    handler: ({ state, query: q }) => {
      const ticket = q.get('ticket')
      if (ticket) {
        const job = jobs(state).get(ticket)
        if (!job) throw unknownTicket(ticket)
        return { body: statusOf(job, boolParam(q, 'escapedJson') === true) }
      }
      const statuses = enumListParam(q, 'status', BATCH_STATUSES)
      const found = [...jobs(state).values()].filter((j) => statuses === undefined || statuses.includes(j.status))
      return { body: paginate(found.map((_, k) => k), paging(q), (k) => { const j = found[k]; return j && { ticket: j.ticket, status: j.status } }), page: true }
    }
  },
  {
    method: 'DELETE', path: '/batch', scope: null,
    handler: ({ state, query: q }) => {
      const ticket = q.get('ticket') ?? ''
      const { all, queue } = batches(state)
      const job = all.get(ticket)
      if (!job) throw unknownTicket(ticket)
      job.stopped = true
      all.delete(ticket)
      // The running head leaves the queue itself when its executor sees `stopped`.
      const at = queue.indexOf(job)
      if (at > 0) queue.splice(at, 1)
      return { body: { deleteCount: 1 } }
    }
  }
]
