// Products' variations as child rows in the Products grid, right below their product: the products
// window source is wrapped so that row indexes count the children of expanded products. Each expanded
// product's rank in the current search/filters/sort comes from main (rankProducts), so children follow
// their product through every sort and filter; their values come with the product row itself.
import { computed, ref, shallowRef, watch, type ComputedRef } from 'vue'
import type { ProductQuery, ProductRank, ProductRow, VariationRow } from '@shared/model/grid'
import { PRODUCT_FIELDS, type FieldDescriptor } from '@shared/model/schema'
import type { JsonValue } from '@shared/model/session'
import { api } from '../api'
import type { CellEdit, CellStateFn, GridColumn, GridDataSource, RowKey } from '../components/grid/types'
import type { EntityGrid } from './useEntityGrid'
import { errorText } from './useErrorText'
import { flatLayout, slotIn, type Slot } from '../components/grid-views/variation-slots'

/** A child row: product-shaped so the products' columns read it, with the variation it stands for. */
export type GridProductRow = ProductRow & { variationOf?: { productId: number; combinationId: number; key: string; options: string } }

/** Product columns a variation has its own value in (the descriptor's `grid.variation` fields). */
const VARIATION_FIELDS = new Set((Object.entries(PRODUCT_FIELDS) as [string, FieldDescriptor][]).filter(([, f]) => f.grid?.variation).map(([k]) => k))

export const isVariationRow = (row: GridProductRow | undefined): boolean => row?.variationOf !== undefined

/** The child row for one variation, with this session's staged values on top. */
function childRow(parent: ProductRow, v: VariationRow, staged: ReadonlyMap<string, JsonValue | null> | undefined): GridProductRow {
  const key = `${parent.id}/${v.id}`
  const row: GridProductRow = {
    ...parent,
    ...v,
    id: parent.id,
    // A variation without its own price sells at the product's.
    price: v.price ?? parent.price,
    name: `↳ ${v.options || v.sku || `variation ${v.id}`}`,
    variationCount: 0,
    variations: [],
    variationOf: { productId: parent.id, combinationId: v.id, key, options: v.options }
  } as GridProductRow
  for (const [field, value] of staged ?? []) if (VARIATION_FIELDS.has(field)) Object.assign(row, { [field]: value })
  return row
}

export function useVariationRows(grid: EntityGrid<'products'>) {
  const expanded = ref(new Set<number>())
  const all = ref(false)
  const ranks = shallowRef<ProductRank[]>([])
  // The query the ranks were read for: after a new sort or filter, old ranks would put children under
  // the wrong products, so rows wait (placeholders) until the new ranks are in.
  const queryKey = computed(() => `${grid.storeId.value}|${JSON.stringify(grid.query.value)}`)
  const ranksKey = ref('')
  const error = ref<string | null>(null)
  const layout = computed(() => flatLayout(ranks.value))
  const childCount = computed(() => ranks.value.reduce((n, r) => n + r.variations, 0))

  let generation = 0
  async function refreshRanks(): Promise<void> {
    const id = grid.storeId.value
    const gen = ++generation
    const key = queryKey.value
    if (id === null || (!all.value && expanded.value.size === 0)) {
      ranks.value = []
      ranksKey.value = key
      return
    }
    try {
      const next = await api.rankProducts(id, { ...grid.query.value, offset: 0, limit: 0 } as ProductQuery, all.value ? null : [...expanded.value])
      if (gen === generation) {
        ranks.value = next.filter((r) => r.variations > 0)
        ranksKey.value = key
        error.value = null
      }
    } catch (e) {
      if (gen === generation) error.value = errorText(e)
    }
  }
  // Ranks follow the query, the store, a changed local copy (a sync or push: counts may move) and the expansion.
  watch(() => [queryKey.value, all.value, [...expanded.value].join(',')], () => void refreshRanks())
  watch(grid.total, () => void refreshRanks())

  const slotAt = (i: number): Slot => slotIn(layout.value, i)

  const base = grid.source
  /** A variation's staged values, with an import preview's accepted file values on top. */
  function childValues(key: string): ReadonlyMap<string, JsonValue | null> | undefined {
    const staged = grid.session.stagedFields('variations', key)
    const previewed = grid.previewValues(key)
    return previewed && previewed.size > 0 ? new Map([...(staged ?? []), ...previewed]) : staged
  }
  const source: GridDataSource<GridProductRow> = {
    get total() {
      return base.total + childCount.value
    },
    rowAt(i) {
      if (ranksKey.value !== queryKey.value && (all.value || expanded.value.size > 0)) return undefined
      const slot = slotAt(i)
      const product = base.rowAt(slot.product)
      if (!('child' in slot) || product === undefined) return product
      const v = product.variations[slot.child]
      return v === undefined ? undefined : childRow(product, v, childValues(`${product.id}/${v.id}`))
    },
    ensureRange(start, end) {
      base.ensureRange(slotAt(start).product, slotAt(Math.max(start, end - 1)).product + 1)
    },
    prefetch(start, end) {
      base.prefetch?.(slotAt(start).product, slotAt(Math.max(start, end - 1)).product + 1)
    },
    rowKey: (r) => r.variationOf?.key ?? r.id
  }

  const childKey = (key: RowKey): boolean => typeof key === 'string' && key.includes('/')
  const cellState: CellStateFn = (rowKey, columnKey) => {
    if (!childKey(rowKey)) return grid.cellState(rowKey, columnKey)
    const error = grid.session.errorOf('variations', rowKey, columnKey)
    const staged = grid.session.isStaged('variations', rowKey, columnKey)
    const preview = grid.previewState(rowKey, columnKey)
    if (preview) return { staged, error, preview }
    return error || staged ? { staged, error } : undefined
  }

  /** Product cells stage as products; child cells as their variation ('variations', "productId/combinationId"). */
  async function onEdit(edits: CellEdit[]): Promise<unknown> {
    const products = edits.filter((e) => !childKey(e.rowKey))
    // A product-only column pasted over child rows has nothing to change there.
    const variations = edits.filter((e) => childKey(e.rowKey) && VARIATION_FIELDS.has(e.columnKey))
    if (products.length > 0) await grid.onEdit(products)
    if (variations.length === 0 || grid.readOnly.value) return null
    return grid.session.stage(variations.map((e) => ({ resource: 'variations', entityId: String(e.rowKey), field: e.columnKey, value: e.value })))
  }

  /** The products' columns, with only a variation's own fields editable on child rows. */
  function columnsFor(columns: readonly GridColumn<ProductRow>[]): GridColumn<GridProductRow>[] {
    return columns.map((c) => {
      const own = VARIATION_FIELDS.has(c.key)
      const editable = (r: GridProductRow): boolean => {
        if (r.variationOf && !own) return false
        return typeof c.editable === 'function' ? c.editable(r) : c.editable === true
      }
      if (c.key === 'variationCount') {
        // ▸ collapsed, ▾ showing its variations below (Alt+→ / Alt+← or "Show variations").
        const marker = (r: GridProductRow): string => (r.variationOf || r.variationCount === 0 ? '' : `${isExpanded(r.id) ? '▾' : '▸'} ${r.variationCount}`)
        return { ...c, type: 'text', align: 'end', editable: false, value: marker, format: undefined }
      }
      return { ...c, editable }
    })
  }

  function setExpanded(ids: readonly number[], open: boolean): void {
    const next = new Set(expanded.value)
    for (const id of ids) {
      if (open) next.add(id)
      else next.delete(id)
    }
    if (!open) all.value = false
    expanded.value = next
  }
  const isExpanded = (id: number): boolean => all.value || expanded.value.has(id)

  return {
    source,
    cellState,
    onEdit,
    columnsFor,
    /** Shows or hides the variations of these products (child row keys count as their product). */
    toggle(keys: readonly RowKey[]): void {
      const ids = [...new Set(keys.map((k) => Number(String(k).split('/')[0])).filter((n) => Number.isSafeInteger(n) && n > 0))]
      if (ids.length === 0) return
      setExpanded(ids, !ids.every(isExpanded))
    },
    expandAll(): void {
      all.value = true
    },
    collapseAll(): void {
      all.value = false
      expanded.value = new Set()
    },
    isExpanded,
    anyExpanded: computed(() => all.value || expanded.value.size > 0) as ComputedRef<boolean>,
    allExpanded: computed(() => all.value) as ComputedRef<boolean>,
    childCount,
    error,
    /** The product a row belongs to (itself for a product row), for the side panel. */
    productOf(row: GridProductRow | undefined): ProductRow | undefined {
      if (!row?.variationOf) return row
      const { productId } = row.variationOf
      return grid.rowByKey(productId)
    }
  }
}
