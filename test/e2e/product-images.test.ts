// Product images in a real Chromium over the real core and a sandbox store: add a gallery image from
// a local file and one by address in the product panel, see a bad address refused before the push
// with its reason on the panel and on the grid's image cell, reorder from the keyboard, push, and
// find the images on the (sandbox) server.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Product } from '../../src/shared/model/product'
import { imageSlotsOf } from '../../src/shared/model/product-images'
import { createScriptedFileDialogs } from '../../src/main/core/csv/file-dialogs'
import { createMemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { startSandbox, type SandboxHandle } from '../../src/main/sandbox/server'
import { PNG_1PX, serveImages, type ImageServer } from '../helpers/image-server'
import { connectThroughForm, e2eAvailable, startHarness, type Harness } from './harness'
import { cell, col, text } from './grid-locators'

const STORE = 6_317

describe.skipIf(!e2eAvailable())('product images (Chromium)', () => {
  let h: Harness
  let sb: SandboxHandle
  let img: ImageServer
  const dialogs = createScriptedFileDialogs()

  beforeAll(async () => {
    img = await serveImages()
    sb = await startSandbox({ storeId: STORE, storeName: 'Picture Goods', products: 12, orders: 0, customers: 0, coupons: 0 })
    h = await startHarness({ apiBase: sb.apiBase, secrets: createMemorySecretStore(), sync: { intervalMs: 600_000 }, fileDialogs: dialogs })
    await connectThroughForm(h, STORE, sb.tokens.full)
  })
  afterAll(async () => {
    await h?.close()
    await sb?.close()
    await img?.close()
  })

  it('adds a gallery image from a file and one by address, refuses an unreachable address on its cell, pushes them', async () => {
    const { page } = h
    await page.getByTestId('nav-products').click()
    await expect.poll(() => page.getByTestId('products-count').textContent()).toBe('12 products')
    const name = await text(page, 0, await col(page, 'name'))
    const index = sb.state.products.select((m) => m.name === name)[0] as number
    const before = imageSlotsOf(sb.state.products.get(index) as Product).length
    await cell(page, 0, await col(page, 'name')).click()
    const gallery = page.getByTestId('product-gallery')
    await gallery.waitFor()
    const items = gallery.getByTestId('gallery-item')
    await expect.poll(() => items.count()).toBe(before)

    // From a file: main's dialog answers; the renderer only ever sees a token and a preview.
    const file = join(h.dataDir, 'dot.png')
    await writeFile(file, PNG_1PX)
    dialogs.nextOpen(file)
    await gallery.getByTestId('gallery-add-file').click()
    await expect.poll(() => items.count()).toBe(before + 1)
    expect(await items.last().textContent()).toContain('dot.png')
    expect(await items.last().locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/)

    // By address.
    await gallery.getByTestId('gallery-url').fill(`${img.origin}/ok.png`)
    await gallery.getByTestId('gallery-add-url').click()
    await expect.poll(() => items.count()).toBe(before + 2)
    // An http address shows a placeholder that says why, never a broken image.
    expect(await items.last().getByTestId('gallery-placeholder').getAttribute('title')).toMatch(/only https addresses/)

    // An unreachable address is refused before any push, with the reason on the panel and the cell.
    await gallery.getByTestId('gallery-url').fill(`${img.origin}/missing.png`)
    await gallery.getByTestId('gallery-add-url').click()
    const message = `The image at ${img.origin}/missing.png answered HTTP 404 (not found): Ecwid could not download it.`
    await expect.poll(() => gallery.getByTestId('gallery-error').textContent()).toBe(message)
    expect(await items.count()).toBe(before + 2)
    const thumb = cell(page, 0, await col(page, 'thumbnail'))
    await expect.poll(() => thumb.getAttribute('aria-invalid')).toBe('true')
    expect(await thumb.getAttribute('title')).toBe(message)
    await h.screenshot('product-images-refused')

    // Reorder from the keyboard: the address image moves ahead of the file.
    const last = before + 1
    await gallery.getByRole('button', { name: `Move gallery image ${last} earlier` }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await items.nth(last).textContent()) ?? '').toContain('dot.png')
    expect(await items.nth(last - 1).textContent()).toContain('ok.png')
    expect(await page.getByTestId('staged-bar-count').textContent()).toMatch(/^1 staged change\b/)

    await page.getByTestId('staged-bar-push').click()
    await page.getByTestId('push-estimate').waitFor()
    await page.getByTestId('push-start').click()
    await page.getByTestId('push-results').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('push-results').textContent()).toContain('1 change applied')

    const urls = imageSlotsOf(sb.state.products.get(index) as Product).map((s) => (s.kind === 'file' ? '' : s.url))
    expect(urls).toHaveLength(before + 2)
    expect(img.hits).toContain('GET /ok.png')
    const uploaded = await fetch(urls[before + 1] as string)
    expect(Buffer.from(await uploaded.arrayBuffer()).equals(PNG_1PX)).toBe(true)
    expect(img.hits.filter((x) => x.endsWith('/missing.png')).every((x) => x.startsWith('HEAD'))).toBe(true)

    await page.getByTestId('nav-products').click()
    await cell(page, 0, await col(page, 'name')).click()
    await expect.poll(() => page.getByTestId('product-gallery').getByTestId('gallery-item').count()).toBe(before + 2)
    expect(await page.getByTestId('product-gallery').locator('.gv-staged').count()).toBe(0)
    await h.screenshot('product-images')
  })
})
