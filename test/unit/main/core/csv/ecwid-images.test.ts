import { describe, expect, it } from 'vitest'
import type { Product } from '../../../../../src/shared/model/product'
import { imageChange, newProductImagesIssue } from '../../../../../src/main/core/csv/ecwid-images'

const img = (id: string, n: number, isMain = false) => ({ id, isMain, orderBy: n, imageOriginalUrl: `https://cdn.example/${id}.jpg` })
const product = (count: number): Product =>
  ({ id: 7, sku: 'A', name: 'A', price: 1, media: { images: Array.from({ length: count }, (_, k) => img(String(k), k, k === 0)) } }) as unknown as Product
const url = (id: string) => `https://cdn.example/${id}.jpg`

describe('Ecwid image columns → staged image list', () => {
  it('leaves the images alone when no image cell has a value, or the row lists them as they are', () => {
    expect(imageChange(product(2), { name: 'A' }, 2, 11)).toBeNull()
    expect(imageChange(product(2), { 'mainImage.url': url('0'), 'gallery.1.url': url('1') }, 2, 11)).toBeNull()
  })

  it('lists exactly the row images in column order, keeping known ones as Ecwid images', () => {
    const c = imageChange(product(2), { 'gallery.2.url': 'https://new.example/b.png', 'mainImage.url': url('1'), 'gallery.1.url': 'https://new.example/a.png' }, 3, 11)
    expect(c).toMatchObject({ entityId: 7, field: 'images', row: 3 })
    expect(c?.after).toEqual([{ kind: 'ecwid', id: '1', url: url('1') }, { kind: 'url', url: 'https://new.example/a.png' }, { kind: 'url', url: 'https://new.example/b.png' }])
  })

  it('removes an image the row no longer lists, but keeps the ones past the file’s image columns', () => {
    expect(imageChange(product(3), { 'mainImage.url': url('0'), 'gallery.1.url': url('2') }, 2, 11)?.after).toEqual([{ kind: 'ecwid', id: '0', url: url('0') }, { kind: 'ecwid', id: '2', url: url('2') }])
    // An export with 2 image columns of a product with 4 images: re-importing it changes nothing.
    expect(imageChange(product(4), { 'mainImage.url': url('0'), 'gallery.1.url': url('1') }, 2, 2)).toBeNull()
  })

  it('warns that a new product’s images are not imported', () => {
    expect(newProductImagesIssue({ 'mainImage.url': 'https://x.example/a.png' }, 5)?.message).toBe("Row 5: the images of a new product are not imported; add them in the product's panel after the push.")
    expect(newProductImagesIssue({ name: 'x' }, 5)).toBeNull()
  })
})
