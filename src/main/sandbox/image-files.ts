// Image bytes the sandbox stores for product uploads, served back at /images/... like Ecwid's CDN,
// plus the checks Ecwid makes on an upload: size, "is it an image", downloads of externalUrl.
// The sandbox is offline: it downloads only from loopback addresses.

import { IMAGE_MAX_BYTES, sniffImage, type ImageType } from '../../shared/model/product-images'
import { EcwidHttpError } from './errors'

// Ecwid's 20 Mb and JPG/PNG/GIF limits, with their doc pages, are in shared/model/product-images.ts.
export { IMAGE_MAX_BYTES }

const DOWNLOAD_TIMEOUT_MS = 10_000
const EXT: Record<ImageType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif' }

export const tooLarge = (): EcwidHttpError => new EcwidHttpError(413, 'FILE_TOO_LARGE', 'The image file is too large (Maximum allowed size is 20Mb)')
export const notAnImage = (): EcwidHttpError => new EcwidHttpError(422, 'NOT_AN_IMAGE', 'The uploaded file is not an image')
const downloadFailed = (url: string, why: string): EcwidHttpError => new EcwidHttpError(400, 'DOWNLOAD_IMAGE_FAILED', `Could not download the image from ${url}: ${why}`)

export interface StoredImage {
  bytes: Buffer
  type: ImageType
}

/** Every uploaded image of the server, keyed by its path under /images/. */
export class ImageFiles {
  private readonly files = new Map<string, StoredImage>()
  private next = 1
  /** http://127.0.0.1:PORT, set once the server listens. */
  origin = ''

  /** Checks the bytes as Ecwid does (size, image signature) and returns the new file's public URL. */
  put(storeId: number, bytes: Buffer): string {
    if (bytes.length > IMAGE_MAX_BYTES) throw tooLarge()
    const type = sniffImage(bytes)
    if (!type) throw notAnImage()
    const path = `/images/${storeId}/${this.next++}.${EXT[type]}`
    this.files.set(path, { bytes, type })
    return `${this.origin}${path}`
  }

  get(path: string): StoredImage | undefined {
    return this.files.get(path)
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** Ecwid downloads externalUrl itself; here only from loopback (the sandbox has no network). */
export async function downloadImage(raw: string): Promise<Buffer> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new EcwidHttpError(422, 'WRONG_URL', `That link doesn't look right: ${raw}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new EcwidHttpError(422, 'WRONG_URL', `That link doesn't look right: ${raw}`)
  if (!isLoopback(url.hostname)) throw downloadFailed(raw, 'the sandbox is offline and downloads only from 127.0.0.1')
  let res: Response
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) })
  } catch (e) {
    throw downloadFailed(raw, e instanceof Error ? e.message : String(e))
  }
  if (!res.ok) throw downloadFailed(raw, `HTTP ${res.status}`)
  const bytes = Buffer.from(await res.arrayBuffer())
  if (bytes.length > IMAGE_MAX_BYTES) throw tooLarge()
  return bytes
}
