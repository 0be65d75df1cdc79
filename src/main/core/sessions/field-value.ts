// The value of a session field on an entity as the engine compares it: a dot path into Ecwid's JSON,
// except a product's staged image list, which is read from `media.images`. Pure.
import { IMAGES_FIELD, imageSlotsOf, isImageList } from '@shared/model/product-images'
import type { SessionResource } from '@shared/model/session'
import { getPath } from './json-path'

export function fieldValue(resource: SessionResource, entity: unknown, field: string): unknown {
  if (resource === 'products' && field === IMAGES_FIELD) return entity ? imageSlotsOf(entity as Parameters<typeof imageSlotsOf>[0]) : undefined
  return getPath(entity, field)
}

/** A product's staged image list: pushed through the image endpoints, never inside a product write. */
export const isImageChange = (r: { resource: SessionResource; field: string }): boolean => r.resource === 'products' && r.field === IMAGES_FIELD

/**
 * The value as conflict checks compare it. Image lists compare by address only: Ecwid renumbers
 * media ids when an image moves between main and gallery.
 */
export function comparable(resource: SessionResource, field: string, value: unknown): unknown {
  if (resource !== 'products' || field !== IMAGES_FIELD || !isImageList(value)) return value
  return value.map((s) => (s.kind === 'file' ? `file:${s.file}` : s.url))
}
