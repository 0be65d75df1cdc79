// The column names of the product CSV that Ecwid's control panel imports and exports (the "new" catalog
// format, default for stores created after 24.05.2023), with the subset Stockroom reads and writes.
//
// Sources (checked 2026): Ecwid Help Center "Importing products to Ecwid store (legacy)"
//   https://support.ecwid.com/hc/en-us/articles/208079105-Importing-products-to-Ecwid-store-legacy
//   (announces the new format and its row-type column `type`; Ecwid accepts comma/semicolon/tab,
//   several charsets, dot decimals without thousands separators), and the header row of files
//   exported by Ecwid's control panel as reproduced in public repositories (e.g. a generator of a
//   full Ecwid catalog file and Ecwid-export readers): row types `product`, `product_option`,
//   `product_variation` (and `category` in full-catalog files); one `product_option` row per choice;
//   `product_variation_option_<Option name>` columns carry a variation's choice per option.
// Unverified details are marked "assumed" below; the mapping treats unknown Ecwid columns as ignored.

import type { ColumnDef } from '../types'
import { PRODUCT_FIELDS } from '@shared/model/schema'
import { ecwidColumnsByHeader } from './descriptor-columns'
import { col } from './format'

export const ECWID_ROW_TYPES = ['product', 'product_option', 'product_variation', 'category'] as const
export type EcwidRowType = (typeof ECWID_ROW_TYPES)[number]

/** Every column of Ecwid's product export header in Ecwid's order (gallery columns run to _N). */
export const ECWID_PRODUCT_COLUMNS_ALL = [
  'type', 'product_internal_id', 'product_sku', 'product_name', 'product_price', 'product_compare_to_price',
  'product_cost_price', 'product_is_inventory_tracked', 'product_quantity', 'product_quantity_out_of_stock_behaviour',
  'product_low_stock_notification_quantity', 'product_quantity_minimum_allowed_for_purchase',
  'product_quantity_maximum_allowed_for_purchase', 'product_is_available', 'product_media_main_image_url',
  'product_media_main_image_alt', 'product_media_gallery_image_url_N', 'product_media_gallery_image_alt_N',
  'product_description', 'product_category_N', 'product_is_featured', 'product_is_featured_order_by', 'product_brand',
  'product_upc', 'product_ribbon_text', 'product_ribbon_color', 'product_subtitle', 'product_weight',
  'product_is_shipping_required', 'product_length', 'product_width', 'product_height',
  'product_shipping_preparation_time_for_shipping_in_days', 'product_shipping_preparation_time_for_pickup_in_minutes',
  'product_shipping_preparation_time_for_local_delivery_in_minutes', 'product_shipping_preparation_time_for_preorders_in_days',
  'product_shipping_show_delivery_date_on_the_product_page', 'product_shipping_type', 'product_shipping_fixed_rate',
  'product_shipping_method_markup', 'product_shipping_white_list', 'product_shipping_black_list', 'product_taxable',
  'product_enabled_manual_taxes', 'product_tax_class_code', 'product_battery_included', 'product_seo_title',
  'product_seo_description', 'product_related_item_ids', 'product_related_item_skus', 'product_related_items_random',
  'product_related_items_random_category', 'product_related_items_random_number_of_items', 'product_custom_price_enabled',
  'product_subscription_enabled', 'product_subscription_one_time_purchase_enabled', 'product_subscription_one_time_purchase_price',
  'product_subscription_price_with_signup_fee', 'product_subscription_recurring_interval',
  'product_subscription_recurring_interval_count', 'product_google_product_category_code', 'product_attribute_<Name>',
  'product_option_name', 'product_option_type', 'product_option_is_required', 'product_option_value', 'product_option_markup',
  'product_option_is_default_option_selection', 'product_option_swatch_hex_value', 'product_option_swatch_image',
  'product_option_swatch_selector_is_image', 'product_variation_option_<Option name>', 'product_variation_sku',
  'category_internal_id', 'category_path', 'category_is_available', 'category_description', 'category_seo_title',
  'category_seo_description', 'category_image', 'category_image_alt', 'category_order_by', 'source_store_id', 'url',
  'custom_url_slug'
] as const

/** Our option types (REST API) <-> Ecwid CSV's. DROPDOWN and RADIOBUTTONS are seen in Ecwid files; the rest assumed. */
export const ECWID_OPTION_TYPES: Record<string, string> = {
  SELECT: 'DROPDOWN',
  RADIO: 'RADIOBUTTONS',
  CHECKBOX: 'CHECKBOXES',
  TEXTFIELD: 'TEXTFIELD',
  TEXTAREA: 'TEXTAREA',
  DATE: 'DATE',
  FILES: 'FILES',
  SIZE: 'SIZE',
  SWATCHES: 'SWATCHES'
}

const ro = { readOnly: true }
export const VARIATION_OPTION_PREFIX = 'product_variation_option_'
export const GALLERY_COLUMNS_DEFAULT = 10
export const CATEGORY_COLUMNS = 3

/** Ecwid columns that are no single product field: row type, images, category paths, options, variation SKU. */
function specialColumns(galleryColumns: number): Map<string, ColumnDef[]> {
  const gallery: ColumnDef[] = []
  for (let i = 1; i <= galleryColumns; i++) {
    // Image URLs import as the product's staged image list (csv/ecwid-images.ts); alt texts are export-only.
    gallery.push(col(`product_media_gallery_image_url_${i}`, `gallery.${i}.url`, 'string'), col(`product_media_gallery_image_alt_${i}`, `gallery.${i}.alt`, 'string', ro))
  }
  const categories: ColumnDef[] = []
  for (let i = 1; i <= CATEGORY_COLUMNS; i++) categories.push(col(`product_category_${i}`, `category.${i}`, 'string', ro))
  const one = (header: string, field: string, type: ColumnDef['type'], extra: Partial<ColumnDef> = {}): [string, ColumnDef[]] => [header, [col(header, field, type, extra)]]
  return new Map([
    one('type', 'rowType', 'string'),
    one('product_media_main_image_url', 'mainImage.url', 'string'),
    one('product_media_main_image_alt', 'mainImage.alt', 'string', ro),
    ['product_media_gallery_image_url_N', gallery],
    ['product_category_N', categories],
    // Brand and UPC are product attributes on the REST API (attributes[type=BRAND|UPC]).
    one('product_brand', 'brand', 'string', ro),
    one('product_upc', 'upc', 'string', ro),
    one('product_option_name', 'option.name', 'string'),
    one('product_option_type', 'option.type', 'string'),
    one('product_option_is_required', 'option.required', 'boolean'),
    one('product_option_value', 'option.value', 'string'),
    // Assumed: a percent markup is written "10%", an absolute one as a plain number.
    one('product_option_markup', 'option.markup', 'string'),
    one('product_option_is_default_option_selection', 'option.isDefault', 'boolean'),
    one('product_option_swatch_hex_value', 'option.swatchHex', 'string'),
    one('product_variation_sku', 'variation.sku', 'string')
  ])
}

/**
 * Columns Stockroom writes, in Ecwid's header order: product fields from their descriptors'
 * `csv.ecwid`, the rest from specialColumns. Fields without `path` are entity paths already.
 */
export function ecwidProductColumns(galleryColumns = GALLERY_COLUMNS_DEFAULT): ColumnDef[] {
  const fields = ecwidColumnsByHeader(PRODUCT_FIELDS)
  const special = specialColumns(galleryColumns)
  return ECWID_PRODUCT_COLUMNS_ALL.flatMap((h) => special.get(h) ?? (fields.has(h) ? [fields.get(h) as ColumnDef] : []))
}

/** Column for one `product_variation_option_<Name>` header. */
export function variationOptionColumn(name: string): ColumnDef {
  return col(`${VARIATION_OPTION_PREFIX}${name}`, `variationOption.${name}`, 'string')
}

const UNSUPPORTED = new Set<string>(ECWID_PRODUCT_COLUMNS_ALL.filter((h) => !/_N$|</.test(h)))
const UNSUPPORTED_PATTERNS = [/^product_attribute_/, /^product_media_gallery_image_(url|alt)_\d+$/, /^product_category_\d+$/]

/** Ecwid columns Stockroom recognises but does not edit (ignored on import, no "unknown column" warning). */
export function isEcwidUnsupported(header: string): boolean {
  return UNSUPPORTED.has(header) || UNSUPPORTED_PATTERNS.some((re) => re.test(header))
}
