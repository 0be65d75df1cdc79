// The open store's categories (id, name, path) for pickers, filters and name look-ups; read from
// the local copy once per store and again after each sync.
import { computed, ref } from 'vue'
import type { CategoryOption } from '@shared/model/category'
import { api } from '../api'
import { useConnectionStore } from '../stores/connection'
import { onLocalCopyChange } from './useLocalCopyReads'

const cache = ref<Record<number, CategoryOption[]>>({})

export function useCategories() {
  const connection = useConnectionStore()
  const storeId = computed(() => connection.currentId)

  onLocalCopyChange(async (id) => {
    try {
      const list = await api.listCategories(id)
      cache.value = { ...cache.value, [id]: list }
    } catch {
      // The picker says "no categories" and the grid keeps the names the rows carry.
    }
  })

  const list = computed(() => (storeId.value === null ? [] : (cache.value[storeId.value] ?? [])))
  const byId = computed(() => new Map(list.value.map((c) => [c.id, c])))
  /** Names of category ids; unknown ids show as "#id" rather than vanishing. */
  function names(ids: readonly number[]): string[] {
    return ids.map((id) => byId.value.get(id)?.name ?? `#${id}`)
  }
  return { list, byId, names }
}
