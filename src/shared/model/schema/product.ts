// Product fields as Ecwid's REST API v3 names them, described once for every layer.
// Declaration order is the flat CSV's column order; PRODUCT_GRID_LAYOUT below orders the grid.
// Ecwid: https://api-docs.ecwid.com/reference/update-product (writable fields, "0 by default" values).
import type { FieldDescriptor } from './types'

const DOC = 'https://api-docs.ecwid.com/reference/update-product'
const DIMENSION_CLEAR = { refuse: 'Ecwid cannot remove a dimension through its API. Enter 0 instead.', doc: DOC }
const STOCK_SPECIAL = 'blank when stock is unlimited: Ecwid omits quantity then'

export const PRODUCT_FIELDS = {
  id: {
    path: 'id', always: true, type: 'integer', edit: 'read-only', label: 'ID', grid: { title: 'ID', width: 80, filter: 'number' },
    csv: { flat: { header: 'ID', identity: 'id', synonyms: ['product id', 'product_internal_id', 'internal id', 'ecwid id'] }, ecwid: { header: 'product_internal_id' } },
    store: { column: 'id', indexed: true }
  },
  sku: {
    path: 'sku', always: true, type: 'text', edit: 'editable', label: 'SKU', say: 'SKU', validate: { required: true, max: 255, unique: true }, variation: true,
    // One SKU on many products is refused by the engine: no bulk edit of SKUs.
    grid: { title: 'SKU', width: 120, filter: 'text', variation: { title: 'SKU', width: 96 } },
    csv: { flat: { header: 'SKU', identity: 'sku', synonyms: ['product_sku', 'product code', 'item code', 'article number', 'part number', 'variant sku'] }, ecwid: { header: 'product_sku' } },
    store: { column: 'sku', indexed: true, variationColumn: 'sku', naturalSort: true }
  },
  name: {
    path: 'name', always: true, type: 'text', edit: 'editable', label: 'Name', say: 'Name', validate: { required: true, max: 255, onCreate: true },
    grid: { title: 'Name', width: 240, filter: 'text', bulk: { set: 4, replace: 1 } },
    csv: { flat: { header: 'Name', synonyms: ['product_name', 'product name', 'title', 'product title', 'item name', 'item'] }, ecwid: { header: 'product_name' } },
    store: { column: 'name', indexed: true, naturalSort: true }
  },
  price: {
    path: 'price', always: true, type: 'money', edit: 'editable', label: 'Price', say: 'Price', variation: true,
    special: 'a cleared price is refused with its own message (0 is a free product)',
    grid: { title: 'Price', width: 110, format: 'money', filter: 'number', bulk: { set: 1, adjust: 1 }, variation: { title: 'Price', width: 76 } },
    csv: { flat: { header: 'Price', synonyms: ['product_price', 'unit price', 'regular price', 'retail price', 'sale price', 'selling price'] }, ecwid: { header: 'product_price' } },
    store: { column: 'price', indexed: true, variationColumn: 'price', missing: 0 }
  },
  compareToPrice: {
    path: 'compareToPrice', type: 'money', edit: 'editable', label: 'Compare-to price', say: 'Compare-to price', variation: true,
    // "Product's sale price displayed strike-out": 0 shows no strike-out price.
    clear: { send: 0, doc: DOC },
    grid: { title: 'Compare-to', width: 110, format: 'money', filter: 'number', bulk: { set: 2, adjust: 2 }, variation: { title: 'Compare-to', width: 80 } },
    csv: { flat: { header: 'Compare-to price', synonyms: ['product_compare_to_price', 'compare at price', 'list price', 'msrp', 'old price', 'was price'] }, ecwid: { header: 'product_compare_to_price' } },
    store: { column: 'compare_to_price', indexed: false }
  },
  costPrice: {
    path: 'costPrice', type: 'money', edit: 'editable', label: 'Cost price', say: 'Cost price', variation: true,
    // "A positive number, 0 by default."
    clear: { send: 0, doc: DOC },
    csv: { flat: { header: 'Cost price', synonyms: ['product_cost_price', 'cost', 'cost per item', 'purchase price', 'unit cost'] }, ecwid: { header: 'product_cost_price' } }
  },
  quantity: {
    path: 'quantity', type: 'integer', edit: 'editable', label: 'Quantity', say: 'Quantity', variation: true, special: STOCK_SPECIAL,
    clear: { refuse: 'Stock cannot be left empty. Enter 0, or set unlimited stock to yes.', doc: DOC },
    grid: { title: 'Quantity', width: 90, filter: 'number', variation: { title: 'Qty', width: 52 } },
    csv: { flat: { header: 'Quantity', synonyms: ['product_quantity', 'qty', 'stock', 'inventory', 'stock level', 'on hand', 'quantity in stock', 'stock quantity', 'available quantity'] }, ecwid: { header: 'product_quantity' } },
    store: { column: 'quantity', indexed: true, variationColumn: 'quantity' }
  },
  unlimited: {
    path: 'unlimited', always: true, type: 'boolean', edit: 'editable', label: 'Unlimited stock', variation: true,
    grid: { title: 'Unlimited', width: 80, filter: 'boolean', variation: { title: '∞', width: 36, say: 'Unlimited' } },
    csv: { flat: { header: 'Unlimited stock', synonyms: ['unlimited', 'untracked', 'do not track inventory'] }, ecwid: { header: 'product_is_inventory_tracked', field: 'inventoryTracked', negate: true } },
    store: { column: 'unlimited', indexed: false, variationColumn: 'unlimited' }
  },
  inStock: {
    path: 'inStock', always: true, type: 'boolean', edit: 'read-only', label: 'In stock',
    grid: { title: 'In stock', width: 72, filter: 'boolean' },
    csv: { flat: { header: 'In stock' } },
    store: { column: 'in_stock', indexed: false }
  },
  enabled: {
    path: 'enabled', always: true, type: 'boolean', edit: 'editable', label: 'Enabled',
    grid: { title: 'Enabled', width: 72, filter: 'boolean' },
    csv: { flat: { header: 'Enabled', synonyms: ['product_is_available', 'visible', 'published', 'active', 'available', 'is available', 'for sale'] }, ecwid: { header: 'product_is_available' } },
    store: { column: 'enabled', indexed: false }
  },
  warningLimit: {
    path: 'warningLimit', type: 'integer', edit: 'editable', label: 'Low-stock warning', say: 'Low-stock warning', variation: true,
    clear: { refuse: 'The low-stock warning cannot be left empty. Enter 0 to turn it off.', doc: DOC },
    grid: { title: 'Low stock at', width: 96, filter: 'number', bulk: { set: 6, adjust: 4 } },
    csv: { flat: { header: 'Low-stock warning', synonyms: ['product_low_stock_notification_quantity', 'low stock', 'reorder level', 'warning limit'] }, ecwid: { header: 'product_low_stock_notification_quantity' } }
  },
  weight: {
    path: 'weight', type: 'number', edit: 'editable', label: 'Weight', validate: { min: 0 }, variation: true,
    clear: { refuse: 'Ecwid cannot remove a weight through its API. Enter 0, or set “Requires shipping” to no for an item that is not shipped.', doc: DOC },
    grid: { title: 'Weight', width: 90, format: 'weight', filter: 'number', bulk: { set: 3, adjust: 3 }, variation: { title: 'Weight', width: 60 } },
    csv: { flat: { header: 'Weight', synonyms: ['product_weight', 'shipping weight'] }, ecwid: { header: 'product_weight' } },
    store: { column: 'weight', indexed: false }
  },
  'dimensions.length': {
    path: 'dimensions.length', type: 'number', edit: 'editable', label: 'Length', validate: { min: 0 }, clear: DIMENSION_CLEAR,
    csv: { flat: { header: 'Length', synonyms: ['product_length'] }, ecwid: { header: 'product_length' } }
  },
  'dimensions.width': {
    path: 'dimensions.width', type: 'number', edit: 'editable', label: 'Width', validate: { min: 0 }, clear: DIMENSION_CLEAR,
    csv: { flat: { header: 'Width', synonyms: ['product_width'] }, ecwid: { header: 'product_width' } }
  },
  'dimensions.height': {
    path: 'dimensions.height', type: 'number', edit: 'editable', label: 'Height', validate: { min: 0 }, clear: DIMENSION_CLEAR,
    csv: { flat: { header: 'Height', synonyms: ['product_height'] }, ecwid: { header: 'product_height' } }
  },
  isShippingRequired: {
    path: 'isShippingRequired', type: 'boolean', edit: 'editable', label: 'Requires shipping',
    grid: { title: 'Shipping', width: 80, filter: 'boolean', bulk: { set: 5 } },
    csv: { flat: { header: 'Requires shipping', synonyms: ['product_is_shipping_required', 'shipping required', 'requires shipping', 'tangible'] }, ecwid: { header: 'product_is_shipping_required' } }
  },
  'tax.taxable': {
    path: 'tax.taxable', type: 'boolean', edit: 'editable', label: 'Taxable',
    csv: { flat: { header: 'Taxable', synonyms: ['product_taxable', 'charge tax'] }, ecwid: { header: 'product_taxable' } }
  },
  'tax.taxClassCode': {
    path: 'tax.taxClassCode', type: 'text', edit: 'editable', label: 'Tax class code',
    csv: { ecwid: { header: 'product_tax_class_code' } }
  },
  // Shipping settings: exported in Ecwid's format for reference, not edited by Stockroom.
  'shipping.type': { path: 'shipping.type', type: 'text', edit: 'read-only', label: 'Shipping type', csv: { ecwid: { header: 'product_shipping_type' } } },
  'shipping.flatRate': { path: 'shipping.flatRate', type: 'number', edit: 'read-only', label: 'Shipping fixed rate', csv: { ecwid: { header: 'product_shipping_fixed_rate' } } },
  'shipping.methodMarkup': { path: 'shipping.methodMarkup', type: 'number', edit: 'read-only', label: 'Shipping method markup', csv: { ecwid: { header: 'product_shipping_method_markup' } } },
  categoryIds: {
    path: 'categoryIds', type: 'ids', edit: 'editable', label: 'Categories', say: 'Categories',
    special: 'the grid shows category names (column "categories") and filters through product_categories',
    csv: { flat: { header: 'Category IDs', synonyms: ['category ids', 'categories ids'] } }
  },
  defaultCategoryId: {
    path: 'defaultCategoryId', type: 'integer', edit: 'editable', label: 'Default category ID',
    clear: { refuse: 'A product always has a default category on Ecwid. Choose another category instead.', doc: DOC },
    csv: { flat: { header: 'Default category ID', synonyms: ['main category id'] } }
  },
  tags: {
    path: 'tags', type: 'list', edit: 'editable', label: 'Tags', ecwidApi: false,
    csv: { flat: { header: 'Tags', synonyms: ['tag', 'labels'] } }
  },
  seoTitle: {
    path: 'seoTitle', type: 'text', edit: 'editable', label: 'SEO title',
    csv: { flat: { header: 'SEO title', synonyms: ['product_seo_title', 'meta title', 'page title'] }, ecwid: { header: 'product_seo_title' } }
  },
  seoDescription: {
    path: 'seoDescription', type: 'text', edit: 'editable', label: 'SEO description',
    csv: { flat: { header: 'SEO description', synonyms: ['product_seo_description', 'meta description'] }, ecwid: { header: 'product_seo_description' } }
  },
  customSlug: {
    path: 'customSlug', type: 'text', edit: 'editable', label: 'Custom URL slug',
    csv: { flat: { header: 'Custom URL slug', synonyms: ['custom_url_slug', 'slug', 'handle', 'url key'] }, ecwid: { header: 'custom_url_slug' } }
  },
  description: {
    path: 'description', type: 'html', edit: 'editable', label: 'Description',
    csv: { flat: { header: 'Description', synonyms: ['product_description', 'body', 'body html', 'long description', 'details'] }, ecwid: { header: 'product_description' } }
  },
  url: {
    path: 'url', type: 'text', edit: 'read-only', label: 'URL',
    csv: { flat: { header: 'URL' }, ecwid: { header: 'url' } }
  },
  created: {
    path: 'created', always: true, type: 'date', edit: 'read-only', label: 'Created', grid: { title: 'Created', width: 150, format: 'date', filter: 'date' },
    csv: { flat: { header: 'Created' } }, store: { column: 'created', indexed: true }
  },
  updated: {
    path: 'updated', always: true, type: 'date', edit: 'read-only', label: 'Updated', grid: { title: 'Updated', width: 150, format: 'date', filter: 'date' },
    csv: { flat: { header: 'Updated' } }, store: { column: 'updated', indexed: true }
  },
  createTimestamp: { path: 'createTimestamp', always: true, type: 'integer', edit: 'read-only', label: 'Created (Unix time)' },
  updateTimestamp: { path: 'updateTimestamp', always: true, type: 'integer', edit: 'read-only', label: 'Updated (Unix time)' },
  // Structures Stockroom passes through but does not edit field by field; the sandbox checks their shape.
  options: { path: 'options', type: 'list', edit: 'ecwid-only', label: 'Options' },
  attributes: { path: 'attributes', type: 'list', edit: 'ecwid-only', label: 'Attributes' },
  wholesalePrices: { path: 'wholesalePrices', type: 'list', edit: 'ecwid-only', label: 'Wholesale prices', variation: true },
  nameTranslated: { path: 'nameTranslated', type: 'nested', edit: 'ecwid-only', label: 'Translated names' },
  descriptionTranslated: { path: 'descriptionTranslated', type: 'nested', edit: 'ecwid-only', label: 'Translated descriptions' },
  dimensions: { path: 'dimensions', type: 'nested', edit: 'ecwid-only', label: 'Dimensions' },
  tax: { path: 'tax', type: 'nested', edit: 'ecwid-only', label: 'Tax' },
  productClassId: { path: 'productClassId', type: 'integer', edit: 'ecwid-only', label: 'Product type id' }
} as const satisfies Readonly<Record<string, FieldDescriptor>>

export type ProductField = keyof typeof PRODUCT_FIELDS

/**
 * The products grid's columns left to right: field names, plus columns that are no single field
 * (thumbnail image, category names, variation count). A field with `grid` not listed here is
 * added after the last listed field column.
 */
export const PRODUCT_GRID_LAYOUT = [
  'thumbnail', 'name', 'sku', 'price', 'compareToPrice', 'quantity', 'unlimited', 'inStock', 'enabled', 'weight',
  'categories', 'variationCount', 'created', 'updated'
] as const
