// Checks that an image address is one Ecwid can fetch before anything is pushed: reachable, an
// image, within Ecwid's size limit. Bad links otherwise fail silently on Ecwid's side (a known pain).
// Plain Node fetch with a timeout; no electron import.
import { IMAGE_MAX_BYTES } from '@shared/model/product-images'
import type { ImageUrlCheck } from '@shared/model/product-images'

export interface UrlCheckOptions {
  fetch?: typeof fetch
  /** Per address (default 8 s). */
  timeoutMs?: number
  /** Addresses checked at once (default 4). */
  concurrency?: number
}

const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`

function reasonOf(e: unknown, timeoutMs: number): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return `did not answer within ${Math.round(timeoutMs / 1000)} s`
  const cause = e instanceof Error ? (e.cause as { code?: string } | undefined) : undefined
  if (cause?.code === 'ECONNREFUSED') return 'refused the connection'
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') return 'has a host name that does not exist'
  return 'could not be reached'
}

/** The message for one address, or null when it serves an image Ecwid accepts. */
export async function checkImageUrl(raw: string, opts: UrlCheckOptions = {}): Promise<string | null> {
  const fetchImpl = opts.fetch ?? fetch
  const timeoutMs = opts.timeoutMs ?? 8_000
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return `“${raw}” is not a web address: Ecwid needs a link starting with https://.`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `“${raw}” is not a web address: Ecwid needs a link starting with https://.`
  let res: Response
  try {
    res = await fetchImpl(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) })
    // Some servers refuse HEAD: ask for the body instead and stop reading once the headers are in.
    if (res.status === 405 || res.status === 501) {
      res = await fetchImpl(url, { method: 'GET', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) })
      void res.body?.cancel()
    }
  } catch (e) {
    return `The image at ${raw} ${reasonOf(e, timeoutMs)}: Ecwid could not download it.`
  }
  if (!res.ok) return `The image at ${raw} answered HTTP ${res.status}${res.status === 404 ? ' (not found)' : ''}: Ecwid could not download it.`
  const type = (res.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (!type.startsWith('image/')) return `${raw} is not an image (it serves ${type || 'no content type'}).`
  const length = Number(res.headers.get('content-length'))
  if (Number.isFinite(length) && length > IMAGE_MAX_BYTES) return `The image at ${raw} is ${mb(length)}; Ecwid accepts images up to ${mb(IMAGE_MAX_BYTES)}.`
  return null
}

/** Checks many addresses, a few at a time, in their given order. */
export async function checkImageUrls(urls: readonly string[], opts: UrlCheckOptions = {}): Promise<ImageUrlCheck[]> {
  const out: ImageUrlCheck[] = urls.map((url) => ({ url, message: null }))
  let next = 0
  const worker = async (): Promise<void> => {
    for (let i = next++; i < urls.length; i = next++) (out[i] as ImageUrlCheck).message = await checkImageUrl(urls[i] as string, opts)
  }
  await Promise.all(Array.from({ length: Math.min(urls.length, opts.concurrency ?? 4) }, worker))
  return out
}
