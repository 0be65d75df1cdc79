// The grid's import preview, main side: previewCsvImport carries every planned change (the review diff
// without labels, same cells and values), a grid query restricted to the preview's row keys (`within`)
// shows only those rows with search, filters and sort still applied, and queryKeys answers the keys
// "what is shown" means for accept/reject and staging.
import { describe, expect, it } from 'vitest'
import { queryKeys, queryProducts } from '../../../src/main/core/store/grids'
import { editedProductsFile, useCsvServiceFixture } from './service-fixture'

const fixture = useCsvServiceFixture()
const editedFile = (): Promise<string> => editedProductsFile(fixture())

describe('import preview (main)', () => {
  it('previews every planned change: the plan\'s diff without labels, with the plan\'s counts', async () => {
    const fx = fixture()
    const token = await editedFile()
    const req = { resource: 'products' as const, fileToken: token }
    const plan = await fx.csv.planCsvImport(fx.f.sb.storeId, req)
    const preview = await fx.csv.previewCsvImport(fx.f.sb.storeId, req)
    expect(preview.resource).toBe('products')
    expect(preview.changes).toEqual(plan.diff.map(({ label: _label, ...c }) => c))
    expect(preview.changeCount).toBe(plan.changeCount)
    expect(preview.fieldCounts).toEqual(plan.fieldCounts)
    expect(preview.entities).toBe(4)
    expect(preview.noChanges).toBe(false)
  })

  it('restricts a grid window to the preview rows; search, filters and sort still apply', async () => {
    const fx = fixture()
    const preview = await fx.csv.previewCsvImport(fx.f.sb.storeId, { resource: 'products', fileToken: await editedFile() })
    const within = [...new Set(preview.changes.map((c) => Number(c.entityId)))]
    const all = queryProducts(fx.db, { sort: [{ field: 'price', dir: 'desc' }], within, offset: 0, limit: 100 })
    expect(all.total).toBe(within.length)
    expect(all.rows.map((r) => r.id).sort()).toEqual([...within].sort())
    const prices = all.rows.map((r) => r.price as number)
    expect(prices).toEqual([...prices].sort((a, b) => b - a))

    const named = queryProducts(fx.db, { offset: 0, limit: 100 }).rows.find((r) => r.id === within[0])?.name as string
    const word = named.split(/\s+/).find((w) => w.length >= 3) as string
    const keys = queryKeys(fx.db, 'products', { search: word, within })
    expect(keys.length).toBeGreaterThan(0)
    expect(keys.every((k) => within.includes(k as number))).toBe(true)
    expect(keys).toEqual(queryProducts(fx.db, { search: word, within, offset: 0, limit: 100 }).rows.map((r) => r.id))
    expect(queryProducts(fx.db, { within: [], offset: 0, limit: 10 }).total).toBe(0)
  })
})
