// Product images through the real composition root against the sandbox: address checks, a chosen
// local file kept behind a token, staging (bad links refused on the cell), the push through Ecwid's
// image endpoints, a push-time re-check, and a revert that restores the previous gallery.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JobProgress } from '../../../src/shared/model/job'
import type { Product } from '../../../src/shared/model/product'
import { imageSlotsOf, type ImageSlot } from '../../../src/shared/model/product-images'
import { createScriptedFileDialogs } from '../../../src/main/core/csv/file-dialogs'
import { createMemorySecretStore } from '../../../src/main/core/secrets/memory-store'
import { createServices, type Services } from '../../../src/main/core/services'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { PNG_1PX, serveImages, type ImageServer } from '../../helpers/image-server'
import { createTempDir, type TempDir } from '../../helpers/temp-dir'
import { pushAndWait, waitForSync as waitForSyncOf } from '../../helpers/services-jobs'

let sb: SandboxHandle
let img: ImageServer
let dir: TempDir
let services: Services
let storeId: number
const dialogs = createScriptedFileDialogs()

const waitForSync = (): Promise<void> => waitForSyncOf(services, storeId)
const push = (sessionId: string): Promise<JobProgress> => pushAndWait(services, storeId, sessionId)

const serverProduct = (id: number): Product => sb.state.products.get(sb.state.productIndex(id) as number) as Product
const serverUrls = (id: number): string[] => imageSlotsOf(serverProduct(id)).map((s) => (s.kind === 'file' ? '' : s.url))
/** A product that has a main image in the seed. */
function productWithImage(skip = 0): Product {
  const found = sb.state.products.select((m, i) => (sb.state.products.get(i)?.media?.images.length ?? 0) > 0)
  return sb.state.products.get(found[skip] as number) as Product
}

async function chooseFile(name: string, bytes: Buffer): Promise<ImageSlot> {
  const path = join(dir.path, name)
  await writeFile(path, bytes)
  dialogs.nextOpen(path)
  const choice = await services.api.chooseImageFile()
  if (!choice) throw new Error('no choice')
  return { kind: 'file', file: choice.fileToken, name: choice.name, size: choice.size }
}

beforeAll(async () => {
  img = await serveImages()
  sb = await startSandbox({ storeId: 7_311, products: 20, orders: 0, customers: 0, coupons: 0 })
  dir = await createTempDir('stockroom-images-')
  services = createServices({ dataDir: join(dir.path, 'data'), appVersion: 'test', secrets: createMemorySecretStore(), apiBase: sb.apiBase, sync: { intervalMs: 600_000 }, fileDialogs: dialogs })
  storeId = (await services.api.connectStore({ storeId: sb.storeId, token: sb.tokens.full })).storeId
  await waitForSync()
})
afterAll(async () => {
  await services?.close()
  await sb?.close()
  await img?.close()
  await dir?.cleanup()
})

describe('product images', () => {
  it('checks addresses as Ecwid would fetch them: reachable, an image, at most 20 MB', async () => {
    const closed = await serveImages()
    await closed.close()
    const checks = await services.api.checkImageUrls([`${img.origin}/ok.png`, `${img.origin}/missing.png`, `${img.origin}/page.html`, `${img.origin}/big.png`, `${closed.origin}/ok.png`, 'ftp://x/y.png'])
    expect(checks[0]).toEqual({ url: `${img.origin}/ok.png`, message: null })
    expect(checks[1]?.message).toBe(`The image at ${img.origin}/missing.png answered HTTP 404 (not found): Ecwid could not download it.`)
    expect(checks[2]?.message).toBe(`${img.origin}/page.html is not an image (it serves text/html).`)
    expect(checks[3]?.message).toBe(`The image at ${img.origin}/big.png is 25.0 MB; Ecwid accepts images up to 20.0 MB.`)
    expect(checks[4]?.message).toBe(`The image at ${closed.origin}/ok.png refused the connection: Ecwid could not download it.`)
    expect(checks[5]?.message).toContain('is not a web address')
  })

  it('keeps a chosen file behind a token with a preview, and refuses what Ecwid would not take', async () => {
    const path = join(dir.path, 'notes.txt')
    await writeFile(path, 'hello')
    dialogs.nextOpen(path)
    await expect(services.api.chooseImageFile()).rejects.toThrow('notes.txt is not a JPG, PNG or GIF image, the formats Ecwid accepts.')
    dialogs.nextOpen(null)
    expect(await services.api.chooseImageFile()).toBeNull()
    const path2 = join(dir.path, 'dot.png')
    await writeFile(path2, PNG_1PX)
    dialogs.nextOpen(path2)
    const choice = await services.api.chooseImageFile()
    expect(choice).toMatchObject({ name: 'dot.png', size: PNG_1PX.length, type: 'image/png', preview: `data:image/png;base64,${PNG_1PX.toString('base64')}` })
    expect(JSON.stringify(choice)).not.toContain(dir.path)
  })

  it('refuses a bad address when staging, with the reason on the cell; nothing is staged', async () => {
    const p = productWithImage()
    const s = await services.api.createSession(storeId, 'bad image')
    const slots = [...imageSlotsOf(p), { kind: 'url' as const, url: `${img.origin}/missing.png` }]
    const r = await services.api.stageEdits(storeId, s.id, [{ resource: 'products', entityId: p.id, field: 'images', value: slots }])
    expect(r.staged).toBe(0)
    expect(r.rejected).toEqual([{ index: 0, entityId: String(p.id), field: 'images', message: `The image at ${img.origin}/missing.png answered HTTP 404 (not found): Ecwid could not download it.` }])
    const malformed = await services.api.stageEdits(storeId, s.id, [{ resource: 'products', entityId: p.id, field: 'images', value: [{ kind: 'nope' }] }])
    expect(malformed.rejected[0]?.message).toBe('Images must be a list of image addresses or chosen files.')
  })

  it('pushes a gallery of a local file and an address after the main image, then a reorder and removal, and reverts to the first gallery', async () => {
    const p = productWithImage(1)
    const before = serverUrls(p.id)
    expect(before).toHaveLength(1)
    const file = await chooseFile('photo.png', PNG_1PX)
    const s = await services.api.createSession(storeId, 'gallery')
    const staged = [...imageSlotsOf(p), file, { kind: 'url' as const, url: `${img.origin}/ok2.png` }]
    const r = await services.api.stageEdits(storeId, s.id, [
      { resource: 'products', entityId: p.id, field: 'images', value: staged },
      { resource: 'products', entityId: p.id, field: 'name', value: 'With a gallery' }
    ])
    expect(r.rejected).toEqual([])
    const review = await services.api.reviewSession(storeId, s.id, { limit: 10 })
    expect(review.rows.find((c) => c.field === 'images')?.before).toEqual(imageSlotsOf(p))
    const done = await push(s.id)
    expect(done.state).toBe('done')
    const after = serverProduct(p.id)
    expect(after.name).toBe('With a gallery')
    const urls = serverUrls(p.id)
    expect(urls).toHaveLength(3)
    expect(urls[0]).toBe(before[0])
    const uploaded = await fetch(urls[1] as string)
    expect(Buffer.from(await uploaded.arrayBuffer()).equals(PNG_1PX)).toBe(true)
    expect(img.hits).toContain('GET /ok2.png')
    // The local copy shows the pushed gallery at once.
    const local = (await services.api.getEntityJson(storeId, 'products', p.id)) as unknown as Product
    expect(imageSlotsOf(local).map((x) => (x.kind === 'file' ? '' : x.url))).toEqual(urls)

    // Reorder (the address image becomes the main one) and drop the uploaded file.
    const s2 = await services.api.createSession(storeId, 'reorder')
    const current = imageSlotsOf(local)
    await services.api.stageEdits(storeId, s2.id, [{ resource: 'products', entityId: p.id, field: 'images', value: [current[2], current[0]] as ImageSlot[] }])
    expect((await push(s2.id)).state).toBe('done')
    expect(serverUrls(p.id)).toEqual([urls[2], urls[0]])

    const revert = await services.api.revertSession(storeId, s2.id)
    expect((await push(revert.id)).state).toBe('done')
    // Ecwid downloads a removed image again from its old address: same picture, a new file.
    const restored = serverUrls(p.id)
    expect(restored).toHaveLength(3)
    expect([restored[0], restored[2]]).toEqual([urls[0], urls[2]])
    const again = await fetch(restored[1] as string)
    expect(Buffer.from(await again.arrayBuffer()).equals(PNG_1PX)).toBe(true)
  })

  it('checks addresses again at the push: one gone since staging fails that change with its reason and sends nothing of it', async () => {
    const p = productWithImage(2)
    const before = serverUrls(p.id)
    const gone = await serveImages()
    const s = await services.api.createSession(storeId, 'gone')
    const r = await services.api.stageEdits(storeId, s.id, [
      { resource: 'products', entityId: p.id, field: 'images', value: [...imageSlotsOf(p), { kind: 'url', url: `${gone.origin}/ok.png` }] },
      { resource: 'products', entityId: p.id, field: 'name', value: 'Still renamed' }
    ])
    expect(r.rejected).toEqual([])
    await gone.close()
    sb.resetStats()
    const done = await push(s.id)
    expect(done.state).toBe('done')
    const review = await services.api.reviewSession(storeId, s.id, { limit: 10 })
    const change = review.rows.find((c) => c.field === 'images')
    expect(change?.state).toBe('failed')
    expect(change?.error).toBe(`The image at ${gone.origin}/ok.png refused the connection: Ecwid could not download it.`)
    expect(serverUrls(p.id)).toEqual(before)
    expect(serverProduct(p.id).name).toBe('Still renamed')
    expect(Object.keys(sb.stats().byPath).some((k) => k.includes('/media') || k.includes('/gallery'))).toBe(false)
  })

  it('leaves a product with gallery videos to Ecwid: PUT /media would drop them', async () => {
    const p = productWithImage(3)
    sb.state.updateProduct(sb.state.productIndex(p.id) as number, (q) => {
      if (q.media) q.media.videos = [{ id: '9', url: 'https://video.example/v.mp4' }]
    })
    const before = serverUrls(p.id)
    const s = await services.api.createSession(storeId, 'video')
    await services.api.stageEdits(storeId, s.id, [{ resource: 'products', entityId: p.id, field: 'images', value: [] }])
    expect((await push(s.id)).state).toBe('done')
    const change = (await services.api.reviewSession(storeId, s.id, { limit: 10 })).rows[0]
    expect(change?.state).toBe('failed')
    expect(change?.error).toBe("This product has a video in its gallery: change its images in Ecwid's control panel, so the video is kept.")
    expect(serverUrls(p.id)).toEqual(before)
    expect(serverProduct(p.id).media?.videos).toHaveLength(1)
  })
})
