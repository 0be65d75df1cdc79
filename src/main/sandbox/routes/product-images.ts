// Sandbox product image endpoints: main image and gallery uploads (binary body or externalUrl),
// deletes, and the bulk media update that sets the whole gallery in order. Shapes and limits from
// https://docs.ecwid.com/api-reference/rest-api/products/product-images-and-videos (upload main
// product image, upload gallery product image, delete main/gallery/all gallery images, bulk update
// product images and videos). Uploaded files are served by the sandbox at /images/.

import type { Product, ProductImage } from '../../../shared/model/product'
import { EcwidHttpError, badRequest, notFound } from '../errors'
import { ImageFiles, downloadImage } from '../image-files'
import type { Route, RouteContext } from '../router'
import { productIndexOrThrow } from './products'

/**
 * What the server hands a `rawBody` route: the request's bytes and declared type. A batch sub-request
 * carries JSON only ("Sending binary data in the request body is not supported", create-batch-request),
 * so there only externalUrl uploads work.
 */
export interface RawBody {
  bytes: Buffer
  contentType: string
}

export function isRawBody(b: unknown): b is RawBody {
  return typeof b === 'object' && b !== null && Buffer.isBuffer((b as RawBody).bytes)
}

function imagesOf(ctx: RouteContext): ImageFiles {
  const files = ctx.services.images
  if (!(files instanceof ImageFiles)) throw new Error('sandbox started without an image store')
  return files
}

/**
 * The image of an upload: externalUrl wins over the body ("Ecwid will ignore any binary file data"),
 * else the body must be binary: "415 Unsupported content-type: expected application/octet-stream"
 * (the documented examples also send image/jpeg, so image/* passes too).
 */
async function uploadedUrl(ctx: RouteContext): Promise<string> {
  const files = imagesOf(ctx)
  const external = ctx.query.get('externalUrl')
  if (external !== null && external !== '') return files.put(ctx.state.storeId, await downloadImage(external))
  const raw = isRawBody(ctx.body) ? ctx.body : undefined
  const type = (raw?.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (raw && raw.bytes.length > 0 && type !== 'application/octet-stream' && !type.startsWith('image/')) {
    throw new EcwidHttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported content-type: expected application/octet-stream')
  }
  if (!raw || raw.bytes.length === 0) throw badRequest('Request body is empty: send the image file or externalUrl')
  return files.put(ctx.state.storeId, raw.bytes)
}

function imageEntry(id: string, url: string, orderBy: number, isMain: boolean): ProductImage {
  return { id, isMain, orderBy, image160pxUrl: url, image400pxUrl: url, image800pxUrl: url, image1500pxUrl: url, imageOriginalUrl: url }
}

/** Ecwid mirrors the main image in the product's top-level URL fields. */
function setMainFields(p: Product, url: string | undefined): void {
  for (const k of ['imageUrl', 'thumbnailUrl', 'smallThumbnailUrl', 'hdThumbnailUrl', 'originalImageUrl'] as const) {
    if (url === undefined) delete p[k]
    else p[k] = url
  }
}

/** A gallery image: an existing one keeps its id, a new one (no id) gets the next free id. */
interface Slot {
  id?: string
  url: string
}

/** Main first (id "0"), then the gallery in the given order, orderBy 1, 2, ... as Ecwid lists them. */
function setImages(p: Product, main: string | undefined, gallery: readonly Slot[]): { galleryIds: string[] } {
  const images: ProductImage[] = []
  if (main !== undefined) images.push(imageEntry('0', main, 0, true))
  let next = Math.max(0, ...(p.media?.images ?? []).map((i) => Number(i.id) || 0), ...gallery.map((g) => Number(g.id) || 0)) + 1
  const galleryIds = gallery.map((g, k) => {
    const id = g.id ?? String(next++)
    images.push(imageEntry(id, g.url, k + 1, false))
    return id
  })
  p.media = { images, videos: p.media?.videos ?? [] }
  setMainFields(p, main)
  return { galleryIds }
}

const mainUrl = (p: Product): string | undefined => p.media?.images.find((i) => i.isMain)?.imageOriginalUrl
const gallerySlots = (p: Product): Slot[] =>
  (p.media?.images ?? []).filter((i) => !i.isMain).sort((a, b) => (a.orderBy ?? 0) - (b.orderBy ?? 0)).map((i) => ({ id: i.id, url: i.imageOriginalUrl ?? '' }))

function product(ctx: RouteContext): { index: number; p: Product } {
  const index = productIndexOrThrow(ctx.state, ctx.params.id)
  return { index, p: ctx.state.products.get(index) as Product }
}

/** A URL of one of the product's own images keeps that image; any other is downloaded anew. */
async function resolveMediaUrl(ctx: RouteContext, p: Product, url: unknown): Promise<string> {
  if (typeof url !== 'string' || url === '') throw new EcwidHttpError(422, 'WRONG_URL', "That link doesn't look right")
  const own = (p.media?.images ?? []).find((i) => [i.imageOriginalUrl, i.image1500pxUrl, i.image800pxUrl, i.image400pxUrl, i.image160pxUrl].includes(url))
  if (own?.imageOriginalUrl) return own.imageOriginalUrl
  return imagesOf(ctx).put(ctx.state.storeId, await downloadImage(url))
}

type MediaResult = { success: true; id: string } | { success: false; errorCode: string; errorMessage: string }

async function tryResolve(ctx: RouteContext, p: Product, url: unknown): Promise<{ url?: string; result: MediaResult }> {
  try {
    return { url: await resolveMediaUrl(ctx, p, url), result: { success: true, id: '' } }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    return { result: { success: false, errorCode: 'DOWNLOAD_IMAGE_FAILED', errorMessage: message } }
  }
}

async function bulkMedia(ctx: RouteContext): Promise<{ body: unknown }> {
  const { index, p } = product(ctx)
  const b = ctx.body
  if (typeof b !== 'object' || b === null || Array.isArray(b)) throw badRequest('Request body should be a JSON object')
  const { mainMedia, galleryMedia } = b as { mainMedia?: unknown; galleryMedia?: unknown }
  if (mainMedia == null && galleryMedia == null) throw badRequest('Either mainMedia or galleryMedia is required')
  if (galleryMedia != null && !Array.isArray(galleryMedia)) throw badRequest('galleryMedia should be an array')
  if (mainMedia != null && (typeof mainMedia !== 'object' || Array.isArray(mainMedia))) throw badRequest('mainMedia should be an object')
  // "Empty or null value commits no changes"; an object without imageUrl deletes the main image.
  let main = mainUrl(p)
  let mainResult: MediaResult | undefined
  if (mainMedia != null) {
    const wanted = (mainMedia as { imageUrl?: unknown }).imageUrl
    if (wanted === undefined) main = undefined
    else {
      const r = await tryResolve(ctx, p, wanted)
      mainResult = r.result
      if (r.url) main = r.url
    }
  }
  let gallery = gallerySlots(p)
  const galleryResults: MediaResult[] = []
  if (Array.isArray(galleryMedia)) {
    gallery = []
    for (const item of galleryMedia as unknown[]) {
      const r = await tryResolve(ctx, p, (item as { imageUrl?: unknown } | null)?.imageUrl)
      galleryResults.push(r.result)
      // The same image listed again keeps its id (first listing); otherwise it is a new file.
      const own = r.url === undefined ? undefined : gallerySlots(p).find((g) => g.url === r.url && !gallery.some((x) => x.id === g.id))
      if (r.url) gallery.push({ id: own?.id, url: r.url })
    }
  }
  let ids: { galleryIds: string[] } = { galleryIds: [] }
  ctx.state.updateProduct(index, (q) => {
    ids = setImages(q, main, gallery)
    // "galleryMedia array overrides current gallery of product images and videos".
    if (Array.isArray(galleryMedia) && q.media) q.media.videos = []
  })
  let k = 0
  for (const r of galleryResults) if (r.success) r.id = ids.galleryIds[k++] ?? ''
  if (mainResult?.success) mainResult.id = '0'
  return { body: { ...(mainResult ? { mainMedia: mainResult } : {}), ...(Array.isArray(galleryMedia) ? { galleryMedia: galleryResults } : {}) } }
}

export const productImageRoutes: Route[] = [
  {
    // Upload main product image: replaces the existing main image. Answer {id}.
    method: 'POST', path: '/products/:id/image', scope: 'update_catalog', rawBody: true,
    handler: async (ctx) => {
      const { index, p } = product(ctx)
      const url = await uploadedUrl(ctx)
      ctx.state.updateProduct(index, (q) => void setImages(q, url, gallerySlots(p)))
      return { body: { id: 0 } }
    }
  },
  {
    // Upload gallery product image: appended at the end of the gallery. Answer {id}.
    method: 'POST', path: '/products/:id/gallery', scope: 'update_catalog', rawBody: true,
    handler: async (ctx) => {
      const { index, p } = product(ctx)
      const url = await uploadedUrl(ctx)
      let ids: string[] = []
      ctx.state.updateProduct(index, (q) => {
        ids = setImages(q, mainUrl(p), [...gallerySlots(p), { url }]).galleryIds
      })
      return { body: { id: Number(ids[ids.length - 1]) } }
    }
  },
  {
    method: 'DELETE', path: '/products/:id/image', scope: 'update_catalog',
    handler: (ctx) => {
      const { index, p } = product(ctx)
      const had = mainUrl(p) !== undefined
      ctx.state.updateProduct(index, (q) => void setImages(q, undefined, gallerySlots(p)))
      return { body: { deleteCount: had ? 1 : 0 } }
    }
  },
  {
    method: 'DELETE', path: '/products/:id/gallery', scope: 'update_catalog',
    handler: (ctx) => {
      const { index, p } = product(ctx)
      const count = gallerySlots(p).length
      ctx.state.updateProduct(index, (q) => void setImages(q, mainUrl(p), []))
      return { body: { deleteCount: count } }
    }
  },
  {
    method: 'DELETE', path: '/products/:id/gallery/:fileId', scope: 'update_catalog',
    handler: (ctx) => {
      const { index, p } = product(ctx)
      const gallery = gallerySlots(p)
      if (!gallery.some((g) => g.id === ctx.params.fileId)) throw notFound('IMAGE_NOT_FOUND', `Gallery image #${ctx.params.fileId ?? ''} not found in product #${p.id}`)
      ctx.state.updateProduct(index, (q) => void setImages(q, mainUrl(p), gallery.filter((g) => g.id !== ctx.params.fileId)))
      return { body: { deleteCount: 1 } }
    }
  },
  { method: 'PUT', path: '/products/:id/media', scope: 'update_catalog', handler: bulkMedia }
]
