// Staging: grid edits, creates and deletes become validated change rows with their base value taken
// from the entity as the merchant saw it; one undo step per call. Reads entities through the
// EntitySource port; writes only the session database.
import { randomUUID } from 'node:crypto'
import { AppError } from '@shared/errors'
import type { CellEdit, EntityId, JsonValue, SessionResource, StageRejection } from '@shared/model/session'
import { parentProblem } from './category-rules'
import type { ChangeTable, PreparedCell, UndoEntry } from './changes'
import { entityTimestamp } from './conflicts'
import { tx, type Db } from './db'
import { fieldValue } from './field-value'
import { fromText } from './json-path'
import { codeOf, labelOf, type Entity, type EntitySource } from './ports'
import type { SessionStore } from './session-store'
import type { UndoLog } from './undo'
import { clearedValue, missingOnCreate, validateField, type ValidationContext } from './validate'

export interface StagingDeps {
  db: Db
  sessions: SessionStore
  changes: ChangeTable
  undo: UndoLog
  source: EntitySource
  validation: ValidationContext
}

/**
 * When the base was known to match Ecwid, in Unix seconds: the source's freshness (last sync) when
 * it knows it, else the entity's own update stamp. The push re-reads what changed after this.
 */
export function baseStamp(deps: Pick<StagingDeps, 'source'>, resource: SessionResource, entity: Entity | null): number | null {
  const fresh = deps.source.freshAsOf?.(resource)
  return typeof fresh === 'number' ? Math.floor(fresh / 1000) : entityTimestamp(entity)
}

const READ_ONLY_ON_CREATE = new Set(['id', 'created', 'updated', 'createTimestamp', 'updateTimestamp', 'creationDate', 'updateDate', 'orderCount'])

/** Writes prepared cells in one transaction and records them as one undo step. */
export function commitCells(deps: StagingDeps, sessionId: string, cells: readonly PreparedCell[], label: string): number {
  return tx(deps.db, () => {
    const entries: UndoEntry[] = []
    for (const c of cells) {
      const e = deps.changes.stage(sessionId, c)
      if (e) entries.push(e)
    }
    deps.undo.record(sessionId, label, entries)
    deps.sessions.touch(sessionId)
    return entries.length
  })
}

/** Another entity of this session already staged to the same SKU or coupon code? */
function stagedDuplicate(deps: StagingDeps, sessionId: string, resource: SessionResource, field: string, value: JsonValue, entityId: string): boolean {
  const isSku = (resource === 'products' || resource === 'variations') && field === 'sku'
  if (!(isSku || (resource === 'coupons' && field === 'code')) || typeof value !== 'string' || value === '') return false
  // SKUs are one namespace for products and variations (their ids never collide: "12" vs "12/34").
  const resources = isSku ? ['products', 'variations'] : [resource]
  const rows = deps.db
    .prepare(`SELECT entity_id FROM changes WHERE session_id = ? AND resource IN (${resources.map(() => '?').join(',')}) AND field = ? AND lower(value) = lower(?) AND state <> 'skipped'`)
    .all(sessionId, ...resources, field, JSON.stringify(value)) as { entity_id: string }[]
  return rows.some((r) => r.entity_id !== entityId)
}

export async function stageEdits(deps: StagingDeps, sessionId: string, edits: readonly CellEdit[]): Promise<{ staged: number; rejected: StageRejection[] }> {
  deps.sessions.requireEditable(sessionId)
  const cache = new Map<string, Entity | null>()
  const cells: PreparedCell[] = []
  const rejected: StageRejection[] = []
  for (const [index, edit] of edits.entries()) {
    const entityId = String(edit.entityId)
    const reject = (message: string): void => void rejected.push({ index, entityId, field: edit.field, message })
    const isNew = entityId.startsWith('new:')
    const key = `${edit.resource}:${entityId}`
    if (!cache.has(key)) cache.set(key, isNew ? null : await deps.source.get(edit.resource, edit.entityId))
    const entity = cache.get(key) ?? null
    const own = deps.changes.forEntity(sessionId, edit.resource, entityId)
    if (isNew && own.length === 0) {
      reject('This new entry is no longer in the session.')
      continue
    }
    if (!isNew && !entity) {
      reject('This entry is not in the local data any more; sync the store and try again.')
      continue
    }
    if (own.some((r) => r.kind === 'delete')) {
      reject('This entry is marked for deletion in this session.')
      continue
    }
    const message =
      (await validateField(edit.resource, edit.field, edit.value, entityId, deps.validation)) ??
      (stagedDuplicate(deps, sessionId, edit.resource, edit.field, edit.value, entityId) ? `Another entry in this session already uses “${String(edit.value)}”.` : null) ??
      (edit.resource === 'categories' && edit.field === 'parentId' ? await parentProblem(deps.db, deps.source, sessionId, entityId, edit.value, cells) : null) ??
      (isNew && (edit.value === null || edit.value === '') ? missingOnCreate(edit.resource, { ...Object.fromEntries(own.map((r) => [r.field, fromText(r.value)])), [edit.field]: null }) : null)
    if (message) {
      reject(message)
      continue
    }
    cells.push({
      resource: edit.resource,
      entityId,
      field: edit.field,
      kind: isNew ? 'create' : 'update',
      label: isNew ? (own[0]?.label ?? entityId) : labelOf(edit.resource, entity as Entity),
      base: isNew ? undefined : (fieldValue(edit.resource, entity, edit.field) as JsonValue | undefined),
      value: clearedValue(edit.resource, edit.field, edit.value),
      baseTs: baseStamp(deps, edit.resource, entity),
      code: isNew ? (own[0]?.code ?? '') : codeOf(entity as Entity)
    })
  }
  const staged = commitCells(deps, sessionId, cells, edits.length === 1 ? `Edit ${edits[0]?.field}` : `Edit ${edits.length} cells`)
  return { staged, rejected }
}

/** Stages a new entity, one change per field, under a fresh "new:<uuid>" id. */
export async function stageCreate(deps: StagingDeps, sessionId: string, resource: SessionResource, fields: Record<string, JsonValue>): Promise<string> {
  deps.sessions.requireEditable(sessionId)
  if (resource === 'profile') throw new AppError('VALIDATION', 'A store has exactly one profile: edit it instead of creating one.')
  if (resource === 'variations') throw new AppError('VALIDATION', "Variations come from a product's options: add them in the product's options, then edit them here.")
  const missing = missingOnCreate(resource, fields)
  if (missing) throw new AppError('VALIDATION', missing)
  const entityId = `new:${randomUUID()}`
  const problems: string[] = []
  for (const [field, value] of Object.entries(fields)) {
    if (READ_ONLY_ON_CREATE.has(field)) continue
    const m = (await validateField(resource, field, value, entityId, deps.validation)) ?? (resource === 'categories' && field === 'parentId' ? await parentProblem(deps.db, deps.source, sessionId, entityId, value) : null)
    if (m) problems.push(m)
    else if (stagedDuplicate(deps, sessionId, resource, field, value, entityId)) problems.push(`Another entry in this session already uses “${String(value)}”.`)
  }
  if (problems.length > 0) throw new AppError('VALIDATION', problems.join(' '), { problems })
  const label = labelOf(resource, { ...fields, id: entityId })
  const cells = Object.entries(fields)
    .filter(([field]) => !READ_ONLY_ON_CREATE.has(field))
    .map(([field, value]): PreparedCell => ({ resource, entityId, field, kind: 'create', label, base: undefined, value, baseTs: null, code: codeOf(fields) }))
  commitCells(deps, sessionId, cells, `Add ${label}`)
  return entityId
}

/** Stages deletes; the whole entity is kept as the base so a revert can recreate it. */
export async function stageDeletes(deps: StagingDeps, sessionId: string, resource: SessionResource, ids: readonly EntityId[]): Promise<number> {
  deps.sessions.requireEditable(sessionId)
  if (resource === 'profile') throw new AppError('VALIDATION', 'The store profile cannot be deleted.')
  if (resource === 'variations') throw new AppError('VALIDATION', "Variations come from a product's options: remove the option value instead.")
  const cells: PreparedCell[] = []
  const drops: PreparedCell[] = []
  for (const raw of ids) {
    const entityId = String(raw)
    const own = deps.changes.forEntity(sessionId, resource, entityId)
    if (entityId.startsWith('new:')) {
      // Deleting an entry that only exists in this session just removes it from the session.
      for (const r of own) drops.push({ resource, entityId, field: r.field, kind: 'update', label: r.label, base: fromText(r.base), value: fromText(r.base), baseTs: null })
      continue
    }
    const entity = await deps.source.get(resource, raw)
    if (!entity) throw new AppError('NOT_FOUND', `Entry ${entityId} is not in the local data any more; sync the store.`)
    for (const r of own) drops.push({ resource, entityId, field: r.field, kind: 'update', label: r.label, base: fromText(r.base), value: fromText(r.base), baseTs: r.base_ts })
    cells.push({ resource, entityId, field: '', kind: 'delete', label: labelOf(resource, entity), base: entity as JsonValue, value: undefined, baseTs: baseStamp(deps, resource, entity), code: codeOf(entity) })
  }
  return commitCells(deps, sessionId, [...drops, ...cells], `Delete ${ids.length} ${resource}`)
}
