// Image URL columns of Ecwid's product file (product_media_main_image_url, then
// product_media_gallery_image_url_1..N) become one staged image list per product, the same change the
// gallery editor stages. As in Ecwid's importer, a row that lists images lists all of them: the
// product's images become exactly those, in that order (an image already there keeps its Ecwid id).
import type { Product } from '@shared/model/product'
import { IMAGES_FIELD, imageSlotsOf, type ImageSlot } from '@shared/model/product-images'
import { csvIssue, type CsvIssue, type PlannedChange } from './types'

export const isImageColumnField = (field: string): boolean => field === 'mainImage.url' || /^gallery\.\d+\.url$/.test(field)

/** Main image first, then gallery columns by number; blank cells skipped. Undefined: no image column has a value. */
function listedUrls(values: Record<string, unknown>): string[] | undefined {
  const keys = Object.keys(values).filter(isImageColumnField)
  if (keys.length === 0) return undefined
  const order = (k: string): number => (k === 'mainImage.url' ? 0 : Number(k.split('.')[1]))
  return keys
    .sort((a, b) => order(a) - order(b))
    .map((k) => values[k])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim())
}

/**
 * The staged image list a product row asks for, or null when it leaves the images as they are.
 * `capacity`: image URL columns the file has (main + gallery); images past it were not exported
 * into the file (it had too few columns), so they are kept, not removed.
 */
export function imageChange(product: Product, values: Record<string, unknown>, row: number, capacity: number): PlannedChange | null {
  const urls = listedUrls(values)
  if (urls === undefined) return null
  const before = imageSlotsOf(product)
  const urlOf = (s: ImageSlot): string => (s.kind === 'file' ? '' : s.url)
  const listed = urls.map((url): ImageSlot => before.find((s) => urlOf(s) === url) ?? { kind: 'url', url })
  const after = [...listed, ...before.slice(capacity).filter((s) => !urls.includes(urlOf(s)))]
  if (after.length === before.length && after.every((s, i) => urlOf(s) === urlOf(before[i] as ImageSlot))) return null
  return { resource: 'products', entityId: product.id, field: IMAGES_FIELD, before, after, row }
}

/** A new product's images cannot be uploaded before it exists on Ecwid: said, not silently dropped. */
export function newProductImagesIssue(values: Record<string, unknown>, row: number): CsvIssue | null {
  const urls = listedUrls(values)
  if (!urls || urls.length === 0) return null
  return csvIssue('warning', 'UNSUPPORTED_COLUMN', `Row ${row}: the images of a new product are not imported; add them in the product's panel after the push.`, { row })
}
