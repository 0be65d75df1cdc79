// Sandbox batch API: POST /batch queues up to 500 sub-requests and answers {ticket}; they run in
// the background as the same token; GET /batch?ticket= reports progress and per-request results.

import { randomUUID } from 'node:crypto'
import type { BatchResponse, BatchStatus, BatchStatusValue } from '../../../shared/model/common'
import { BATCH_MAX_REQUESTS, BATCH_METHODS, BATCH_STATUSES } from '../../../shared/model/common'
import { badRequest, notFound } from '../errors'
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
}

const jobsByStore = new WeakMap<StoreState, Map<string, BatchJob>>()

function jobs(state: StoreState): Map<string, BatchJob> {
  let m = jobsByStore.get(state)
  if (!m) {
    m = new Map()
    jobsByStore.set(state, m)
  }
  return m
}

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

async function execute(ctx: RouteContext, job: BatchJob, stopOnFirstFailure: boolean, stepMs: number): Promise<void> {
  let failed = false
  for (const [k, r] of job.requests.entries()) {
    if (job.stopped) return
    if (stepMs > 0) await new Promise((res) => setTimeout(res, stepMs))
    else await new Promise((res) => setImmediate(res))
    const slot = job.responses[k] as BatchResponse & { raw?: unknown }
    if (failed) continue
    job.status = 'IN_PROGRESS'
    const reply = await runSub(ctx, r)
    slot.status = reply.status === 200 ? 'COMPLETED' : 'FAILED'
    slot.httpStatusCode = reply.status
    slot.httpStatusLine = STATUS_LINES[reply.status] ?? String(reply.status)
    slot.raw = reply.body
    job.completed++
    if (reply.status !== 200 && stopOnFirstFailure) failed = true
  }
  job.status = 'COMPLETED'
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
        responses: requests.map((r) => (r.id === undefined ? { status: 'NOT_EXECUTED' } : { id: r.id, status: 'NOT_EXECUTED' }))
      }
      all.set(job.ticket, job)
      const stepMs = typeof ctx.services.batchStepMs === 'number' ? ctx.services.batchStepMs : 0
      void execute(ctx, job, boolParam(q, 'stopOnFirstFailure') ?? true, stepMs)
      return { body: { ticket: job.ticket } }
    }
  },
  {
    method: 'GET', path: '/batch', scope: null,
    handler: ({ state, query: q }) => {
      const ticket = q.get('ticket')
      if (ticket) {
        const job = jobs(state).get(ticket)
        if (!job) throw notFound('TICKET_NOT_FOUND', `Batch ticket ${ticket} not found`)
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
      const job = jobs(state).get(ticket)
      if (!job) throw notFound('TICKET_NOT_FOUND', `Batch ticket ${ticket} not found`)
      job.stopped = true
      jobs(state).delete(ticket)
      return { body: { deleteCount: 1 } }
    }
  }
]
