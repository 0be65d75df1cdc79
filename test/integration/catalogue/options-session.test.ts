// Catalogue structure through whole sessions against the sandbox: add "Size: S, M, L" to 50 products
// matching a search and generate their variations (one staging step), push through the batch API,
// read them back; rename M → Medium (the variations follow), push; revert the rename → "M" again;
// revert the generation → the variations are gone. Shapes as Ecwid documents them:
// https://api-docs.ecwid.com/reference/update-a-product (options) and
// https://api-docs.ecwid.com/reference/create-product-variation (options: [{name, value}]).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Product } from '../../../src/shared/model'
import type { BulkOperation } from '../../../src/shared/model/session'
import { serverProduct, setup, type Harness } from '../sessions/helpers'
import { nameProductsWithoutOptions } from './helpers'

let h: Harness
let ids: number[]
beforeEach(async () => {
  h = await setup({ sandbox: { products: 120 } })
  ids = nameProductsWithoutOptions(h, 50, 'Catalogue tee')
})
afterEach(async () => h.close())

const server = (id: number): Product => serverProduct(h.sb, id) as unknown as Product
const sizesOf = (id: number): string[] => (server(id).options?.find((o) => o.name === 'Size')?.choices ?? []).map((c) => c.text)
const variationValues = (id: number): string[] => (server(id).combinations ?? []).map((c) => c.options.map((o) => `${o.name}:${o.value}`).join(',')).sort()

async function stageAndPush(name: string, op: BulkOperation): Promise<{ id: string; changes: number }> {
  const s = await h.service.api.createSession(h.storeId, name)
  const r = await h.service.api.applyBulk(h.storeId, s.id, 'products', { query: { search: 'Catalogue tee' } }, op)
  expect(r.invalid).toEqual([])
  expect(r.session.canUndo).toBe(true)
  const pushed = await h.service.runPush(h.storeId, s.id)
  expect(pushed).toMatchObject({ failed: 0, conflicts: 0, rateLimited: 0, state: 'done' })
  return { id: s.id, changes: r.changes }
}

describe('catalogue sessions against the sandbox', () => {
  it('adds an option and its variations, renames a value with its variations, and reverts both', async () => {
    const { service, storeId } = h
    expect(ids).toHaveLength(50)
    const preview = await service.api.previewBulk(storeId, (await service.api.createSession(storeId, 'peek')).id, 'products', { query: { search: 'Catalogue tee' } }, {
      kind: 'catalogue', steps: [{ kind: 'addOption', name: 'Size', values: ['S', 'M', 'L'] }, { kind: 'generateVariations' }]
    })
    expect(preview).toMatchObject({ matched: 50, entities: 50, changes: 200, unchanged: 0 })

    const generated = await stageAndPush('sizes', { kind: 'catalogue', steps: [{ kind: 'addOption', name: 'Size', values: ['S', 'M', 'L'] }, { kind: 'generateVariations' }] })
    expect(generated.changes).toBe(200)
    for (const id of ids) {
      expect(sizesOf(id)).toEqual(['S', 'M', 'L'])
      expect(variationValues(id)).toEqual(['Size:L', 'Size:M', 'Size:S'])
    }
    // The local copy knows the new variations (with Ecwid's ids) without a sync.
    const local = h.ports.tables.get('products')?.get(String(ids[0]))
    expect((local?.combinations as unknown[] | undefined)?.length).toBe(3)

    const renamed = await stageAndPush('medium', { kind: 'catalogue', steps: [{ kind: 'renameOptionValue', name: 'Size', from: 'M', to: 'Medium' }] })
    expect(renamed.changes).toBe(100)
    for (const id of ids) {
      expect(sizesOf(id)).toEqual(['S', 'Medium', 'L'])
      expect(variationValues(id)).toEqual(['Size:L', 'Size:Medium', 'Size:S'])
    }

    const back = await service.api.revertSession(storeId, renamed.id)
    expect(await service.runPush(storeId, back.id)).toMatchObject({ applied: 100, failed: 0, conflicts: 0 })
    for (const id of ids) {
      expect(sizesOf(id)).toEqual(['S', 'M', 'L'])
      expect(variationValues(id)).toEqual(['Size:L', 'Size:M', 'Size:S'])
    }

    const undone = await service.api.revertSession(storeId, generated.id)
    expect(await service.runPush(storeId, undone.id)).toMatchObject({ applied: 200, failed: 0, conflicts: 0 })
    for (const id of ids) {
      expect(server(id).options).toEqual([])
      expect(server(id).combinations).toEqual([])
    }
    expect((h.ports.tables.get('products')?.get(String(ids[0]))?.combinations as unknown[] | undefined)?.length).toBe(0)
  }, 60_000)

  it('removing a value lists the variations it orphans and deletes them when asked, in one undo step', async () => {
    const { service, storeId } = h
    await stageAndPush('sizes', { kind: 'catalogue', steps: [{ kind: 'addOption', name: 'Size', values: ['S', 'M', 'L'] }, { kind: 'generateVariations' }] })
    const s = await service.api.createSession(storeId, 'drop L')
    const selection = { ids: ids.slice(0, 2) }
    const peek = await service.api.previewBulk(storeId, s.id, 'products', selection, { kind: 'catalogue', steps: [{ kind: 'removeOptionValue', name: 'Size', value: 'L' }] })
    expect(peek.orphans?.map((o) => o.deleted)).toEqual([false, false])
    const r = await service.api.applyBulk(storeId, s.id, 'products', selection, { kind: 'catalogue', steps: [{ kind: 'removeOptionValue', name: 'Size', value: 'L', deleteVariations: true }] })
    expect(r).toMatchObject({ entities: 2, changes: 4 })
    expect(r.orphans?.every((o) => o.deleted && / — L$/.test(o.label))).toBe(true)
    expect(await service.runPush(storeId, s.id)).toMatchObject({ applied: 4, failed: 0 })
    expect(variationValues(ids[0] as number)).toEqual(['Size:M', 'Size:S'])
    expect(variationValues(ids[2] as number)).toEqual(['Size:L', 'Size:M', 'Size:S'])
  }, 60_000)
})
