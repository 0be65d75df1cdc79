// Stockroom's "flat" products format: one row per product, our own readable column names.
// Definitions only; synonyms feed automatic header mapping for arbitrary merchant files.

import type { Product } from '@shared/model/product'
import { col, flatFormat } from './format'

const ro = { readOnly: true }

export const PRODUCT_FLAT_COLUMNS = [
  col('ID', 'id', 'integer', { ...ro, identity: 'id', synonyms: ['product id', 'product_internal_id', 'internal id', 'ecwid id'] }),
  col('SKU', 'sku', 'string', { identity: 'sku', synonyms: ['product_sku', 'product code', 'item code', 'article number', 'part number', 'variant sku'] }),
  col('Name', 'name', 'string', { synonyms: ['product_name', 'product name', 'title', 'product title', 'item name', 'item'] }),
  col('Price', 'price', 'number', { synonyms: ['product_price', 'unit price', 'regular price', 'retail price', 'sale price', 'selling price'] }),
  col('Compare-to price', 'compareToPrice', 'number', { synonyms: ['product_compare_to_price', 'compare at price', 'list price', 'msrp', 'old price', 'was price'] }),
  col('Cost price', 'costPrice', 'number', { synonyms: ['product_cost_price', 'cost', 'cost per item', 'purchase price', 'unit cost'] }),
  col('Quantity', 'quantity', 'integer', { synonyms: ['product_quantity', 'qty', 'stock', 'inventory', 'stock level', 'on hand', 'quantity in stock', 'stock quantity', 'available quantity'] }),
  col('Unlimited stock', 'unlimited', 'boolean', { synonyms: ['unlimited', 'untracked', 'do not track inventory'] }),
  col('In stock', 'inStock', 'boolean', ro),
  col('Enabled', 'enabled', 'boolean', { synonyms: ['product_is_available', 'visible', 'published', 'active', 'available', 'is available', 'for sale'] }),
  col('Low-stock warning', 'warningLimit', 'integer', { synonyms: ['product_low_stock_notification_quantity', 'low stock', 'reorder level', 'warning limit'] }),
  col('Weight', 'weight', 'number', { synonyms: ['product_weight', 'shipping weight'] }),
  col('Length', 'dimensions.length', 'number', { synonyms: ['product_length'] }),
  col('Width', 'dimensions.width', 'number', { synonyms: ['product_width'] }),
  col('Height', 'dimensions.height', 'number', { synonyms: ['product_height'] }),
  col('Requires shipping', 'isShippingRequired', 'boolean', { synonyms: ['product_is_shipping_required', 'shipping required', 'requires shipping', 'tangible'] }),
  col('Taxable', 'tax.taxable', 'boolean', { synonyms: ['product_taxable', 'charge tax'] }),
  col('Category IDs', 'categoryIds', 'integer-list', { synonyms: ['category ids', 'categories ids'] }),
  col('Default category ID', 'defaultCategoryId', 'integer', { synonyms: ['main category id'] }),
  col('Tags', 'tags', 'string-list', { synonyms: ['tag', 'labels'] }),
  col('SEO title', 'seoTitle', 'string', { synonyms: ['product_seo_title', 'meta title', 'page title'] }),
  col('SEO description', 'seoDescription', 'string', { synonyms: ['product_seo_description', 'meta description'] }),
  col('Custom URL slug', 'customSlug', 'string', { synonyms: ['custom_url_slug', 'slug', 'handle', 'url key'] }),
  col('Description', 'description', 'html', { synonyms: ['product_description', 'body', 'body html', 'long description', 'details'] }),
  col('URL', 'url', 'string', ro),
  col('Created', 'created', 'date', ro),
  col('Updated', 'updated', 'date', ro)
] as const

export const productsFlat = flatFormat<Product>('products-flat', 'products', 'Products (Stockroom columns)', PRODUCT_FLAT_COLUMNS)
