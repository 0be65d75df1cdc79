// The sandbox's options, combinations and category writes, strict like Ecwid's documented rules:
// https://api-docs.ecwid.com/reference/update-a-product (options: type, choices with text,
//   priceModifier, priceModifierType PERCENT|ABSOLUTE, defaultChoice, required)
// https://api-docs.ecwid.com/reference/create-product-variation (options: [{name, value}], one per request)
// https://api-docs.ecwid.com/reference/update-product-variation (options may be sent on PUT)
// https://api-docs.ecwid.com/reference/create-category (parentId, orderBy from 10 by 10, 404 parent)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Category, Product } from '../../../src/shared/model'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { client } from '../sandbox/helpers'

let sb: SandboxHandle
let api: ReturnType<typeof client>
const SIZE = { type: 'SIZE', name: 'Size', required: true, defaultChoice: 0, choices: [{ text: 'S' }, { text: 'M', priceModifier: 10, priceModifierType: 'PERCENT' }, { text: 'L' }] }

beforeAll(async () => {
  sb = await startSandbox({ products: 50, orders: 0 })
  api = client(sb)
})
afterAll(() => sb.close())

async function plainProduct(): Promise<number> {
  const r = await api.post<{ id: number }>('/products', { name: 'Plain tee', sku: `TEE-${Math.random().toString(36).slice(2)}` })
  expect(r.status).toBe(200)
  return r.body.id
}

describe('sandbox product options', () => {
  it('stores documented options and refuses unknown types, bad modifier types and bad defaults', async () => {
    const id = await plainProduct()
    expect((await api.put(`/products/${id}`, { options: [SIZE] })).status).toBe(200)
    expect((await api.get<Product>(`/products/${id}`)).body.options).toEqual([SIZE])
    const bad = async (option: unknown): Promise<number> => (await api.put(`/products/${id}`, { options: [option] })).status
    expect(await bad({ ...SIZE, type: 'DROPDOWN' })).toBe(400)
    expect(await bad({ ...SIZE, choices: [{ text: 'S', priceModifier: 1, priceModifierType: 'FIXED' }] })).toBe(400)
    expect(await bad({ ...SIZE, defaultChoice: 3 })).toBe(400)
    expect(await bad({ ...SIZE, choices: [{ text: 'S' }, { text: 'S' }] })).toBe(400)
    expect((await api.put(`/products/${id}`, { options: [SIZE, SIZE] })).status).toBe(400)
    expect((await api.post('/products', { name: 'x', options: [{ ...SIZE, type: 'DROPDOWN' }] })).status).toBe(400)
    expect((await api.get<Product>(`/products/${id}`)).body.options).toEqual([SIZE])
  })
})

describe('sandbox combinations', () => {
  it('creates one per request, refuses options the product does not have and duplicates, deletes', async () => {
    const id = await plainProduct()
    await api.put(`/products/${id}`, { options: [SIZE, { type: 'TEXTFIELD', name: 'Engraving' }] })
    const made = await api.post<{ id: number }>(`/products/${id}/combinations`, { options: [{ name: 'Size', value: 'M' }], price: 12 })
    expect(made.status).toBe(200)
    const list = (await api.get<{ id: number; options: unknown }[]>(`/products/${id}/combinations`)).body
    expect(list).toEqual([expect.objectContaining({ id: made.body.id, options: [{ name: 'Size', value: 'M' }], price: 12 })])
    // Ecwid would invent a dropdown for an unknown option; the sandbox refuses it (see catalogue-rules.ts).
    expect((await api.post(`/products/${id}/combinations`, { options: [{ name: 'Size', value: 'XL' }] })).status).toBe(400)
    expect((await api.post(`/products/${id}/combinations`, { options: [{ name: 'Colour', value: 'Red' }] })).status).toBe(400)
    expect((await api.post(`/products/${id}/combinations`, { options: [{ name: 'Engraving', value: 'Hi' }] })).status).toBe(400)
    expect((await api.post(`/products/${id}/combinations`, { options: [{ name: 'Size', value: 'M' }] })).status).toBe(409)
    expect((await api.post(`/products/${id}/combinations`, { price: 1 })).status).toBe(400)
    expect((await api.del(`/products/${id}/combinations/${made.body.id}`)).status).toBe(200)
    expect((await api.get<unknown[]>(`/products/${id}/combinations`)).body).toEqual([])
    expect((await api.del(`/products/${id}/combinations/${made.body.id}`)).status).toBe(404)
  })

  it('renames a variation through PUT options once the product has the new value', async () => {
    const id = await plainProduct()
    await api.put(`/products/${id}`, { options: [SIZE] })
    const cid = (await api.post<{ id: number }>(`/products/${id}/combinations`, { options: [{ name: 'Size', value: 'M' }] })).body.id
    expect((await api.put(`/products/${id}/combinations/${cid}`, { options: [{ name: 'Size', value: 'Medium' }] })).status).toBe(400)
    const renamed = { ...SIZE, choices: [{ text: 'S' }, { ...SIZE.choices[1], text: 'Medium' }, { text: 'L' }] }
    await api.put(`/products/${id}`, { options: [renamed] })
    expect((await api.put(`/products/${id}/combinations/${cid}`, { options: [{ name: 'Size', value: 'Medium' }] })).status).toBe(200)
    expect((await api.get<{ options: unknown }>(`/products/${id}/combinations/${cid}`)).body.options).toEqual([{ name: 'Size', value: 'Medium' }])
  })
})

describe('sandbox category writes', () => {
  it('creates with orderBy by tens, re-parents without cycles, assigns products, deletes with subcategories', async () => {
    const a = (await api.post<{ id: number }>('/categories', { name: 'Shirts' })).body.id
    const b = (await api.post<{ id: number }>('/categories', { name: 'Linen', parentId: a })).body.id
    const c = (await api.post<{ id: number }>('/categories', { name: 'Cotton', parentId: a })).body.id
    const get = async (id: number): Promise<Category> => (await api.get<Category>(`/categories/${id}?productIds=true`)).body
    expect([(await get(b)).orderBy, (await get(c)).orderBy]).toEqual([10, 20])
    expect((await api.post('/categories', { name: 'Lost', parentId: 1 })).status).toBe(404)
    expect((await api.post('/categories', { parentId: a })).status).toBe(400)
    expect((await api.put(`/categories/${a}`, { parentId: b })).status).toBe(400)
    expect((await api.put(`/categories/${a}`, { parentId: a })).status).toBe(400)
    expect((await api.put(`/categories/${c}`, { parentId: b, orderBy: 30 })).status).toBe(200)
    expect(await get(c)).toMatchObject({ parentId: b, orderBy: 30 })
    const pid = await plainProduct()
    expect((await api.put(`/categories/${c}`, { productIds: [pid] })).status).toBe(200)
    expect((await get(c)).productIds).toEqual([pid])
    expect((await api.get<Product>(`/products/${pid}`)).body.categoryIds).toEqual([c])
    expect((await api.del(`/categories/${a}`)).status).toBe(200)
    for (const id of [a, b, c]) expect((await api.get(`/categories/${id}`)).status).toBe(404)
    expect((await api.get<Product>(`/products/${pid}`)).body.categoryIds).toEqual([])
  })
})
