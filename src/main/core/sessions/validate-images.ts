// Staging check of a product's image list: its shape, and every new address checked as Ecwid would
// fetch it (when the context can reach the network), so a bad link is refused on its cell at once.
import { isImageList, type ImageUrlCheck } from '@shared/model/product-images'
import type { JsonValue } from '@shared/model/session'

export async function validateImages(value: JsonValue | undefined, checkUrls?: (urls: readonly string[]) => Promise<ImageUrlCheck[]>): Promise<string | null> {
  if (value === null || value === undefined) return 'Images need a list: remove images one by one instead.'
  if (!isImageList(value)) return 'Images must be a list of image addresses or chosen files.'
  if (!checkUrls) return null
  const urls = value.flatMap((s) => (s.kind === 'url' ? [s.url] : []))
  const bad = (await checkUrls(urls)).filter((c) => c.message !== null)
  return bad.length === 0 ? null : bad.map((c) => c.message).join(' ')
}
