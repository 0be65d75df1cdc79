// Registry of CSV formats by id and resource, and the guess of which format a file's header is in.
// Pure lookups; presets (tracking numbers) register here too so the CLI can name them.

import type { CsvResource } from '../types'
import { couponsFlat, customersFlat } from './coupons-customers-flat'
import { ecwidProducts } from './ecwid-products'
import type { CsvFormat, FormatId } from './format'
import { orderItemsFlat, ordersFlat } from './orders-flat'
import { productsFlat } from './products-flat'
import { trackingNumbers } from '../presets/tracking-numbers'

export type { CsvFormat, CsvRecord, ExportContext, FormatId } from './format'

// Formats are generic over their entity; the registry only needs their shared shape.
type AnyFormat = CsvFormat<never>

export const FORMATS: Record<FormatId, AnyFormat> = {
  'products-flat': productsFlat,
  'products-ecwid': ecwidProducts,
  'orders-flat': ordersFlat,
  'order-items-flat': orderItemsFlat,
  'coupons-flat': couponsFlat,
  'customers-flat': customersFlat,
  'orders-tracking': trackingNumbers
}

const DEFAULT_FORMAT: Record<CsvResource, FormatId> = {
  products: 'products-flat',
  orders: 'orders-flat',
  coupons: 'coupons-flat',
  customers: 'customers-flat'
}

export function formatById(id: FormatId): AnyFormat {
  return FORMATS[id]
}

/** Ecwid's own files start with `type` and carry product_* columns; everything else maps onto our flat format. */
export function detectFormat(resource: CsvResource, headers: readonly string[]): FormatId {
  const set = new Set(headers.map((h) => h.trim()))
  if (resource === 'products' && set.has('type') && (set.has('product_internal_id') || set.has('product_sku') || set.has('product_name'))) return 'products-ecwid'
  return DEFAULT_FORMAT[resource]
}
