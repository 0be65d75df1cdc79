// Turns a session's pending changes into requests: one write per entity carrying only its changed
// fields, batched where the batch API lowers the request count, plus the push estimate. Pure.
import { BATCH_MAX_REQUESTS, BATCH_PARALLEL_MAX } from '@shared/model/common'
import type { JsonValue, PushEstimate, SessionResource } from '@shared/model/session'
import type { BatchSubRequest } from '../ecwid/batch'
import { customerWriteBody } from '../ecwid/customers'
import { lowerBoundMs } from '../limiter/lower-bound'
import type { ChangeRow } from './changes'
import { isImageChange } from './field-value'
import { fromText, isRecord, setPath } from './json-path'
import type { Entity } from './ports'
import { collectionPath, entityPath } from './remote'
import { createdForProduct, variationCreateSub } from './variation-port'

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
/**
 * Ecwid's time for one step of a batch, for the estimate (a cautious guess; the poller learns the
 * real pace): one sub-request in order, or one wave of up to 100 in parallel mode.
 */
export const BATCH_MS_PER_STEP = 200
/** Polls a batch usually needs, for the estimate. */
export const POLLS_PER_BATCH = 2

/** Writes to one product and to its combinations share a key: Ecwid must run them in order. */
export function orderKey(op: Pick<Op, 'resource' | 'entityId' | 'kind'> & { sub?: BatchSubRequest }, index: number): string {
  // A new variation belongs with its product: after the options it selects exist there.
  const forProduct = op.kind === 'create' && op.resource === 'variations' && op.sub ? createdForProduct(op.sub.path) : null
  if (forProduct !== null) return `products:${forProduct}`
  if (op.kind === 'create') return `create:${index}`
  if (op.resource === 'variations') return `products:${String(op.entityId).split('/')[0] ?? ''}`
  return `${op.resource}:${op.entityId}`
}

/**
 * Parallel mode runs up to 100 sub-requests at once in no set order, so a batch may use it only
 * when no two of its writes touch one product (a product and its combinations count as one).
 */
export function parallelSafe(batch: readonly Op[]): boolean {
  const seen = new Set<string>()
  for (const [i, op] of batch.entries()) {
    const key = orderKey(op, i)
    if (seen.has(key)) return false
    seen.add(key)
  }
  return true
}

/** Sub-request steps Ecwid takes for a batch: waves of 100 in parallel mode, else one by one. */
export const batchSteps = (size: number, parallel: boolean): number => (parallel ? Math.ceil(size / BATCH_PARALLEL_MAX) : size)

/**
 * Groups change rows per entity. `containers` gives the freshest copy of each entity (key
 * "resource:id"), so a nested path like dimensions.length is sent inside its whole parent object
 * (not for the profile, whose blocks Ecwid merges field by field).
 */
export function buildOps(rows: readonly ChangeRow[], containers: ReadonlyMap<string, Entity> = new Map()): Op[] {
  const byEntity = new Map<string, ChangeRow[]>()
  for (const r of rows) {
    if (isImageChange(r)) continue
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
    // Ecwid's profile update merges each block field by field; a whole block would resend read-only
    // values (storeId, starterSite.generatedUrl), so the profile sends only what changed.
    const base = resource === 'profile' ? {} : container
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
        const parent = isRecord(body[top]) ? (body[top] as Record<string, unknown>) : isRecord(base[top]) ? (base[top] as Record<string, unknown>) : {}
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
      sub: !isCreate ? { method: 'PUT', path: entityPath(resource, entityId), body } : resource === 'variations' ? variationCreateSub(body) : { method: 'POST', path: collectionPath(resource), body }
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
 * Writes to one product (with its combinations) stay together and in order, ahead of the rest, so
 * at most one batch mixes them with independent writes; they never go as single calls, which could
 * overtake a batch. Batches are posted in this order: Ecwid runs them FIFO.
 */
export function planRequests(ops: readonly Op[]): RequestPlan {
  // Variation creates are ordered with their product's other writes (orderKey), not on their own.
  const alone = (o: Op): boolean => o.kind === 'create' && o.resource !== 'variations'
  const creates = ops.filter(alone)
  const groups = new Map<string, Op[]>()
  for (const [i, op] of ops.entries()) {
    if (alone(op)) continue
    const key = orderKey(op, i)
    const list = groups.get(key)
    if (list) list.push(op)
    else groups.set(key, [op])
  }
  const all = [...groups.values()]
  const others = [...all.filter((g) => g.length > 1).flat(), ...all.filter((g) => g.length === 1).flat()]
  const batches: Op[][] = []
  const singles: Op[] = []
  for (let i = 0; i < others.length; i += BATCH_MAX_REQUESTS) {
    const chunk = others.slice(i, i + BATCH_MAX_REQUESTS)
    const grouped = chunk.some((o) => (groups.get(orderKey(o, 0))?.length ?? 1) > 1)
    if (chunk.length >= MIN_BATCH || grouped || chunk.some((o) => o.kind === 'create')) batches.push(chunk)
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

/** Ecwid's time to work through the planned batches: one after another (FIFO), never at once. */
export function queueMs(batches: readonly (readonly Op[])[], msPerStep = BATCH_MS_PER_STEP): number {
  return batches.reduce((sum, b) => sum + batchSteps(b.length, parallelSafe(b)) * msPerStep, 0)
}

/**
 * "N changes → B batch requests + S single calls → about T s at the 600/min budget", where T is
 * Ecwid's batch queue time plus every request (POSTs, polls, single calls, conflict reads) under
 * the budget: the two overlap in practice, the estimate does not count on it.
 */
export function estimatePush(input: EstimateInput): PushEstimate {
  const plan = planRequests(input.ops)
  const batchRequests = plan.batches.length
  const singleCalls = plan.singles.length
  const otherRequests = batchRequests * POLLS_PER_BATCH + input.conflictReads
  const totalRequests = batchRequests + singleCalls + otherRequests
  const budget = input.budget ?? 590
  const queue = queueMs(plan.batches)
  const ms = lowerBoundMs(totalRequests, { budget, windowMs: 60_000, latencyMs: input.latencyMs ?? 300, concurrency: 8 }) + queue
  const seconds = totalRequests === 0 ? 0 : Math.max(1, Math.ceil(ms / 1000))
  const n = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`
  const text =
    `${n(input.changes, 'change', 'changes')} → ${n(batchRequests, 'batch request', 'batch requests')} + ` +
    `${n(singleCalls, 'single call', 'single calls')} → about ${seconds} s at the 600/min budget`
  const queueSeconds = Math.ceil(queue / 1000)
  return { changes: input.changes, entities: input.ops.length, batchRequests, singleCalls, otherRequests, totalRequests, queueSeconds, seconds, text }
}
