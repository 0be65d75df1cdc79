// Categories as a session resource through the real composition root and the sandbox: a re-parent,
// a reorder, a rename, a create and a delete are staged, refused when they would make a cycle,
// pushed through the batch API, synced back, and reverted to the tree as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Category } from '../../../src/shared/model/category'
import type { JobProgress } from '../../../src/shared/model/job'
import { createServices, type Services } from '../../../src/main/core/services'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { createTempDir, type TempDir } from '../../helpers/temp-dir'
import { pushAndWait, waitForSync as waitForSyncOf } from '../../helpers/services-jobs'

let sb: SandboxHandle
let dir: TempDir
let services: Services
let storeId: number

const waitForSync = (): Promise<void> => waitForSyncOf(services, storeId)
const push = (sessionId: string): Promise<JobProgress> => pushAndWait(services, storeId, sessionId)

function serverCategories(): Category[] {
  const out: Category[] = []
  for (let i = 0; i < sb.state.categories.size; i++) {
    const c = sb.state.categories.get(i)
    if (c && sb.state.categories.isLive(i)) out.push(structuredClone(c))
  }
  return out.sort((a, b) => a.id - b.id)
}
const shape = (cs: readonly Category[]): string[] => cs.map((c) => `${c.id}:${c.name}:${c.parentId ?? 0}:${c.orderBy ?? 0}:${String(c.enabled)}`)

beforeAll(async () => {
  sb = await startSandbox({ storeId: 7_317, products: 120, orders: 2, customers: 2, coupons: 2 })
  dir = await createTempDir('stockroom-categories-')
  services = createServices({ dataDir: dir.path, appVersion: 'test', secrets: createMemorySecretStore(), apiBase: sb.apiBase, sync: { intervalMs: 600_000 } })
  storeId = (await services.api.connectStore({ storeId: sb.storeId, token: sb.tokens.full })).storeId
  await waitForSync()
})
afterAll(async () => {
  await services?.close()
  await sb?.close()
  await dir?.cleanup()
})

describe('categories in a session', () => {
  it('stages a re-parent, reorder, rename, create and delete; pushes them; syncs back; reverts', async () => {
    const before = serverCategories()
    const roots = before.filter((c) => !c.parentId)
    const [moved, target] = roots as [Category, Category]
    const child = before.find((c) => c.parentId === moved.id)
    expect(child, 'the seed gives the first root category a subcategory').toBeDefined()
    const s = await services.api.createSession(storeId, 'tree edits')

    const staged = await services.api.stageEdits(storeId, s.id, [
      { resource: 'categories', entityId: moved.id, field: 'parentId', value: target.id },
      { resource: 'categories', entityId: moved.id, field: 'orderBy', value: 5 },
      { resource: 'categories', entityId: moved.id, field: 'name', value: 'Moved and renamed' },
      // With the staged move, the target is now an ancestor of neither: it may not go under the moved one's child.
      { resource: 'categories', entityId: target.id, field: 'parentId', value: (child as Category).id },
      { resource: 'categories', entityId: moved.id, field: 'name', value: '  ' },
      { resource: 'categories', entityId: moved.id, field: 'parentId', value: moved.id }
    ])
    expect(staged.staged).toBe(3)
    expect(staged.rejected.map((r) => [r.index, r.message])).toEqual([
      [3, 'A category cannot move under itself or one of its subcategories.'],
      [4, 'Name cannot be empty.'],
      [5, 'A category cannot move under itself or one of its subcategories.']
    ])
    await expect(services.api.stageCreate(storeId, s.id, 'categories', { enabled: true })).rejects.toThrow('A new category needs: Name.')
    const created = await services.api.stageCreate(storeId, s.id, 'categories', { name: 'Brand new', parentId: target.id, enabled: false })
    const doomed = before.find((c) => c.id !== moved.id && c.id !== target.id && c.parentId !== moved.id && !before.some((d) => d.parentId === c.id)) as Category
    // What a delete reports: products in the category or one of its subcategories, each once.
    const inTree = (ids: readonly number[]): number => {
      let n = 0
      for (let i = 0; i < sb.state.products.size; i++) {
        const p = sb.state.products.get(i)
        if (p && sb.state.products.isLive(i) && (p.categoryIds ?? []).some((c) => ids.includes(c))) n++
      }
      return n
    }
    const counts = new Map((await services.api.listCategoryTree(storeId)).map((c) => [c.id, c]))
    expect(counts.get(doomed.id)?.productsLosing).toBe(inTree([doomed.id]))
    const subtree = [moved.id]
    for (let grew = true; grew; ) {
      const more = before.filter((c) => c.parentId !== undefined && subtree.includes(c.parentId) && !subtree.includes(c.id)).map((c) => c.id)
      subtree.push(...more)
      grew = more.length > 0
    }
    expect(counts.get(moved.id)).toMatchObject({ productCount: inTree([moved.id]), productsLosing: inTree(subtree) })
    expect(inTree(subtree)).toBeGreaterThan(inTree([moved.id]))
    await services.api.stageDeletes(storeId, s.id, 'categories', [doomed.id])

    const done = await push(s.id)
    expect(done).toMatchObject({ state: 'done', failed: 0 })
    const after = serverCategories()
    expect(after.find((c) => c.id === moved.id)).toMatchObject({ parentId: target.id, orderBy: 5, name: 'Moved and renamed' })
    expect(after.find((c) => c.name === 'Brand new')).toMatchObject({ parentId: target.id, enabled: false })
    expect(after.some((c) => c.id === doomed.id)).toBe(false)
    expect(created.entityId).toMatch(/^new:/)

    // The local copy shows the pushed tree at once, and a sync agrees with it.
    const pathOf = async (id: number): Promise<string | undefined> => (await services.api.listCategories(storeId)).find((c) => c.id === id)?.path
    expect(await pathOf(moved.id)).toBe(`${target.name} / Moved and renamed`)
    await services.api.syncStore(storeId, { full: true, resources: ['categories'] })
    await waitForSync()
    expect(await pathOf(moved.id)).toBe(`${target.name} / Moved and renamed`)
    expect(await pathOf((child as Category).id)).toBe(`${target.name} / Moved and renamed / ${(child as Category).name}`)

    const revert = await services.api.revertSession(storeId, s.id)
    expect(await push(revert.id)).toMatchObject({ state: 'done', failed: 0, applied: 5 })
    const back = serverCategories()
    // The deleted category comes back under a new id (Ecwid assigns ids): everything else is as before.
    const recreated = back.find((c) => !before.some((b) => b.id === c.id))
    expect(recreated).toMatchObject({ name: doomed.name, parentId: doomed.parentId, enabled: doomed.enabled, description: doomed.description })
    expect(shape(back.filter((c) => c !== recreated))).toEqual(shape(before.filter((c) => c.id !== doomed.id)))
  })
})
