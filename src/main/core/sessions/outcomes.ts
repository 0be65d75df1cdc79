// Maps Ecwid's answers to journal outcomes and keeps the local store in step with what Ecwid now
// holds. Shared by the push and its crash recovery. No electron import.
import { isAppError, type AppError } from '@shared/errors'
import type { SessionResource } from '@shared/model/session'
import type { BatchItemResult } from '../ecwid/batch'
import type { ItemOutcome, JournalRequest } from './journal'
import { deepEqual, getPath, setPath } from './json-path'
import type { Entity, EntitySink, EntitySource } from './ports'
import { createdForProduct, variationEntityId } from './variation-port'

type Item = JournalRequest['items'][number]

/** Failures that mean Ecwid did not act on the request at all, so its changes may simply be re-sent. */
export function notApplied(e: unknown): boolean {
  if (!isAppError(e) || e.details?.mayHaveApplied === true) return false
  return ['OFFLINE', 'AUTH_INVALID', 'SCOPE_MISSING', 'PLAN_REQUIRED', 'RATE_LIMITED'].includes(e.code)
}

export function messageOf(error: AppError): string {
  return error.message
}

/** Id Ecwid gave a created entity (POST answers {id}). */
export function createdId(body: unknown): string | null {
  if (typeof body === 'object' && body !== null && 'id' in body) {
    const id = (body as { id: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return String(id)
  }
  return null
}

export function outcomeOf(item: Item, result: BatchItemResult): ItemOutcome {
  if (result.ok) {
    const id = item.kind === 'create' ? createdId(result.body) : null
    // A created variation is addressed as "productId/combinationId" (variation-port.ts), so a revert can delete it.
    const forProduct = item.resource === 'variations' ? createdForProduct(item.sub.path) : null
    return { changeIds: item.changeIds, state: 'applied', resultId: id !== null && forProduct !== null ? variationEntityId(forProduct, Number(id)) : id }
  }
  // A delete of something already gone reached the state the merchant wanted.
  if (item.kind === 'delete' && result.error.code === 'NOT_FOUND') return { changeIds: item.changeIds, state: 'applied' }
  return { changeIds: item.changeIds, state: 'failed', error: messageOf(result.error) }
}

/** Does the server copy already hold every intended value of this item? */
export function holdsIntended(item: Item, server: Entity): boolean {
  return Object.entries(item.fields).every(([field, value]) => deepEqual(getPath(server, field), value === undefined ? null : value) || (value === null && getPath(server, field) === undefined))
}

export interface SinkContext {
  source: EntitySource
  sink: EntitySink
  /** Fresh server copies from the conflict check, keyed "resource:id". */
  fresh: ReadonlyMap<string, Entity>
}

/**
 * Writes what Ecwid now holds to the local store: the freshest copy we have of the entity with the
 * applied fields on top (Ecwid's PUT answers only {updateCount}, so re-reading 10,000 products to
 * learn what we just wrote would cost more than the push).
 */
export async function reflect(ctx: SinkContext, resource: SessionResource, entityId: string, item: Item, outcome: ItemOutcome): Promise<void> {
  if (outcome.state !== 'applied' || ctx.sink.discards) return
  if (item.kind === 'delete') return ctx.sink.remove(resource, entityId)
  if (item.kind === 'create') {
    if (!outcome.resultId) return
    const body = (item.sub.body ?? {}) as Entity
    const id = /^\d+$/.test(outcome.resultId) ? Number(outcome.resultId) : outcome.resultId
    return ctx.sink.upsert(resource, { ...body, id })
  }
  let entity = ctx.fresh.get(`${resource}:${entityId}`) ?? (await ctx.source.get(resource, entityId))
  if (!entity) return
  for (const [field, value] of Object.entries(item.fields)) entity = setPath(entity, field, value)
  await ctx.sink.upsert(resource, entity)
}
