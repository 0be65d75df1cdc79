// The Categories screen's state: the local tree with the active session's staged values on top, and
// its edits (rename, move, enable, description, create, delete) staged through the same grid-session
// store as grid edits: one session, one undo history. View state only.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { CategoryNode } from '@shared/model/category'
import type { CellEdit, JsonValue } from '@shared/model/session'
import { api } from '../api'
import { errorText, tracked } from '../composables/useErrorText'
import { withStaged } from '../components/categories/category-tree'
import { useGridSessionStore } from './grid-session'

/** A category staged for creation, as its create changes describe it. */
export interface NewCategory {
  entityId: string
  name: string
  parentId: number
}

export const useCategoriesStore = defineStore('categories', () => {
  const storeId = ref<number | null>(null)
  const local = shallowRef<CategoryNode[]>([])
  const created = shallowRef<NewCategory[]>([])
  const deleting = shallowRef(new Set<number>())
  const loaded = ref(false)
  const busy = ref(false)
  const error = ref<string | null>(null)
  const session = useGridSessionStore()

  const nodes = computed(() => withStaged(local.value, (id) => session.stagedFields('categories', id)))

  /** Creates and deletes of the active session (the grid-session overlay holds updates only). */
  async function readStructure(id: number): Promise<void> {
    const s = session.active
    const news = new Map<string, NewCategory>()
    const gone = new Set<number>()
    if (s) {
      const page = await api.reviewSession(id, s.id, { resource: 'categories', limit: 1000 })
      for (const r of page.rows) {
        if (r.kind === 'delete' && r.state !== 'applied') gone.add(Number(r.entityId))
        if (r.kind !== 'create' || r.state === 'applied') continue
        const n = news.get(r.entityId) ?? { entityId: r.entityId, name: r.label, parentId: 0 }
        if (r.field === 'name' && typeof r.after === 'string') n.name = r.after
        if (r.field === 'parentId' && typeof r.after === 'number') n.parentId = r.after
        news.set(r.entityId, n)
      }
    }
    created.value = [...news.values()]
    deleting.value = gone
  }

  async function load(id: number | null): Promise<void> {
    storeId.value = id
    if (id === null) return
    try {
      await session.open(id)
      local.value = await api.listCategoryTree(id)
      await readStructure(id)
      error.value = null
    } catch (e) {
      error.value = errorText(e)
    } finally {
      loaded.value = true
    }
  }

  async function act<T>(fn: (id: number, sessionId: string) => Promise<T>): Promise<T | null> {
    const id = storeId.value
    if (id === null) return null
    return tracked(error, (on) => (busy.value = on), async () => {
      const out = await fn(id, (await session.ensureActive(id)).id)
      await session.refresh()
      await readStructure(id)
      return out
    })
  }

  /** Stages edits; the first rejection's message is shown. True when all were staged. */
  async function stage(edits: CellEdit[]): Promise<boolean> {
    if (edits.length === 0) return false
    const result = await session.stage(edits)
    if (!result) {
      error.value = session.error
      return false
    }
    error.value = result.rejected[0]?.message ?? null
    return result.rejected.length === 0
  }

  const setField = (id: number, field: string, value: JsonValue): Promise<boolean> => stage([{ resource: 'categories', entityId: id, field, value }])
  const create = (name: string, parentId: number): Promise<unknown> =>
    act((id, sid) => api.stageCreate(id, sid, 'categories', { name, enabled: true, ...(parentId ? { parentId } : {}) }))
  const remove = (categoryId: number): Promise<unknown> => act((id, sid) => api.stageDeletes(id, sid, 'categories', [categoryId]))

  return { storeId, local, nodes, created, deleting, loaded, busy, error, session, load, reload: () => load(storeId.value), stage, setField, create, remove }
})
