// Turns a session's pending changes into requests: one write per entity carrying only its changed
// fields, batched where the batch API lowers the request count, plus the push estimate. Pure.
import { BATCH_MAX_REQUESTS } from '@shared/model/common'
import type { JsonValue, PushEstimate, SessionResource } from '@shared/model/session'
import type { BatchSubRequest } from '../ecwid/batch'
import { customerWriteBody } from '../ecwid/customers'
import { lowerBoundMs } from '../limiter/lower-bound'
import type { ChangeRow } from './changes'
import { fromText, isRecord, setPath } from './json-path'
import type { Entity } from './ports'
import { collectionPath, entityPath } from './remote'

/** One write to Ecwid: every pending change of one entity. */
export interface Op {
  resource: SessionResource
  entityId: string
  kind: 'update' | 'create' | 'delete'
  changeIds: number[]
  /** Intended absolute values per field path (what a resumed push compares against). */
  fields: Record<string, JsonValue | undefined>
  sub: BatchSubRequest
}

/** A batch costs a POST plus at least one poll; fewer writes than this go as single calls. */
export const MIN_BATCH = 3
/** Ecwid's time per write inside a parallel-mode batch, for the estimate (a cautious guess). */
export const BATCH_MS_PER_WRITE = 4
/** Polls a batch usually needs, for the estimate. */
export const POLLS_PER_BATCH = 2

/**
 * Groups change rows per entity. `containers` gives the freshest copy of each entity (key
 * "resource:id"), so a nested path like dimensions.length is sent inside its whole parent object.
 */
export function buildOps(rows: readonly ChangeRow[], containers: ReadonlyMap<string, Entity> = new Map()): Op[] {
  const byEntity = new Map<string, ChangeRow[]>()
  for (const r of rows) {
    const key = `${r.resource}:${r.entity_id}`
    const list = byEntity.get(key)
    if (list) list.push(r)
    else byEntity.set(key, [r])
  }
  const ops: Op[] = []
  for (const [key, list] of byEntity) {
    const first = list[0] as ChangeRow
    const resource = first.resource
    const entityId = first.entity_id
    const changeIds = list.map((r) => r.id)
    const del = list.find((r) => r.kind === 'delete')
    if (del) {
      ops.push({ resource, entityId, kind: 'delete', changeIds, fields: {}, sub: { method: 'DELETE', path: entityPath(resource, entityId) } })
      continue
    }
    const fields: Record<string, JsonValue | undefined> = {}
    let body: Record<string, unknown> = {}
    const container = containers.get(key) ?? {}
    for (const r of list) {
      const value = fromText(r.value)
      fields[r.field] = value
      if (r.kind === 'create' && r.field === '' && isRecord(value)) {
        body = { ...body, ...value }
        continue
      }
      const [top, ...rest] = r.field.split('.') as [string, ...string[]]
      if (rest.length === 0) body[top] = value === undefined ? null : value
      else {
        const parent = isRecord(body[top]) ? (body[top] as Record<string, unknown>) : isRecord(container[top]) ? (container[top] as Record<string, unknown>) : {}
        body[top] = setPath(parent, rest.join('.'), value === undefined ? null : value)
      }
    }
    const isCreate = list.some((r) => r.kind === 'create')
    if (resource === 'customers') body = customerWriteBody(body, container)
    ops.push({
      resource,
      entityId,
      kind: isCreate ? 'create' : 'update',
      changeIds,
      fields,
      sub: isCreate ? { method: 'POST', path: collectionPath(resource), body } : { method: 'PUT', path: entityPath(resource, entityId), body }
    })
  }
  return ops
}

export interface RequestPlan {
  batches: Op[][]
  singles: Op[]
}

/**
 * Full batches of 500, a remainder batched only when that saves requests. Creates always go in a
 * batch: its deduplication key makes a resent POST harmless, which a single POST cannot promise.
 */
export function planRequests(ops: readonly Op[]): RequestPlan {
  const creates = ops.filter((o) => o.kind === 'create')
  const others = ops.filter((o) => o.kind !== 'create')
  const batches: Op[][] = []
  const singles: Op[] = []
  for (let i = 0; i < others.length; i += BATCH_MAX_REQUESTS) {
    const chunk = others.slice(i, i + BATCH_MAX_REQUESTS)
    if (chunk.length >= MIN_BATCH) batches.push(chunk)
    else singles.push(...chunk)
  }
  for (let i = 0; i < creates.length; i += BATCH_MAX_REQUESTS) batches.push(creates.slice(i, i + BATCH_MAX_REQUESTS))
  return { batches, singles }
}

export interface EstimateInput {
  changes: number
  ops: readonly Op[]
  /** Resources whose touched entities need a conflict read (one search page per 100 changed). */
  conflictReads: number
  latencyMs?: number
  budget?: number
}

/** "N changes → B batch requests + S single calls → about T s at the 600/min budget". */
export function estimatePush(input: EstimateInput): PushEstimate {
  const plan = planRequests(input.ops)
  const batchRequests = plan.batches.length
  const singleCalls = plan.singles.length
  const otherRequests = batchRequests * POLLS_PER_BATCH + input.conflictReads
  const totalRequests = batchRequests + singleCalls + otherRequests
  const budget = input.budget ?? 590
  // Requests under the budget, plus Ecwid working through the batches (8 tickets at a time).
  const largest = plan.batches.reduce((m, b) => Math.max(m, b.length), 0)
  const batchWorkMs = Math.ceil(batchRequests / 8) * largest * BATCH_MS_PER_WRITE
  const ms = lowerBoundMs(totalRequests, { budget, windowMs: 60_000, latencyMs: input.latencyMs ?? 300, concurrency: 8 }) + batchWorkMs
  const seconds = totalRequests === 0 ? 0 : Math.max(1, Math.ceil(ms / 1000))
  const n = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`
  const text =
    `${n(input.changes, 'change', 'changes')} → ${n(batchRequests, 'batch request', 'batch requests')} + ` +
    `${n(singleCalls, 'single call', 'single calls')} → about ${seconds} s at the 600/min budget`
  return { changes: input.changes, entities: input.ops.length, batchRequests, singleCalls, otherRequests, totalRequests, seconds, text }
}
