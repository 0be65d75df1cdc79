// Ecwid-compatible products format: a `product` row, then one `product_option` row per option choice,
// then one `product_variation` row per variation, as Ecwid's own export lays them out (see ecwid-columns.ts).

import type { Product, ProductOption, ProductVariation } from '@shared/model/product'
import { PRODUCT_FIELDS, type FieldDescriptor } from '@shared/model/schema'
import { formatNumber } from '../cell-codec'
import { getPath } from '../field-path'
import type { ColumnDef } from '../types'
import { ecwidFieldOf } from './descriptor-columns'
import {
  CATEGORY_COLUMNS,
  ECWID_OPTION_TYPES,
  GALLERY_COLUMNS_DEFAULT,
  VARIATION_OPTION_PREFIX,
  ecwidProductColumns,
  isEcwidUnsupported,
  variationOptionColumn
} from './ecwid-columns'
import type { CsvFormat, CsvRecord, ExportContext } from './format'

const fields: readonly FieldDescriptor[] = Object.values(PRODUCT_FIELDS)
const productEcwidFields = fields.filter((f) => f.csv?.ecwid)
// A variation row's sku column holds its product's SKU; its own goes to product_variation_sku.
const variationEcwidFields = productEcwidFields.filter((f) => f.variation && f.path !== 'sku')

/** Record values of the descriptor fields that have an Ecwid column. */
function fieldValues(entity: Product | ProductVariation, list: readonly FieldDescriptor[]): CsvRecord {
  const out: CsvRecord = {}
  for (const f of list) {
    const value = getPath(entity, f.path)
    out[ecwidFieldOf(f) as string] = f.csv?.ecwid?.negate ? (value === undefined ? undefined : !value) : value
  }
  // Ecwid omits quantity for unlimited stock; a stale count must not be exported with it.
  if (entity.unlimited) out['quantity'] = undefined
  return out
}

const attribute = (p: Product, type: string): string | undefined => p.attributes?.find((a) => a.type === type)?.value

function productRecord(p: Product, ctx: ExportContext): CsvRecord {
  const images = p.media?.images ?? []
  const main = images.find((i) => i.isMain) ?? images[0]
  const rest = images.filter((i) => i !== main)
  const rec: CsvRecord = {
    rowType: 'product',
    ...fieldValues(p, productEcwidFields),
    // A product always has stock tracking on or off: a missing flag reads as tracked, as before.
    inventoryTracked: !p.unlimited,
    'mainImage.url': main?.imageOriginalUrl ?? p.originalImageUrl ?? p.imageUrl,
    'mainImage.alt': main?.alt?.main,
    brand: attribute(p, 'BRAND'),
    upc: attribute(p, 'UPC')
  }
  rest.slice(0, ctx.galleryColumns ?? GALLERY_COLUMNS_DEFAULT).forEach((img, i) => {
    rec[`gallery.${i + 1}.url`] = img.imageOriginalUrl
    rec[`gallery.${i + 1}.alt`] = img.alt?.main
  })
  const categoryIds = p.categoryIds ?? []
  categoryIds.slice(0, CATEGORY_COLUMNS).forEach((id, i) => {
    rec[`category.${i + 1}`] = ctx.categoryPath?.(id)
  })
  return rec
}

/** "10%" for percent markups, a plain number (dot decimal, as Ecwid requires) for absolute ones. */
export function formatMarkup(choice: { priceModifier?: number; priceModifierType?: string }): string {
  const n = choice.priceModifier ?? 0
  return choice.priceModifierType === 'PERCENT' ? `${formatNumber(n, '.')}%` : formatNumber(n, '.')
}

function optionRecords(p: Product, option: ProductOption): CsvRecord[] {
  const base = {
    rowType: 'product_option',
    id: p.id,
    sku: p.sku,
    'option.name': option.name,
    'option.type': ECWID_OPTION_TYPES[option.type] ?? option.type,
    'option.required': option.required ?? false
  }
  const choices = option.choices ?? []
  if (choices.length === 0) return [base]
  return choices.map((c, i) => ({
    ...base,
    'option.value': c.text,
    'option.markup': formatMarkup(c),
    'option.isDefault': option.defaultChoice === i,
    'option.swatchHex': c.hexCodes?.[0]
  }))
}

function variationRecord(p: Product, v: ProductVariation): CsvRecord {
  const rec: CsvRecord = {
    rowType: 'product_variation',
    id: p.id,
    sku: p.sku,
    'variation.sku': v.sku,
    ...fieldValues(v, variationEcwidFields),
    'mainImage.url': v.originalImageUrl ?? v.imageUrl
  }
  for (const o of v.options) rec[`variationOption.${o.name}`] = o.value
  return rec
}

/** Distinct option names used by variations: the dynamic product_variation_option_<Name> columns. */
export async function scanVariationOptionNames(products: AsyncIterable<Product> | Iterable<Product>): Promise<string[]> {
  const names = new Set<string>()
  for await (const p of products) for (const v of p.combinations ?? []) for (const o of v.options) names.add(o.name)
  return [...names]
}

export const ecwidProducts: CsvFormat<Product> = {
  id: 'products-ecwid',
  resource: 'products',
  label: 'Products (Ecwid import/export format)',
  importable: true,
  columns(ctx = {}): ColumnDef[] {
    const cols = ecwidProductColumns(ctx.galleryColumns)
    const at = cols.findIndex((c) => c.header === 'product_variation_sku')
    cols.splice(at, 0, ...(ctx.variationOptionNames ?? []).map(variationOptionColumn))
    return cols
  },
  records(p, ctx = {}) {
    const known = new Set(ctx.variationOptionNames ?? [])
    for (const v of p.combinations ?? []) {
      const missing = v.options.find((o) => !known.has(o.name))
      // A silently dropped column would lose the variation's identity in Ecwid's importer.
      if (missing) throw new Error(`Variation option "${missing.name}" of product ${p.id} has no column: pass variationOptionNames (scanVariationOptionNames)`)
    }
    return [productRecord(p, ctx), ...(p.options ?? []).flatMap((o) => optionRecords(p, o)), ...(p.combinations ?? []).map((v) => variationRecord(p, v))]
  },
  dynamicColumn: (header) => (header.startsWith(VARIATION_OPTION_PREFIX) && header.length > VARIATION_OPTION_PREFIX.length ? variationOptionColumn(header.slice(VARIATION_OPTION_PREFIX.length)) : undefined),
  knownUnsupported: isEcwidUnsupported
}
