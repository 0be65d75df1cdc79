// The push of staged image lists: after the field writes, each product's list is made true on Ecwid
// through the image endpoints, one call at a time: Ecwid's batch API does not carry binary bodies
// (api-docs.ecwid.com/reference/create-batch-request, "Uploading product files or images"). New addresses are checked
// first: a bad one fails that change with a message and nothing of it is sent. Local files are
// uploaded to the gallery, then PUT /products/{id}/media sets main image and gallery in order.
// The whole list is sent each time, so a resent change lands on the same result. No electron import.
import { isAppError } from '@shared/errors'
import { imageSlotsOf, isImageList, slotName, type ImageSlot, type ImageUrlCheck } from '@shared/model/product-images'
import type { ChangeRow, ChangeTable } from './changes'
import { fromText } from './json-path'
import type { Entity, EntitySink } from './ports'
import type { Remote } from './remote'
import { seg } from '../ecwid/client'
import type { ImageFiles } from '../images/files'
import { checkImageUrls } from '../images/url-check'

/** What the app adds to a push for images: where chosen files are kept and how addresses are checked. */
export interface ImagePushOptions {
  files?: ImageFiles
  checkUrls?(urls: readonly string[]): Promise<ImageUrlCheck[]>
}

export interface ImagePushDeps extends ImagePushOptions {
  changes: ChangeTable
  remote: Remote
  sink: EntitySink
}

interface MediaAnswer {
  mainMedia?: { success: boolean; errorMessage?: string }
  galleryMedia?: { success: boolean; errorMessage?: string }[]
}

/** Why a change cannot go, before anything is sent: bad addresses, each named. */
async function refusal(deps: ImagePushDeps, slots: readonly ImageSlot[], base: readonly ImageSlot[]): Promise<string | null> {
  const known = new Set(base.map((s) => (s.kind === 'file' ? '' : s.url)))
  // Addresses the product already had are Ecwid's own; only new ones are checked.
  const fresh = slots.filter((s): s is Extract<ImageSlot, { kind: 'url' }> => s.kind === 'url' && !known.has(s.url)).map((s) => s.url)
  const bad = (await (deps.checkUrls ?? checkImageUrls)(fresh)).filter((c) => c.message !== null)
  return bad.length === 0 ? null : bad.map((c) => c.message).join(' ')
}

/** Uploads the local files to the gallery and answers every slot's public address, in order. */
async function addressesOf(deps: ImagePushDeps, productId: string, slots: readonly ImageSlot[], signal?: AbortSignal): Promise<string[]> {
  const uploaded = new Map<string, string>()
  for (const s of slots) {
    if (s.kind !== 'file' || uploaded.has(s.file)) continue
    if (!deps.files) throw new Error('Local image files can only be uploaded from the Stockroom app.')
    const { bytes, type } = await deps.files.read(s.file)
    const answer = await deps.remote.upload(`/products/${seg(productId)}/gallery`, bytes, type, signal)
    uploaded.set(s.file, String(answer.id))
  }
  let server: Entity | null = null
  if (uploaded.size > 0) server = await deps.remote.read('products', productId, signal)
  const byId = new Map(imageSlotsOf(server as Parameters<typeof imageSlotsOf>[0]).map((s) => [s.kind === 'ecwid' ? s.id : '', s.kind === 'file' ? '' : s.url]))
  return slots.map((s) => {
    if (s.kind !== 'file') return s.url
    const url = byId.get(uploaded.get(s.file) ?? '')
    if (!url) throw new Error(`Ecwid did not list the uploaded image ${s.name}.`)
    return url
  })
}

async function pushOne(deps: ImagePushDeps, row: ChangeRow, signal?: AbortSignal): Promise<string | null> {
  const slots = fromText(row.value) ?? []
  const base = fromText(row.base) ?? []
  if (!isImageList(slots) || !isImageList(base)) return 'This image change is damaged: stage the images again.'
  const refused = await refusal(deps, slots, base)
  if (refused) return refused
  const id = row.entity_id
  // PUT /media "overrides current gallery of product images and videos" and a main video it is not
  // given: a product with videos is left to Ecwid's control panel rather than risk losing them.
  const current = (await deps.remote.read('products', id, signal)) as { media?: { videos?: unknown[] } } | null
  if (!current) return 'This product is no longer on Ecwid.'
  const videos = current.media?.videos?.length ?? 0
  if (videos > 0) return `This product has ${videos === 1 ? 'a video' : `${videos} videos`} in its gallery: change its images in Ecwid's control panel, so the ${videos === 1 ? 'video is' : 'videos are'} kept.`
  if (slots.length === 0) {
    await deps.remote.single({ method: 'DELETE', path: `/products/${seg(id)}/gallery` }, signal)
    await deps.remote.single({ method: 'DELETE', path: `/products/${seg(id)}/image` }, signal)
  } else {
    const [main, ...gallery] = await addressesOf(deps, id, slots, signal)
    const body = { mainMedia: { imageUrl: main }, galleryMedia: gallery.map((imageUrl) => ({ imageUrl })) }
    const result = await deps.remote.single({ method: 'PUT', path: `/products/${seg(id)}/media`, body }, signal)
    if (!result.ok) return result.error.message
    const answer = result.body as MediaAnswer
    const failed = [answer.mainMedia, ...(answer.galleryMedia ?? [])].map((r, k) => (r && !r.success ? `${slotName(slots[k] as ImageSlot)}: ${r.errorMessage ?? 'Ecwid could not add it'}` : null)).filter((m) => m !== null)
    if (failed.length > 0) return `Ecwid refused ${failed.length === 1 ? 'an image' : `${failed.length} images`}: ${failed.join('; ')}`
  }
  const fresh = await deps.remote.read('products', id, signal)
  if (fresh && !deps.sink.discards) await deps.sink.upsert('products', fresh)
  return null
}

/** Sends each pending image change; settles it applied or failed (with its message). */
export async function pushImages(deps: ImagePushDeps, rows: readonly ChangeRow[], signal?: AbortSignal): Promise<void> {
  for (const row of rows) {
    if (signal?.aborted) return
    deps.changes.setState([row.id], 'sent')
    let message: string | null
    try {
      message = await pushOne(deps, row, signal)
    } catch (e) {
      if (isAppError(e) && e.code === 'CANCELLED') {
        deps.changes.setState([row.id], 'pending')
        throw e
      }
      message = e instanceof Error ? e.message : String(e)
    }
    deps.changes.setState([row.id], message === null ? 'applied' : 'failed', { error: message })
  }
}
