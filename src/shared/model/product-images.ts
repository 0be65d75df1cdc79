// A product's images as Stockroom stages them: one ordered list, the first is the main image, the
// rest the gallery. Shapes only plus tiny pure helpers (no imports): main, preload and renderer use it.

/** The session field that holds a product's staged image list (not an Ecwid field: pushed through the image endpoints). */
export const IMAGES_FIELD = 'images'

/**
 * Ecwid's limit for an uploaded or downloaded image: "Maximum allowed file size is 20Mb. JPG, PNG,
 * and GIF are accepted." (api-docs.ecwid.com/reference/upload-main-product-image-async, upload-gallery-image).
 */
export const IMAGE_MAX_BYTES = 20 * 1024 * 1024
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif'] as const
export type ImageType = (typeof IMAGE_TYPES)[number]

/** One image in the staged list. */
export type ImageSlot =
  /** Already on Ecwid: its media image id and URL (the URL is what a revert sends back). */
  | { kind: 'ecwid'; id: string; url: string }
  /** To add from a public address; checked before the push. */
  | { kind: 'url'; url: string }
  /** To upload from this computer: the token chooseImageFile returned (main keeps the file). */
  | { kind: 'file'; file: string; name: string; size: number }

/** What chooseImageFile answers: a token for the copy main keeps, never a path. */
export interface ImageFileChoice {
  fileToken: string
  name: string
  size: number
  type: ImageType
  /** A data: URL preview for small files (the renderer cannot read files). */
  preview?: string
}

/** One checked image address: null message when Ecwid can fetch it. */
export interface ImageUrlCheck {
  url: string
  message: string | null
}

/** The image type from a file's first bytes (its signature), whatever its name or declared type. */
export function sniffImage(b: Uint8Array): ImageType | undefined {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg'
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png'
  if (b.length >= 6 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'image/gif'
  return undefined
}

interface MediaLike {
  media?: { images?: readonly { id: string; isMain?: boolean; orderBy?: number; imageOriginalUrl?: string; image1500pxUrl?: string }[] }
}

/** A product's images from Ecwid's `media.images`: main first, then the gallery by orderBy. */
export function imageSlotsOf(p: MediaLike | null | undefined): ImageSlot[] {
  const images = [...(p?.media?.images ?? [])]
  images.sort((a, b) => Number(b.isMain === true) - Number(a.isMain === true) || (a.orderBy ?? 0) - (b.orderBy ?? 0))
  return images.map((i) => ({ kind: 'ecwid', id: i.id, url: i.imageOriginalUrl ?? i.image1500pxUrl ?? '' }))
}

/** What a slot is called in messages. */
export function slotName(s: ImageSlot): string {
  return s.kind === 'file' ? s.name : s.url
}

/** Whether a value is a well-formed staged image list (the IPC schema checks the same at the border). */
export function isImageList(v: unknown): v is ImageSlot[] {
  if (!Array.isArray(v)) return false
  return v.every((s: unknown) => {
    if (typeof s !== 'object' || s === null) return false
    const o = s as Record<string, unknown>
    if (o.kind === 'ecwid') return typeof o.id === 'string' && typeof o.url === 'string'
    if (o.kind === 'url') return typeof o.url === 'string' && o.url !== ''
    if (o.kind === 'file') return typeof o.file === 'string' && typeof o.name === 'string' && typeof o.size === 'number'
    return false
  })
}
