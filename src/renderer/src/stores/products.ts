// The read-only Products preview: the current query (search, sort) and the row windows fetched from
// the local store through queryProducts. View state only; never holds the whole catalogue.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import type { ProductColumn, ProductQuery, ProductRow, SortKey } from '@shared/model/grid'
import { api } from '../api'
import { errorText } from '../composables/useErrorText'

/** Rows per request: a screenful several times over, far under the 500-row cap. */
export const BLOCK = 100

export const useProductsStore = defineStore('products', () => {
  const storeId = ref<number | null>(null)
  const search = ref('')
  const sort = ref<SortKey<ProductColumn>>({ field: 'name', dir: 'asc' })
  const total = ref<number | null>(null)
  const error = ref<string | null>(null)
  const blocks = shallowRef(new Map<number, ProductRow[]>())
  const pending = new Set<number>()
  // Answers for an older query (search typed on, store switched) are dropped, not painted.
  let generation = 0

  const loaded = computed(() => total.value !== null)

  function query(offset: number): ProductQuery {
    return { offset, limit: BLOCK, search: search.value.trim() || undefined, sort: [sort.value] }
  }

  async function fetchBlock(block: number): Promise<void> {
    const id = storeId.value
    if (id === null || pending.has(block) || blocks.value.has(block)) return
    const gen = generation
    pending.add(block)
    try {
      const page = await api.queryProducts(id, query(block * BLOCK))
      if (gen !== generation) return
      total.value = page.total
      blocks.value.set(block, page.rows)
      triggerRef(blocks)
      error.value = null
    } catch (e) {
      if (gen === generation) error.value = errorText(e)
    } finally {
      pending.delete(block)
    }
  }

  function rowAt(index: number): ProductRow | undefined {
    return blocks.value.get(Math.floor(index / BLOCK))?.[index % BLOCK]
  }

  /** Makes sure rows [start, end) are loaded or on their way. */
  function ensureRange(start: number, end: number): void {
    const last = total.value === null ? start : Math.min(end, total.value)
    for (let b = Math.floor(start / BLOCK); b <= Math.floor(Math.max(start, last - 1) / BLOCK); b++) void fetchBlock(b)
  }

  /** Drops every window and reads the first one again (new query, new store, or a finished sync). */
  async function reload(keepTotal = false): Promise<void> {
    generation++
    pending.clear()
    blocks.value = new Map()
    if (!keepTotal) total.value = null
    await fetchBlock(0)
  }

  function open(id: number | null): Promise<void> {
    storeId.value = id
    return reload()
  }

  function setSearch(text: string): Promise<void> {
    search.value = text
    return reload(true)
  }

  function toggleSort(field: ProductColumn): Promise<void> {
    sort.value = sort.value.field === field ? { field, dir: sort.value.dir === 'asc' ? 'desc' : 'asc' } : { field, dir: 'asc' }
    return reload(true)
  }

  return { storeId, search, sort, total, error, loaded, blocks, rowAt, ensureRange, reload, open, setSearch, toggleSort }
})
