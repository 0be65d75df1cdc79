// Stockroom's "flat" products format: one row per product, our own readable column names.
// Definitions only; synonyms feed automatic header mapping for arbitrary merchant files.

import type { Product } from '@shared/model/product'
import { PRODUCT_FIELDS } from '@shared/model/schema'
import { flatColumnsOf } from './descriptor-columns'
import { flatFormat } from './format'

/** Columns, headers and synonyms come from the product field descriptors (shared/model/schema/product.ts). */
export const PRODUCT_FLAT_COLUMNS = flatColumnsOf(PRODUCT_FIELDS)

export const productsFlat = flatFormat<Product>('products-flat', 'products', 'Products (Stockroom columns)', PRODUCT_FLAT_COLUMNS)
