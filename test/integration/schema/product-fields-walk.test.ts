// Every editable product field in the descriptors (src/shared/model/schema/product.ts) walks through
// every layer: staged and validated in a session, pushed to the sandbox, synced back, exported in both
// CSV formats and re-imported. A field added to the descriptor is walked here without a new test.
// Ecwid: https://api-docs.ecwid.com/reference/update-product (the writable fields of a product).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Product } from '@shared/model/product'
import { PRODUCT_FIELDS, type FieldDescriptor } from '@shared/model/schema'
import type { CellEdit, JsonValue } from '@shared/model/session'
import { getPath } from '../../../src/main/core/csv/field-path'
import { csvServiceFixture, type CsvServiceFixture } from '../csv/service-fixture'
import type { ProductQuery } from '@shared/model/grid'
import { queryProducts } from '../../../src/main/core/store/grids'
import { cellOf, expectGridShows, isEmpty, sampleFor, walkedFields } from './walk-helpers'

let fx: CsvServiceFixture
beforeAll(async () => {
  fx = await csvServiceFixture()
}, 60_000)
afterAll(async () => {
  await fx?.close()
})

const walked = walkedFields(PRODUCT_FIELDS)

/** A value for the field that differs from what the product has now. */
function sampleForProduct(f: FieldDescriptor, p: Product, i: number, categories: number[]): JsonValue {
  // The default category must be one the product is in; a category id otherwise is any count.
  if (f.path === 'defaultCategoryId') return (p.categoryIds ?? []).find((c) => c !== getPath(p, f.path)) ?? (categories[0] as number)
  return f.path === 'sku' ? `WALK-${i}` : sampleFor(f, p, i, categories)
}

describe('product field descriptors walk through every layer', () => {
  it('stage -> validate -> push -> sync -> export -> re-import, one field per product', async () => {
    const sb = fx.f.sb
    const storeId = sb.storeId
    const before = { flat: await fx.exported('products', 'before-flat.csv'), ecwid: await ecwidExport('before-ecwid.csv') }
    const categories = sb.state.categories.select(() => true).map((i) => sb.state.categories.get(i)?.id as number).filter((id) => id > 0)
    // Products with tracked stock and no combinations, so a stock or price edit is the product's own.
    const candidates = sb.state.products.select(() => true).map((i) => sb.state.products.get(i) as Product).filter((p) => !p.unlimited && !(p.combinations ?? []).length)
    expect(candidates.length).toBeGreaterThanOrEqual(walked.length)
    const used = new Set<number>()
    const plan = walked.map((f, i) => {
      // A new default category must be another category the product is already in.
      const p = candidates.find((c) => !used.has(c.id) && (f.path !== 'defaultCategoryId' || (c.categoryIds ?? []).length > 1)) as Product
      used.add(p.id)
      return { f, id: p.id, value: sampleForProduct(f, p, i, categories), had: !isEmpty(getPath(p, f.path)) }
    })

    const session = await fx.sessions.api.createSession(storeId, 'walk')
    const edits: CellEdit[] = plan.map((w) => ({ resource: 'products', entityId: String(w.id), field: w.f.path, value: w.value }))
    const staged = await fx.sessions.api.stageEdits(storeId, session.id, edits)
    expect(staged.rejected).toEqual([])
    expect(staged.staged).toBe(walked.length)

    expect(await fx.sessions.runPush(storeId, session.id)).toMatchObject({ applied: walked.length, failed: 0 })
    for (const w of plan) expect([w.f.path, getPath(serverProduct(w.id), w.f.path)]).toEqual([w.f.path, w.value])

    const sync = await fx.f.cli(['sync'], { token: true })
    expect(sync.code, sync.stderr).toBe(0)
    // The synced grid shows each walked field's value, and its filter and sort find it...
    expectGridShows((q) => queryProducts(fx.db, q as ProductQuery), plan)

    // ...the synced store exports what was pushed (each walked field's cell is written)...
    const after = { flat: await fx.exported('products', 'after-flat.csv'), ecwid: await ecwidExport('after-ecwid.csv') }
    for (const w of plan) {
      if (w.f.csv?.flat) expect([w.f.path, cellOf(after.flat, w.f.csv.flat.header, 'ID', w.id)]).not.toEqual([w.f.path, ''])
      if (w.f.csv?.ecwid) expect([w.f.path, cellOf(after.ecwid, w.f.csv.ecwid.header, 'product_internal_id', w.id)]).not.toEqual([w.f.path, ''])
    }
    // ...re-importing that export changes nothing, so every cell reads back as the value it was...
    for (const format of ['flat', 'ecwid'] as const) {
      const again = await fx.csv.planCsvImport(storeId, { resource: 'products', fileToken: await fx.choose(`again-${format}.csv`, after[format]) })
      expect([format, again.report.filter((l) => l.severity === 'error')]).toEqual([format, []])
      expect([format, again.changeCount]).toEqual([format, 0])
    }
    // ...and the export taken before the push changes back every walked field that had a value then
    // (a blank cell never clears stored data, so fields that were empty stay as pushed).
    for (const format of ['flat', 'ecwid'] as const) {
      const expected = plan.filter((w) => w.had && (format === 'flat' ? w.f.csv?.flat : w.f.csv?.ecwid)).map((w) => w.f.path)
      const back = await fx.csv.planCsvImport(storeId, { resource: 'products', fileToken: await fx.choose(`back-${format}.csv`, before[format]) })
      expect([format, back.report.filter((l) => l.severity === 'error')]).toEqual([format, []])
      const changed = new Set(back.fieldCounts.map((c) => c.field))
      expect([format, expected.filter((f) => !changed.has(f))]).toEqual([format, []])
    }
  }, 120_000)
})

function serverProduct(id: number): Product {
  const sb = fx.f.sb
  return sb.state.products.get(sb.state.productIndex(id) as number) as Product
}

async function ecwidExport(name: string): Promise<string[][]> {
  const r = await fx.f.cli(['export', 'products', '--out', fx.f.file(name), '--no-bom', '--format', 'ecwid'])
  if (r.code !== 0) throw new Error(`export failed: ${r.stderr}`)
  const { cells } = await import('../csv/helpers')
  return fx.f.read(name).split('\r\n').filter((l) => l !== '').map((l) => cells(l))
}
