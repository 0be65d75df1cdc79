import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Product } from '../../../src/shared/model/product'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { JPEG_BYTES, PNG_1PX, serveImages, type ImageServer } from '../../helpers/image-server'
import type { BatchStatus, BatchTicket } from '../../../src/shared/model'
import { client, sleep } from './helpers'

let sb: SandboxHandle | undefined
let img: ImageServer
beforeAll(async () => {
  img = await serveImages()
})
afterAll(async () => img.close())
afterEach(async () => {
  await sb?.close()
  sb = undefined
})

const small = { products: 5, orders: 0, customers: 0, coupons: 0 }
const PID = 700000001

async function upload(s: SandboxHandle, path: string, bytes: Buffer, type = 'application/octet-stream'): Promise<Response> {
  return fetch(`${s.apiBase}/${s.storeId}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${s.tokens.full}`, 'Content-Type': type }, body: new Uint8Array(bytes) })
}

describe('sandbox product images', () => {
  it('uploads a gallery image from bytes and by externalUrl, serves them, and lists them in media in order', async () => {
    sb = await startSandbox(small)
    const c = client(sb)
    const first = await upload(sb, `/products/${PID}/gallery`, PNG_1PX)
    expect(first.status).toBe(200)
    const { id } = (await first.json()) as { id: number }
    expect(id).toBeGreaterThan(0)
    const second = await c.post<{ id: number }>(`/products/${PID}/gallery?externalUrl=${encodeURIComponent(`${img.origin}/photo.jpg`)}`, undefined)
    expect(second.status).toBe(200)
    const p = (await c.get<Product>(`/products/${PID}`)).body
    const gallery = (p.media?.images ?? []).filter((i) => !i.isMain)
    expect(gallery.map((i) => i.orderBy)).toEqual([1, 2])
    expect(gallery.map((i) => i.id)).toEqual([String(id), String(second.body.id)])
    const served = await fetch(gallery[0]?.imageOriginalUrl ?? '')
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG_1PX)).toBe(true)
    const served2 = await fetch(gallery[1]?.imageOriginalUrl ?? '')
    expect(Buffer.from(await served2.arrayBuffer()).equals(JPEG_BYTES)).toBe(true)
  })

  it('replaces the main image and mirrors it in imageUrl; deletes main, one gallery image, all gallery', async () => {
    sb = await startSandbox(small)
    const c = client(sb)
    expect((await upload(sb, `/products/${PID}/image`, JPEG_BYTES, 'image/jpeg')).status).toBe(200)
    let p = (await c.get<Product>(`/products/${PID}`)).body
    const main = p.media?.images.find((i) => i.isMain)
    expect(main?.imageOriginalUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/images\/\d+\/\d+\.jpg$/)
    expect(p.imageUrl).toBe(main?.imageOriginalUrl)
    for (let k = 0; k < 3; k++) await upload(sb, `/products/${PID}/gallery`, PNG_1PX)
    p = (await c.get<Product>(`/products/${PID}`)).body
    const ids = (p.media?.images ?? []).filter((i) => !i.isMain).map((i) => i.id)
    expect((await c.del<{ deleteCount: number }>(`/products/${PID}/gallery/${ids[1] ?? ''}`)).body).toEqual({ deleteCount: 1 })
    p = (await c.get<Product>(`/products/${PID}`)).body
    expect((p.media?.images ?? []).filter((i) => !i.isMain).map((i) => i.id)).toEqual([ids[0], ids[2]])
    expect((await c.del(`/products/${PID}/gallery/999`)).status).toBe(404)
    expect((await c.del<{ deleteCount: number }>(`/products/${PID}/gallery`)).body).toEqual({ deleteCount: 2 })
    expect((await c.del<{ deleteCount: number }>(`/products/${PID}/image`)).body).toEqual({ deleteCount: 1 })
    p = (await c.get<Product>(`/products/${PID}`)).body
    expect(p.media?.images).toEqual([])
    expect(p.imageUrl).toBeUndefined()
  })

  it('is as strict as Ecwid: unknown product 404, JSON body 415, not an image 422, over 20 Mb 413, empty 400, bad externalUrl', async () => {
    sb = await startSandbox(small)
    const c = client(sb)
    expect((await upload(sb, '/products/1/gallery', PNG_1PX)).status).toBe(404)
    expect((await upload(sb, `/products/${PID}/gallery`, Buffer.from('{"a":1}'), 'application/json')).status).toBe(415)
    const notImage = await upload(sb, `/products/${PID}/gallery`, Buffer.from('hello, not an image'))
    expect(notImage.status).toBe(422)
    expect(((await notImage.json()) as { errorMessage: string }).errorMessage).toBe('The uploaded file is not an image')
    const big = Buffer.alloc(20 * 1024 * 1024 + 1)
    PNG_1PX.copy(big)
    expect((await upload(sb, `/products/${PID}/gallery`, big)).status).toBe(413)
    expect((await upload(sb, `/products/${PID}/gallery`, Buffer.alloc(0))).status).toBe(400)
    const missing = await c.post<{ errorCode: string }>(`/products/${PID}/gallery?externalUrl=${encodeURIComponent(`${img.origin}/missing.png`)}`, undefined)
    expect(missing.status).toBe(400)
    expect(missing.body.errorCode).toBe('DOWNLOAD_IMAGE_FAILED')
    const html = await c.post(`/products/${PID}/image?externalUrl=${encodeURIComponent(`${img.origin}/page.html`)}`, undefined)
    expect(html.status).toBe(422)
    const ro = await fetch(`${sb.apiBase}/${sb.storeId}/products/${PID}/gallery`, { method: 'POST', headers: { Authorization: `Bearer ${sb.tokens.readOnly}`, 'Content-Type': 'image/png' }, body: new Uint8Array(PNG_1PX) })
    expect(ro.status).toBe(403)
    const p = (await c.get<Product>(`/products/${PID}`)).body
    expect((p.media?.images ?? []).filter((i) => !i.isMain)).toEqual([])
  })

  it('PUT /media sets main and gallery in the given order, keeps own images, reports a failed download per item', async () => {
    sb = await startSandbox(small)
    const c = client(sb)
    for (let k = 0; k < 2; k++) await upload(sb, `/products/${PID}/gallery`, PNG_1PX)
    let p = (await c.get<Product>(`/products/${PID}`)).body
    const [a, b] = (p.media?.images ?? []).filter((i) => !i.isMain)
    const put = await c.put<{ mainMedia: { success: boolean }; galleryMedia: { success: boolean; id?: string; errorCode?: string }[] }>(`/products/${PID}/media`, {
      mainMedia: { imageUrl: `${img.origin}/photo.jpg` },
      galleryMedia: [{ imageUrl: b?.imageOriginalUrl }, { imageUrl: `${img.origin}/missing.png` }, { imageUrl: a?.imageOriginalUrl }]
    })
    expect(put.status).toBe(200)
    expect(put.body.mainMedia.success).toBe(true)
    expect(put.body.galleryMedia.map((r) => r.success)).toEqual([true, false, true])
    expect(put.body.galleryMedia[1]?.errorCode).toBe('DOWNLOAD_IMAGE_FAILED')
    p = (await c.get<Product>(`/products/${PID}`)).body
    expect((p.media?.images ?? []).filter((i) => !i.isMain).map((i) => i.id)).toEqual([b?.id, a?.id])
    expect(p.imageUrl).toMatch(/\.jpg$/)
    expect((await c.put(`/products/${PID}/media`, {})).status).toBe(400)
    expect((await c.put(`/products/1/media`, { galleryMedia: [] })).status).toBe(404)
    sb.state.updateProduct(sb.state.productIndex(PID) as number, (q) => {
      if (q.media) q.media.videos = [{ id: '9', url: 'https://video.example/v.mp4' }]
    })
    await c.put(`/products/${PID}/media`, { galleryMedia: [] })
    p = (await c.get<Product>(`/products/${PID}`)).body
    expect(p.media?.images.map((i) => i.isMain)).toEqual([true])
    // "overrides current gallery of product images and videos"
    expect(p.media?.videos).toEqual([])
  })

  it('in a batch, uploads only by externalUrl: a sub-request body cannot carry the file', async () => {
    sb = await startSandbox(small)
    const c = client(sb)
    const reqs = [
      { id: 'url', path: `/products/${PID}/gallery?externalUrl=${encodeURIComponent(`${img.origin}/ok.png`)}`, method: 'POST', body: {} },
      { id: 'bytes', path: `/products/${PID}/gallery`, method: 'POST', body: { file: PNG_1PX.toString('base64') } }
    ]
    const { ticket } = (await c.post<BatchTicket>('/batch?stopOnFirstFailure=false', reqs)).body
    let done: BatchStatus | undefined
    for (let k = 0; k < 200 && done?.status !== 'COMPLETED'; k++) {
      done = (await c.get<BatchStatus>(`/batch?ticket=${ticket}`)).body
      await sleep(5)
    }
    expect(done?.responses.map((r) => r.httpStatusCode)).toEqual([200, 400])
    const p = (await c.get<Product>(`/products/${PID}`)).body
    expect((p.media?.images ?? []).filter((i) => !i.isMain)).toHaveLength(1)
  })
})
