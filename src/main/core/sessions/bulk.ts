// Runs a bulk operation over a selection: entities from the EntitySource with this session's staged
// values on top (so "+10%" twice compounds), the pure bulk-ops per entity, validation per cell, and
// either a preview or one commit (one undo step). Each result is an ordinary change.
import { AppError } from '@shared/errors'
import type { BulkOperation, BulkPreview, EntitySelection, JsonValue, SessionResource } from '@shared/model/session'
import { bulkChange, compileReplace } from './bulk-ops'
import type { PreparedCell } from './changes'
import { entityTimestamp } from './conflicts'
import { fromText, getPath, orNull, setPath } from './json-path'
import { codeOf, idOf, labelOf, type Entity } from './ports'
import { baseStamp, commitCells, type StagingDeps } from './staging'
import { clearedValue, validateField } from './validate'
import { selectsOptions, variationsOf } from './variation-port'

const SAMPLE = 20

/** This session's staged cells of a resource per entity id (the catalogue steps read them too). */
export function stagedOverlay(deps: StagingDeps, sessionId: string, resource: SessionResource): Map<string, { field: string; value: JsonValue | undefined; deleted: boolean }[]> {
  const rows = deps.db
    .prepare("SELECT entity_id, field, value, kind FROM changes WHERE session_id = ? AND resource = ? AND state <> 'skipped'")
    .all(sessionId, resource) as { entity_id: string; field: string; value: string | null; kind: string }[]
  const map = new Map<string, { field: string; value: JsonValue | undefined; deleted: boolean }[]>()
  for (const r of rows) {
    const list = map.get(r.entity_id) ?? []
    list.push({ field: r.field, value: fromText(r.value), deleted: r.kind === 'delete' })
    map.set(r.entity_id, list)
  }
  return map
}

export async function runBulk(
  deps: StagingDeps,
  sessionId: string,
  resource: SessionResource,
  selection: EntitySelection,
  op: BulkOperation,
  commit: boolean
): Promise<BulkPreview> {
  deps.sessions.requireEditable(sessionId)
  if (op.kind === 'catalogue') throw new AppError('VALIDATION', 'Catalogue changes apply to products through the catalogue bulk (core/catalogue).')
  const wantedOptions = selection.variationOptions ?? []
  if (wantedOptions.length > 0 && resource !== 'variations') throw new AppError('VALIDATION', 'Only variations can be chosen by their option values.')
  if (selection.products && resource !== 'variations') throw new AppError('VALIDATION', 'Choose products by their ids; "products" selects the variations of products.')
  let replace: ((text: string) => string) | undefined
  if (op.kind === 'replace') {
    try {
      replace = compileReplace(op)
    } catch (e) {
      throw new AppError('VALIDATION', (e as Error).message)
    }
  }
  const overlay = stagedOverlay(deps, sessionId, resource)
  const stamp = baseStamp(deps, resource, null)
  const preview: BulkPreview = { matched: 0, entities: 0, changes: 0, unchanged: 0, invalid: [], sample: [] }
  const cells: PreparedCell[] = []
  const seen = new Set<string>()
  for await (const original of selected(deps, resource, selection)) {
    const entityId = idOf(original)
    if (seen.has(entityId)) continue
    seen.add(entityId)
    if (wantedOptions.length > 0 && !selectsOptions(original, wantedOptions)) continue
    preview.matched++
    const staged = overlay.get(entityId) ?? []
    if (staged.some((s) => s.deleted)) {
      preview.unchanged++
      continue
    }
    let effective: Entity = original
    for (const s of staged) effective = setPath(effective, s.field, s.value)
    const outcome = bulkChange(resource, effective, op, { precision: deps.validation.precision, replace })
    if (outcome.kind === 'unchanged') {
      preview.unchanged++
      continue
    }
    if (outcome.kind === 'invalid') {
      preview.invalid.push({ entityId, message: outcome.message })
      continue
    }
    const label = labelOf(resource, original)
    let problem: string | null = null
    for (const c of outcome.cells) {
      problem ??= await validateField(resource, c.field, c.after, entityId, deps.validation)
    }
    if (problem) {
      preview.invalid.push({ entityId, message: problem })
      continue
    }
    preview.entities++
    preview.changes += outcome.cells.length
    for (const c of outcome.cells) {
      if (preview.sample.length < SAMPLE) preview.sample.push({ entityId, label, field: c.field, before: orNull(c.before), after: orNull(c.after) })
      cells.push({
        resource,
        entityId,
        field: c.field,
        kind: 'update',
        label,
        base: getPath(original, c.field) as JsonValue | undefined,
        value: clearedValue(resource, c.field, c.after),
        baseTs: stamp ?? entityTimestamp(original),
        code: codeOf(original)
      })
    }
  }
  if (op.kind === 'set' && op.field === 'sku' && preview.entities > 1) {
    throw new AppError('VALIDATION', 'Every product needs its own SKU: setting one SKU on several products is not possible.')
  }
  if (commit && cells.length > 0) commitCells(deps, sessionId, cells, describe(op, preview.entities))
  return preview
}

/** The selection's entities; the variations of chosen products are read through their products. */
async function* selected(deps: StagingDeps, resource: SessionResource, selection: EntitySelection): AsyncIterable<Entity> {
  if (resource !== 'variations' || !selection.products) {
    yield* deps.source.select(resource, selection)
    return
  }
  for await (const product of deps.source.select('products', { ids: selection.products })) yield* variationsOf(product)
}

export function describe(op: BulkOperation, entities: number): string {
  switch (op.kind) {
    case 'set':
      return `Set ${op.field} on ${entities}`
    case 'adjust':
      return `Adjust ${op.field} by ${op.amount}${op.by === 'percent' ? '%' : ''} on ${entities}`
    case 'replace':
      return `Replace in ${op.field} on ${entities}`
    case 'addCategory':
      return `Add category ${op.categoryId} to ${entities}`
    case 'removeCategory':
      return `Remove category ${op.categoryId} from ${entities}`
    case 'enable':
      return `${op.enabled ? 'Enable' : 'Disable'} ${entities}`
    case 'setStock':
      return `Set stock on ${entities}`
    case 'catalogue':
      return `Change the catalogue of ${entities}`
  }
}
