// What a CSV format is: its columns (header, field path, type) and how an entity becomes records.
// Pure definitions; export.ts writes records, mapping/validate/match read the same column list back.

import { getPath } from '../field-path'
import type { ColumnDef, CsvResource } from '../types'

export type FormatId =
  | 'products-flat'
  | 'products-ecwid'
  | 'orders-flat'
  | 'order-items-flat'
  | 'coupons-flat'
  | 'customers-flat'
  | 'orders-tracking'

/** Data some formats need beyond the entity itself (provided by the store; all optional). */
export interface ExportContext {
  /** Ecwid format: option names that get a `product_variation_option_<Name>` column (see scanVariationOptionNames). */
  variationOptionNames?: readonly string[]
  /** Ecwid format: "Parent/Child" path of a category id, for the product_category_N columns. */
  categoryPath?: (id: number) => string | undefined
  /** Ecwid format: how many product_media_gallery_image_url_N columns to write (default 10). */
  galleryColumns?: number
}

/** One output row as typed values keyed by column field (formatting to text happens in export.ts). */
export type CsvRecord = Record<string, unknown>

export interface CsvFormat<E = unknown> {
  id: FormatId
  resource: CsvResource
  label: string
  /** False for report-style formats (one row per order item) that cannot be read back as changes. */
  importable: boolean
  columns(ctx?: ExportContext): readonly ColumnDef[]
  records(entity: E, ctx?: ExportContext): CsvRecord[]
  /** Columns named by the file itself, e.g. Ecwid's product_variation_option_Size. */
  dynamicColumn?(header: string): ColumnDef | undefined
  /** Headers this format knows but Stockroom does not edit: ignored without an "unknown column" warning. */
  knownUnsupported?(header: string): boolean
}

/** Builds a one-row-per-entity format whose fields are plain dot paths into the entity. */
export function flatFormat<E>(id: FormatId, resource: CsvResource, label: string, columns: readonly ColumnDef[]): CsvFormat<E> {
  return {
    id,
    resource,
    label,
    importable: true,
    columns: () => columns,
    records: (entity) => [Object.fromEntries(columns.map((c) => [c.field, getPath(entity, c.field)]))]
  }
}

/** Shorthand for column lists: col('Price', 'price', 'number', { synonyms: [...] }). */
export function col(header: string, field: string, type: ColumnDef['type'], extra: Partial<ColumnDef> = {}): ColumnDef {
  return { header, field, type, ...extra }
}
