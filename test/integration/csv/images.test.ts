// Image URL columns of an Ecwid-format product file import as the product's staged image list (the
// same change the gallery editor stages): checked addresses, pushed through Ecwid's image endpoints,
// written back by the next export. A bad address is refused with its reason; nothing of it is staged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Product } from '../../../src/shared/model/product'
import { imageSlotsOf } from '../../../src/shared/model/product-images'
import { serveImages, type ImageServer } from '../../helpers/image-server'
import { cells, csvFixture, type CsvFixture } from './helpers'

let f: CsvFixture
let img: ImageServer
beforeAll(async () => {
  img = await serveImages()
  f = await csvFixture()
}, 60_000)
afterAll(async () => {
  await f?.close()
  await img?.close()
})

const quote = (v: string): string => (/[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
const urlsOf = (p: Product | undefined): string[] => imageSlotsOf(p).map((s) => (s.kind === 'file' ? '' : s.url))

describe('Ecwid-format image columns', () => {
  it('stage the listed images in order, refuse an unreachable one, push, and export them back', async () => {
    await f.cli(['export', 'products', '--out', f.file('img.csv'), '--format', 'ecwid'])
    const lines = f.read('img.csv').replace(/^\uFEFF/, '').split('\r\n')
    const header = cells(lines[0]!)
    const col = (name: string): number => header.indexOf(name)
    expect(col('product_media_gallery_image_url_1')).toBeGreaterThan(0)
    const productRows = lines.map((l, i) => [i, cells(l)] as const).filter(([i, c]) => i > 0 && c[col('type')] === 'product' && c[col('product_media_main_image_url')] !== '')
    const [good, bad] = productRows as [readonly [number, string[]], readonly [number, string[]]]
    const idOf = (row: string[]): number => Number(row[col('product_internal_id')])
    const before = urlsOf(f.sb.state.products.get(f.sb.state.productIndex(idOf(good[1])) as number))
    expect(before).toHaveLength(1)

    const edited = [...lines]
    const g = [...good[1]]
    g[col('product_media_gallery_image_url_1')] = `${img.origin}/ok.png`
    g[col('product_media_gallery_image_url_2')] = `${img.origin}/photo.jpg`
    edited[good[0]] = g.map(quote).join(',')
    const b = [...bad[1]]
    b[col('product_media_gallery_image_url_1')] = `${img.origin}/missing.png`
    edited[bad[0]] = b.map(quote).join(',')
    f.write('img-edited.csv', edited.join('\r\n'))

    // The unreachable address refuses its change with the reason (exit code: validation); the rest is staged.
    const imp = await f.cli(['import', 'products', f.file('img-edited.csv'), '--session', 'images csv'])
    expect(imp.code).toBe(4)
    expect(imp.stderr).toContain(`Row ${bad[0] + 1}: The image at ${img.origin}/missing.png answered HTTP 404 (not found): Ecwid could not download it.`)
    expect(imp.json).toMatchObject({ changes: 1 })
    const show = await f.cli(['session', 'show', 'images csv'], { token: true })
    const staged = show.json?.changes as { entityId: string; field: string; before: unknown; after: unknown }[]
    expect(staged.map((c) => [c.entityId, c.field])).toEqual([[String(idOf(good[1])), 'images']])
    expect(staged[0]?.after).toEqual([imageSlotsOf(f.sb.state.products.get(f.sb.state.productIndex(idOf(good[1])) as number))[0], { kind: 'url', url: `${img.origin}/ok.png` }, { kind: 'url', url: `${img.origin}/photo.jpg` }])

    const push = await f.cli(['session', 'push', 'images csv', '--poll-ms', '20'], { token: true })
    expect(push.json, push.stderr).toMatchObject({ applied: 1, failed: 0, conflicts: 0 })
    const after = urlsOf(f.sb.state.products.get(f.sb.state.productIndex(idOf(good[1])) as number))
    expect(after).toHaveLength(3)
    expect(after[0]).toBe(before[0])
    expect(img.hits).toEqual(expect.arrayContaining(['GET /ok.png', 'GET /photo.jpg']))

    // The sync after the push brings the new gallery into the local copy; the export writes it back.
    await f.cli(['sync'], { token: true })
    await f.cli(['export', 'products', '--out', f.file('img-again.csv'), '--format', 'ecwid'])
    const again = f.read('img-again.csv').replace(/^\uFEFF/, '').split('\r\n').map((l) => cells(l))
    const row = again.find((c) => c[col('type')] === 'product' && Number(c[col('product_internal_id')]) === idOf(good[1]))
    expect([row?.[col('product_media_main_image_url')], row?.[col('product_media_gallery_image_url_1')], row?.[col('product_media_gallery_image_url_2')]]).toEqual(after)
  })
})
