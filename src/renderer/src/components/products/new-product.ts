// "New product": what the button stages (Ecwid's create needs a name; a SKU keeps it findable) and a
// staged create as a Products grid row, pinned on top until a push creates it (useNewRows).
import type { JsonValue } from '@shared/model/session'
import type { StagedFields } from '../../composables/useNewRows'
import type { GridProductRow } from '../../composables/useVariationRows'

/** Hidden until the merchant enables it: a half-filled product at price 0 should not go on sale. */
export function newProductFields(random: () => string): Record<string, JsonValue> {
  return { name: 'New product', sku: `NEW-${random()}`, price: 0, quantity: 0, unlimited: false, enabled: false }
}

export function newProductRow(entityId: string, f: StagedFields): GridProductRow {
  const text = (k: string): string => (typeof f.get(k) === 'string' ? (f.get(k) as string) : '')
  const num = (k: string): number | null => (typeof f.get(k) === 'number' ? (f.get(k) as number) : null)
  const flag = (k: string, otherwise: boolean): boolean => (typeof f.get(k) === 'boolean' ? (f.get(k) as boolean) : otherwise)
  const ids = f.get('categoryIds')
  const quantity = num('quantity')
  const unlimited = flag('unlimited', false)
  return {
    // Every other staged field under its own name (weight, compare-to price, …), then the row's shape.
    ...Object.fromEntries(f),
    // A staged product's key is its "new:<uuid>" id: the grid and the engine address it by that.
    id: entityId as unknown as number,
    name: text('name'),
    sku: text('sku'),
    price: num('price') ?? 0,
    quantity,
    unlimited,
    inStock: unlimited || (quantity ?? 0) > 0,
    enabled: flag('enabled', false),
    thumbnailUrl: null,
    categoryIds: Array.isArray(ids) ? ids.filter((n): n is number => typeof n === 'number') : [],
    categories: [],
    variationCount: 0,
    variations: [],
    created: null,
    updated: null
  } as unknown as GridProductRow
}
