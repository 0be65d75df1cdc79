// Duplicate products: for each chosen product, a staged create of a copy ("… (copy)", a SKU no other
// product or variation uses) with its options and categories, and a staged create of each of its
// variations pointing at the copy's "new:<uuid>" id; the push creates the copy first, then its
// variations on the id Ecwid gave it (sessions/new-products.ts). One undo step. No electron import.
import { randomUUID } from 'node:crypto'
import { AppError } from '@shared/errors'
import { MAX_DUPLICATES } from '@shared/model/product-crud'
import type { JsonValue } from '@shared/model/session'
import type { PreparedCell } from '../sessions/changes'
import { codeOf, labelOf } from '../sessions/ports'
import { commitCells, type StagingDeps } from '../sessions/staging'
import { variationLabel } from '../sessions/variation-port'
import { combinationsOf, productCreateBody, variationCreateBody } from './copies'


/** "ABC-COPY", then "ABC-COPY-2", … : the first one neither the store nor this step uses. */
async function freeSku(deps: StagingDeps, sku: string, used: Set<string>): Promise<string> {
  for (let k = 1; ; k++) {
    const candidate = k === 1 ? `${sku}-COPY` : `${sku}-COPY-${k}`
    if (used.has(candidate.toLowerCase())) continue
    if (await deps.validation.isSkuTaken(candidate, 'new:check')) continue
    used.add(candidate.toLowerCase())
    return candidate
  }
}

/** Stages the copies; answers their "new:<uuid>" ids in the order of `productIds`. */
export async function stageDuplicates(deps: StagingDeps, sessionId: string, productIds: readonly number[]): Promise<string[]> {
  deps.sessions.requireEditable(sessionId)
  if (productIds.length > MAX_DUPLICATES) throw new AppError('VALIDATION', `Duplicate at most ${MAX_DUPLICATES} products at a time.`)
  const used = new Set<string>()
  const cells: PreparedCell[] = []
  const ids: string[] = []
  for (const id of productIds) {
    const product = await deps.source.get('products', id)
    if (!product) throw new AppError('NOT_FOUND', `Product ${id} is not in the local data any more; sync the store.`)
    const entityId = `new:${randomUUID()}`
    const fields = productCreateBody(product)
    fields.name = `${typeof product.name === 'string' ? product.name : `Product ${id}`} (copy)`
    if (typeof product.sku === 'string' && product.sku !== '') fields.sku = await freeSku(deps, product.sku, used)
    const label = labelOf('products', { ...fields, id: entityId })
    for (const [field, value] of Object.entries(fields)) {
      cells.push({ resource: 'products', entityId, field, kind: 'create', label, base: undefined, value, baseTs: null, code: codeOf(fields) })
    }
    for (const c of combinationsOf(product)) {
      const body = variationCreateBody(c, entityId, String(fields.name))
      if (typeof body.sku === 'string' && body.sku !== '') body.sku = await freeSku(deps, body.sku, used)
      const vLabel = variationLabel(body as Record<string, JsonValue>)
      cells.push({ resource: 'variations', entityId: `new:${randomUUID()}`, field: '', kind: 'create', label: vLabel, base: undefined, value: body, baseTs: null, code: typeof body.sku === 'string' ? body.sku : '' })
    }
    ids.push(entityId)
  }
  if (cells.length > 0) commitCells(deps, sessionId, cells, productIds.length === 1 ? `Duplicate ${cells[0]?.label ?? 'product'}` : `Duplicate ${productIds.length} products`)
  return ids
}
