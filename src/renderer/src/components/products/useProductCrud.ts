// New product, and Duplicate and Delete over the Products grid's selection, staged in the active session like any
// edit; a delete first asks, naming what it takes with it (the core's previewProductDeletes).
import { computed, ref, type Ref } from 'vue'
import type { ProductDeletePreview } from '@shared/model/product-crud'
import type { EntityId } from '@shared/model/session'
import { api } from '../../api'
import type { EntityGrid } from '../../composables/useEntityGrid'
import { errorText } from '../../composables/useErrorText'
import { newProductFields } from './new-product'

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** "Delete 3 products and their 12 variations" (and images), for the confirm button and title. */
export function deleteText(p: ProductDeletePreview): string {
  const what = p.products === 1 ? `“${p.names[0] ?? 'this product'}”` : plural(p.products, 'product', 'products')
  const extras = [p.variations > 0 ? plural(p.variations, 'variation', 'variations') : '', p.images > 0 ? plural(p.images, 'image', 'images') : ''].filter((s) => s !== '')
  const owner = p.products === 1 ? 'its' : 'their'
  return `Delete ${what}${extras.length > 0 ? ` and ${owner} ${extras.join(' and ')}` : ''}`
}

export function useProductCrud(grid: EntityGrid<'products'>, selected: Ref<EntityId[]>) {
  const busy = ref(false)
  const error = ref<string | null>(null)
  const note = ref<string | null>(null)
  const confirming = ref<ProductDeletePreview | null>(null)
  // Variation rows are "productId/combinationId": Duplicate and Delete act on products only.
  const productIds = computed(() => [...new Set(selected.value.map(String).filter((k) => /^\d+$/.test(k)).map(Number))])

  async function run(fn: (storeId: number, sessionId: string) => Promise<string | null>): Promise<void> {
    const id = grid.storeId.value
    if (id === null || grid.readOnly.value || busy.value) return
    busy.value = true
    try {
      const session = await grid.session.ensureActive(id)
      note.value = await fn(id, session.id)
      error.value = null
      await grid.session.refresh()
    } catch (e) {
      error.value = errorText(e)
    } finally {
      busy.value = false
    }
  }

  const randomSku = (): string => Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase()
  /** A new row on top of the grid, staged as a create; the merchant fills it in like any row. */
  const newProduct = (): Promise<void> =>
    run(async (id, sid) => {
      await api.stageCreate(id, sid, 'products', newProductFields(randomSku))
      return 'New product staged at the top of the grid, hidden from the storefront until you tick Enabled; push the session to create it.'
    })

  const duplicate = (): Promise<void> =>
    run(async (id, sid) => {
      const r = await api.stageDuplicates(id, sid, productIds.value)
      const copies = plural(r.entityIds.length, 'copy', 'copies')
      return `Staged ${copies}${r.variations > 0 ? ` with ${plural(r.variations, 'variation', 'variations')}` : ''}; push the session to create them.`
    })

  async function askDelete(): Promise<void> {
    const id = grid.storeId.value
    if (id === null || productIds.value.length === 0) return
    try {
      confirming.value = await api.previewProductDeletes(id, productIds.value)
      error.value = null
    } catch (e) {
      error.value = errorText(e)
    }
  }

  const confirmDelete = (): Promise<void> =>
    run(async (id, sid) => {
      const preview = confirming.value
      confirming.value = null
      await api.stageDeletes(id, sid, 'products', productIds.value)
      return `${preview ? deleteText(preview) : 'Delete'}: staged; push the session to delete.`
    })

  return { busy, error, note, confirming, productIds, newProduct, duplicate, askDelete, confirmDelete, cancelDelete: () => void (confirming.value = null) }
}
