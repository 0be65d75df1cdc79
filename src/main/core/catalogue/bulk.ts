// Runs catalogue steps (options, variations, categories) over a product selection: each product with
// this session's staged values on top, the pure steps of options.ts, and the difference staged as
// ordinary changes — the product's `options`/`categoryIds`, its variations' `options`, variation
// creates and deletes — in one commit (one undo step). The push sends them through the batch API.
import { randomUUID } from 'node:crypto'
import { AppError } from '@shared/errors'
import type { BulkPreview, CatalogueStep, EntitySelection, JsonValue } from '@shared/model/session'
import type { OptionValue, ProductOption } from '@shared/model/product'
import { stagedOverlay } from '../sessions/bulk'
import type { PreparedCell } from '../sessions/changes'
import { entityTimestamp } from '../sessions/conflicts'
import { deepEqual, isRecord, orNull, setPath } from '../sessions/json-path'
import { codeOf, idOf, labelOf, type Entity } from '../sessions/ports'
import { baseStamp, commitCells, type StagingDeps } from '../sessions/staging'
import { variationLabel, variationsOf } from '../sessions/variation-port'
import { applySteps, stepsProblem, type WorkingProduct, type WorkingVariation } from './options'

const SAMPLE = 20

type Overlay = ReturnType<typeof stagedOverlay>

const optionsOf = (v: unknown): OptionValue[] => (Array.isArray(v) ? (v.filter(isRecord) as unknown as OptionValue[]) : [])

/** Variations this session already stages for creation, per product id. */
function stagedCreates(overlay: Overlay): Map<number, WorkingVariation[]> {
  const out = new Map<number, WorkingVariation[]>()
  for (const [entityId, cells] of overlay) {
    if (!entityId.startsWith('new:')) continue
    const body = cells.find((c) => c.field === '')?.value
    if (!isRecord(body) || typeof body.productId !== 'number') continue
    out.set(body.productId, [...(out.get(body.productId) ?? []), { entityId, options: optionsOf(body.options) }])
  }
  return out
}

function working(product: Entity, variations: Overlay, creates: Map<number, WorkingVariation[]>): { start: WorkingProduct; originals: Map<string, Entity> } {
  const originals = new Map<string, Entity>()
  const list: WorkingVariation[] = []
  for (const v of variationsOf(product)) {
    const entityId = idOf(v)
    const staged = variations.get(entityId) ?? []
    if (staged.some((s) => s.deleted)) continue
    originals.set(entityId, v)
    const options = staged.find((s) => s.field === 'options')
    list.push({ entityId, options: optionsOf(options ? options.value : v.options) })
  }
  list.push(...(creates.get(Number(product.id)) ?? []))
  const start: WorkingProduct = {
    options: Array.isArray(product.options) ? (product.options.filter(isRecord) as unknown as ProductOption[]) : [],
    categoryIds: Array.isArray(product.categoryIds) ? (product.categoryIds as number[]) : [],
    variations: list,
    deleted: [],
    orphans: []
  }
  return { start, originals }
}

interface DiffContext {
  original: Entity
  originals: Map<string, Entity>
  baseTs: number | null
}

/** The staged changes that take a product from `start` to `end`. */
function diff(start: WorkingProduct, end: WorkingProduct, ctx: DiffContext): PreparedCell[] {
  const { original, originals, baseTs } = ctx
  const productId = Number(original.id)
  const label = labelOf('products', original)
  const cells: PreparedCell[] = []
  const product = (field: 'options' | 'categoryIds', value: JsonValue): void => {
    const base = original[field] as JsonValue | undefined
    cells.push({ resource: 'products', entityId: String(productId), field, kind: 'update', label, base, value, baseTs, code: codeOf(original) })
  }
  if (!deepEqual(start.options, end.options)) product('options', end.options as unknown as JsonValue)
  if (!deepEqual(start.categoryIds, end.categoryIds)) product('categoryIds', end.categoryIds)
  const before = new Map(start.variations.map((v) => [v.entityId, v]))
  const productName = typeof original.name === 'string' ? original.name : ''
  for (const v of end.variations) {
    const was = before.get(v.entityId)
    if (was && deepEqual(was.options, v.options)) continue
    const options = v.options.map((o) => ({ name: o.name, value: o.value }))
    const vLabel = variationLabel({ productId, productName, options })
    const existing = originals.get(v.entityId)
    if (existing) {
      cells.push({ resource: 'variations', entityId: v.entityId, field: 'options', kind: 'update', label: vLabel, base: existing.options as JsonValue, value: options, baseTs, code: codeOf(existing) })
    } else {
      // The documented create body: the product it belongs to (in the path) and its selection.
      cells.push({ resource: 'variations', entityId: v.entityId, field: '', kind: 'create', label: vLabel, base: undefined, value: { productId, options }, baseTs: null, code: '' })
    }
  }
  for (const id of end.deleted) {
    const existing = originals.get(id)
    // A variation only this session created just leaves the session.
    if (!existing) cells.push({ resource: 'variations', entityId: id, field: '', kind: 'update', label: id, base: undefined, value: undefined, baseTs: null })
    else cells.push({ resource: 'variations', entityId: id, field: '', kind: 'delete', label: variationLabel(existing), base: existing as JsonValue, value: undefined, baseTs, code: codeOf(existing) })
  }
  return cells
}

export function describeSteps(steps: readonly CatalogueStep[], products: number): string {
  const what = steps.map((s) => {
    switch (s.kind) {
      case 'addOption':
        return `add ${s.name}`
      case 'renameOptionValue':
        return `rename ${s.name} ${s.from} → ${s.to}`
      case 'removeOptionValue':
        return `remove ${s.name} ${s.value}`
      case 'addOptionValue':
        return `add ${s.name} ${s.value}`
      case 'moveOptionValue':
        return `move ${s.name} ${s.value} to position ${s.position + 1}`
      case 'setValuePriceModifier':
        return `${s.name} ${s.value} price ${s.priceModifierType === 'PERCENT' ? `${s.priceModifier} %` : s.priceModifier}`
      case 'setOptionRequired':
        return `make ${s.name} ${s.required ? 'required' : 'optional'}${s.defaultValue === undefined ? '' : ` (default ${s.defaultValue})`}`
      case 'deleteVariation':
        return `delete variation ${s.options.map((o) => `${o.name}: ${o.value}`).join(', ')}`
      case 'generateVariations':
        return 'generate variations'
      case 'addCategory':
        return `add category ${s.categoryId}`
      case 'removeCategory':
        return `remove category ${s.categoryId}`
    }
  })
  const text = what.join(', ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} on ${products} products`
}

export async function runCatalogueBulk(deps: StagingDeps, sessionId: string, selection: EntitySelection, steps: readonly CatalogueStep[], commit: boolean): Promise<BulkPreview> {
  deps.sessions.requireEditable(sessionId)
  const problem = stepsProblem(steps)
  if (problem) throw new AppError('VALIDATION', problem)
  const products = stagedOverlay(deps, sessionId, 'products')
  const variations = stagedOverlay(deps, sessionId, 'variations')
  const creates = stagedCreates(variations)
  const stamp = baseStamp(deps, 'products', null)
  const preview: BulkPreview = { matched: 0, entities: 0, changes: 0, unchanged: 0, invalid: [], orphans: [], sample: [] }
  const cells: PreparedCell[] = []
  const seen = new Set<string>()
  for await (const original of deps.source.select('products', selection)) {
    const entityId = idOf(original)
    if (seen.has(entityId)) continue
    seen.add(entityId)
    preview.matched++
    const staged = products.get(entityId) ?? []
    if (staged.some((s) => s.deleted)) {
      preview.unchanged++
      continue
    }
    let effective: Entity = original
    for (const s of staged) effective = setPath(effective, s.field, s.value)
    const { start, originals } = working(effective, variations, creates)
    const out = applySteps(start, steps, () => `new:${randomUUID()}`)
    if (out.kind === 'invalid') {
      preview.invalid.push({ entityId, message: out.message })
      continue
    }
    const mine = diff(start, out.product, { original, originals, baseTs: stamp ?? entityTimestamp(original) })
    for (const id of [...out.product.orphans, ...out.product.deleted]) {
      const v = originals.get(id)
      preview.orphans?.push({ entityId: id, label: v ? variationLabel(v) : id, deleted: out.product.deleted.includes(id) })
    }
    if (mine.length === 0) {
      preview.unchanged++
      continue
    }
    preview.entities++
    preview.changes += mine.length
    for (const c of mine) {
      if (preview.sample.length < SAMPLE) preview.sample.push({ entityId: c.entityId, label: c.label, field: c.field, before: orNull(c.base), after: orNull(c.value) })
    }
    cells.push(...mine)
  }
  if (commit && cells.length > 0) commitCells(deps, sessionId, cells, describeSteps(steps, preview.entities))
  return preview
}
