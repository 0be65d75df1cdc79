// What a product delete takes with it, from the local copy: Ecwid deletes a product's variations and
// images with it (https://api-docs.ecwid.com/reference/delete-product); orders keep their lines.
import { AppError } from '@shared/errors'
import type { ProductDeletePreview } from '@shared/model/product-crud'
import type { EntitySource } from '../sessions/ports'
import { combinationsOf, imageCount } from './copies'

const NAMES = 5

export async function previewProductDeletes(source: EntitySource, productIds: readonly number[]): Promise<ProductDeletePreview> {
  const out: ProductDeletePreview = { products: 0, variations: 0, images: 0, names: [] }
  for (const id of new Set(productIds)) {
    const p = await source.get('products', id)
    if (!p) throw new AppError('NOT_FOUND', `Product ${id} is not in the local data any more; sync the store.`)
    out.products++
    out.variations += combinationsOf(p).length
    out.images += imageCount(p)
    if (out.names.length < NAMES) out.names.push(typeof p.name === 'string' && p.name !== '' ? p.name : `Product ${id}`)
  }
  return out
}
