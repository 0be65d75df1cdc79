// The product panel's gallery editor over a fake bridge: the product's images in order (main first),
// reorder and remove stage the whole new list, a refused address shows its reason and changes
// nothing, a chosen file shows its preview, and a picture that fails to load becomes a placeholder.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImageSlot } from '@shared/model/product-images'
import type { CellEdit, ReviewPage, SessionSummary, StagedChange } from '@shared/model/session'
import { setBridge, type StockroomBridge } from '../../../src/renderer/src/api'
import ProductGallery from '../../../src/renderer/src/components/products/ProductGallery.vue'
import { useGridSessionStore } from '../../../src/renderer/src/stores/grid-session'
import { imageListText } from '../../../src/renderer/src/format/image-text'

const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value })
const summary: SessionSummary = {
  id: 's1', storeId: 9, name: 'Edits', status: 'draft', active: true, createdAt: 1, updatedAt: 1, revertOf: null, pushedAt: null,
  changeCount: 0, entityCount: 0, counts: { staged: 0, pending: 0, sent: 0, applied: 0, failed: 0, conflict: 0, skipped: 0 }, canUndo: false, canRedo: false
}
const url = (n: string) => `https://cdn.example/${n}.jpg`
const product = { id: 7, media: { images: [{ id: '1', orderBy: 1, imageOriginalUrl: url('b') }, { id: '0', isMain: true, orderBy: 0, imageOriginalUrl: url('a') }] } }
const MISSING = 'The image at https://bad.example/x.png answered HTTP 404 (not found): Ecwid could not download it.'

function fake(entity: object = product) {
  let changes: StagedChange[] = []
  const stageEdits = vi.fn((_s: number, _id: string, edits: CellEdit[]) => {
    const value = edits[0]?.value as ImageSlot[]
    if (value.some((s) => s.kind === 'url' && s.url.includes('bad.example'))) return ok({ session: summary, staged: 0, rejected: [{ index: 0, entityId: '7', field: 'images', message: MISSING }] })
    changes = [{ id: 1, resource: 'products', entityId: '7', label: 'x', kind: 'update', field: 'images', before: null, after: value, state: 'staged', error: null }]
    return ok({ session: summary, staged: 1, rejected: [] })
  })
  setBridge({
    stageEdits,
    getActiveSession: () => ok(summary),
    listSessions: () => ok([summary]),
    reviewSession: () => ok<ReviewPage>({ total: changes.length, offset: 0, rows: changes, byResource: {}, byField: {} }),
    getEntityJson: () => ok(entity),
    chooseImageFile: () => ok({ fileToken: '0f8e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b', name: 'dot.png', size: 68, type: 'image/png', preview: 'data:image/png;base64,AAAA' }),
    on: () => () => undefined
  } as unknown as StockroomBridge)
  return { stageEdits, staged: () => stageEdits.mock.calls.at(-1)?.[2][0]?.value as ImageSlot[] }
}

async function mountGallery() {
  await useGridSessionStore().open(9)
  const w = mount(ProductGallery, { props: { storeId: 9, productId: 7, readOnly: false } })
  await flushPromises()
  return w
}
const names = (w: Awaited<ReturnType<typeof mountGallery>>) => w.findAll('[data-testid=gallery-item] strong').map((e) => e.text())

beforeEach(() => setActivePinia(createPinia()))

describe('ProductGallery', () => {
  it('lists the main image first, then the gallery, with pictures for https addresses', async () => {
    fake()
    const w = await mountGallery()
    expect(names(w)).toEqual(['Main image', 'Gallery image 1'])
    expect(w.findAll('img').map((i) => i.attributes('src'))).toEqual([url('a'), url('b')])
    expect(w.find('button[aria-label="Move main image earlier"]').attributes('disabled')).toBeDefined()
    expect(w.text()).toContain('2 images: the first is the main image.')
  })

  it('reorders and removes by staging the whole list', async () => {
    const f = fake()
    const w = await mountGallery()
    await w.find('button[aria-label="Move gallery image 1 earlier"]').trigger('click')
    await flushPromises()
    expect(f.staged()).toEqual([{ kind: 'ecwid', id: '1', url: url('b') }, { kind: 'ecwid', id: '0', url: url('a') }])
    expect(w.findAll('img').map((i) => i.attributes('src'))).toEqual([url('b'), url('a')])
    expect(w.text()).toContain('staged')
    await w.find('button[aria-label="Remove main image"]').trigger('click')
    await flushPromises()
    expect(f.staged()).toEqual([{ kind: 'ecwid', id: '0', url: url('a') }])
  })

  it('shows why an address was refused and keeps the list as it was', async () => {
    const f = fake()
    const w = await mountGallery()
    await w.find('[data-testid=gallery-url]').setValue('https://bad.example/x.png')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(f.stageEdits).toHaveBeenCalledTimes(1)
    expect(w.find('[role=alert]').text()).toBe(MISSING)
    expect(names(w)).toHaveLength(2)
    expect((w.find('[data-testid=gallery-url]').element as HTMLInputElement).value).toBe('https://bad.example/x.png')
  })

  it('adds a chosen file with its preview, and shows a placeholder with the reason when a picture fails', async () => {
    const f = fake()
    const w = await mountGallery()
    await w.find('[data-testid=gallery-add-file]').trigger('click')
    await flushPromises()
    expect(f.staged().at(-1)).toEqual({ kind: 'file', file: '0f8e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b', name: 'dot.png', size: 68 })
    expect(w.findAll('img').at(-1)?.attributes('src')).toBe('data:image/png;base64,AAAA')
    expect(w.text()).toContain('uploads at the push')
    await w.findAll('img')[0]?.trigger('error')
    const placeholder = w.find('[data-testid=gallery-placeholder]')
    expect(placeholder.attributes('title')).toBe('No preview: the image at cdn.example could not be loaded (offline, or the address no longer serves it)')
    expect(placeholder.attributes('role')).toBe('img')
  })

  it('leaves a product with gallery videos to Ecwid, saying why', async () => {
    fake({ ...product, media: { ...product.media, videos: [{ id: '9', url: 'https://video.example/v.mp4' }] } })
    const w = await mountGallery()
    expect(w.find('[data-testid=gallery-videos]').text()).toBe('This product has a video in its gallery: change its images in Ecwid’s control panel, so it is kept.')
    expect(w.find('form').exists()).toBe(false)
    expect(w.find('button').exists()).toBe(false)
    expect(names(w)).toEqual(['Main image', 'Gallery image 1'])
  })

  it('reads a staged list in the review as a sentence', () => {
    expect(imageListText([{ kind: 'ecwid', id: '0', url: url('a') }, { kind: 'file', file: 't', name: 'dot.png', size: 1 }, { kind: 'url', url: 'https://x.example/p/ok.png' }])).toBe('3 images: main a.jpg; gallery dot.png (file), ok.png')
    expect(imageListText([])).toBe('No images')
  })
})
