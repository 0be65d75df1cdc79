// A staged image list as the review reads it: how many, then each by file name or the last part of
// its address, the first marked as the main image. Pure.
import type { ImageSlot } from '@shared/model/product-images'

function shortName(s: ImageSlot): string {
  if (s.kind === 'file') return `${s.name} (file)`
  try {
    const u = new URL(s.url)
    return u.pathname.split('/').filter(Boolean).pop() ?? u.host
  } catch {
    return s.url
  }
}

export function imageListText(list: readonly ImageSlot[]): string {
  if (list.length === 0) return 'No images'
  const [main, ...rest] = list.map(shortName)
  return `${list.length} image${list.length === 1 ? '' : 's'}: main ${main}${rest.length > 0 ? `; gallery ${rest.join(', ')}` : ''}`
}
