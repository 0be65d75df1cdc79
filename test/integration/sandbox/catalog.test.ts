import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Category, Product, ProductVariation, SearchResult } from '../../../src/shared/model'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { client } from './helpers'

let sb: SandboxHandle
let api: ReturnType<typeof client>

beforeAll(async () => {
  sb = await startSandbox({ products: 1_000, orders: 2_000 })
  api = client(sb)
})
afterAll(() => sb.close())

describe('sandbox products', () => {
  it('pages with the Ecwid envelope, default and max limit 100', async () => {
    const r = await api.get<SearchResult<Product>>('/products')
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ total: 1000, count: 100, offset: 0, limit: 100 })
    const last = await api.get<SearchResult<Product>>('/products?offset=950&limit=500')
    expect(last.body).toMatchObject({ total: 1000, count: 50, offset: 950, limit: 100 })
    const ids = new Set<number>()
    for (let offset = 0; offset < 1000; offset += 100) {
      const page = await api.get<SearchResult<Product>>(`/products?offset=${offset}`)
      for (const p of page.body.items) ids.add(p.id)
    }
    expect(ids.size).toBe(1000)
  })

  it('is deterministic and realistic: unique SKUs, unicode names, variations, stock states', async () => {
    const other = await startSandbox({ products: 1_000, orders: 0 })
    try {
      const a = await client(other).get<Product>('/products/700000042')
      const b = await api.get<Product>('/products/700000042')
      expect(a.body).toEqual(b.body)
    } finally {
      await other.close()
    }
    const all: Product[] = []
    for (let offset = 0; offset < 1000; offset += 100) all.push(...(await api.get<SearchResult<Product>>(`/products?offset=${offset}`)).body.items)
    expect(new Set(all.map((p) => p.sku)).size).toBe(1000)
    expect(all.some((p) => /[^\u0000-\u007f]/.test(p.name))).toBe(true)
    expect(all.some((p) => (p.combinations ?? []).length > 0)).toBe(true)
    expect(all.some((p) => !p.enabled)).toBe(true)
    expect(all.some((p) => p.unlimited && p.quantity === undefined)).toBe(true)
    expect(all.some((p) => !p.inStock)).toBe(true)
    expect(all[0]?.description).toMatch(/<p>/)
  })

  it('applies responseFields including nested items(...)', async () => {
    const r = await api.get<Record<string, unknown>>('/products?limit=3&responseFields=total,count,offset,limit,items(id,name,sku)')
    expect(Object.keys(r.body).sort()).toEqual(['count', 'items', 'limit', 'offset', 'total'])
    const items = r.body.items as Record<string, unknown>[]
    expect(items).toHaveLength(3)
    for (const it of items) expect(Object.keys(it).sort()).toEqual(['id', 'name', 'sku'])
    const bad = await api.get('/products?responseFields=items(id')
    expect(bad.status).toBe(400)
  })

  it('filters by sku (incl. variation sku), keyword, enabled, inStock, productId and sorts', async () => {
    const bySku = await api.get<SearchResult<Product>>('/products?sku=SR-000010')
    expect(bySku.body.items.map((p) => p.id)).toEqual([700000009])
    const withVariations = (await api.get<SearchResult<Product>>('/products?limit=100')).body.items.find((p) => (p.combinations ?? []).length > 0) as Product
    const vSku = withVariations.combinations?.[0]?.sku as string
    expect((await api.get<SearchResult<Product>>(`/products?sku=${vSku}`)).body.items[0]?.id).toBe(withVariations.id)
    const disabled = await api.get<SearchResult<Product>>('/products?enabled=false')
    expect(disabled.body.total).toBeGreaterThan(0)
    expect(disabled.body.items.every((p) => !p.enabled)).toBe(true)
    const oos = await api.get<SearchResult<Product>>('/products?inStock=false')
    expect(oos.body.items.every((p) => !p.inStock)).toBe(true)
    const ids = await api.get<SearchResult<Product>>('/products?productId=700000001,700000005&enabled=false')
    expect(ids.body.items.map((p) => p.id).sort()).toEqual([700000001, 700000005])
    const kw = await api.get<SearchResult<Product>>(`/products?keyword=${encodeURIComponent(withVariations.name.split(' ')[0] as string)}`)
    expect(kw.body.total).toBeGreaterThan(0)
    const byName = (await api.get<SearchResult<Product>>('/products?sortBy=NAME_ASC&limit=20')).body.items.map((p) => p.name)
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)))
    const newest = (await api.get<SearchResult<Product>>('/products?sortBy=ADDED_TIME_DESC&limit=20')).body.items.map((p) => p.createTimestamp)
    expect(newest).toEqual([...newest].sort((a, b) => b - a))
    expect((await api.get('/products?sortBy=BOGUS')).status).toBe(400)
    expect((await api.get('/products?inStock=maybe')).status).toBe(400)
  })

  it('CRUD: update bumps updateTimestamp and shows in updatedFrom; create and delete', async () => {
    const before = Math.floor(Date.now() / 1000)
    const stale = await api.get<SearchResult<Product>>(`/products?updatedFrom=${before}`)
    expect(stale.body.total).toBe(0)
    const put = await api.put('/products/700000003', { price: 12.5, quantity: 0, name: 'Café ☕ 改名' })
    expect(put.body).toEqual({ updateCount: 1 })
    const p = (await api.get<Product>('/products/700000003')).body
    expect(p).toMatchObject({ price: 12.5, quantity: 0, inStock: false, name: 'Café ☕ 改名' })
    expect(p.updateTimestamp).toBeGreaterThanOrEqual(before)
    const fresh = await api.get<SearchResult<Product>>(`/products?updatedFrom=${before}&responseFields=total,items(id)`)
    expect(fresh.body.items.map((x) => x.id)).toEqual([700000003])
    const created = await api.post<{ id: number }>('/products', { name: 'New thing', sku: 'NEW-1', price: 3, quantity: 4 })
    expect(created.status).toBe(200)
    expect((await api.get<Product>(`/products/${created.body.id}`)).body).toMatchObject({ name: 'New thing', inStock: true })
    expect((await api.post('/products', { name: 'Dup', sku: 'NEW-1' })).status).toBe(409)
    expect((await api.del(`/products/${created.body.id}`)).body).toEqual({ deleteCount: 1 })
    expect((await api.get(`/products/${created.body.id}`)).status).toBe(404)
  })

  it('validates writes with 400 and Ecwid error body; 404 for unknown ids; 415 for non-JSON', async () => {
    const bad = await api.put<{ errorMessage: string; errorCode: string }>('/products/700000004', { price: 'cheap' })
    expect(bad.status).toBe(400)
    expect(bad.body.errorCode).toBe('WRONG_PARAMETER')
    expect(bad.body.errorMessage).toMatch(/price/)
    expect((await api.put('/products/700000004', '{not json')).status).toBe(400)
    expect((await api.post('/products', { price: 1 })).status).toBe(400)
    const missing = await api.get<{ errorCode: string }>('/products/123')
    expect(missing.status).toBe(404)
    expect(missing.body.errorCode).toBe('PRODUCT_NOT_FOUND')
    const unsupported = await api.put('/products/700000004', 'price=1', { 'Content-Type': 'application/x-www-form-urlencoded' })
    expect(unsupported.status).toBe(415)
    expect((await api.put('/products/700000004', { categoryIds: [42] })).status).toBe(404)
  })

  it('reads and updates variations', async () => {
    const page = await api.get<SearchResult<Product>>('/products?limit=100')
    const p = page.body.items.find((x) => (x.combinations ?? []).length > 1) as Product
    const combos = await api.get<ProductVariation[]>(`/products/${p.id}/combinations`)
    expect(combos.body.length).toBe(p.combinations?.length)
    const v = combos.body[1] as ProductVariation
    expect((await api.put(`/products/${p.id}/combinations/${v.id}`, { price: 99.99, quantity: 7 })).body).toEqual({ updateCount: 1 })
    const after = await api.get<ProductVariation>(`/products/${p.id}/combinations/${v.id}`)
    expect(after.body).toMatchObject({ price: 99.99, quantity: 7, inStock: true })
    expect((await api.put(`/products/${p.id}/combinations/1`, { price: 1 })).status).toBe(404)
    expect((await api.get<Product>(`/products/${p.id}`)).body.updateTimestamp).toBeGreaterThan(p.updateTimestamp)
  })

  it('serves nested categories with product counts', async () => {
    // hidden_categories defaults to false: https://api-docs.ecwid.com/reference/search-categories
    const visible = await api.get<SearchResult<Category>>('/categories?limit=100')
    const r = await api.get<SearchResult<Category>>('/categories?limit=100&hidden_categories=true')
    expect(r.body.total).toBe(50)
    expect(visible.body.total).toBe(r.body.items.filter((c) => c.enabled !== false).length)
    expect(visible.body.total).toBeLessThan(50)
    expect(r.body.items.some((c) => c.parentId !== undefined)).toBe(true)
    const roots = await api.get<SearchResult<Category>>('/categories?parent=0')
    expect(roots.body.items.every((c) => c.parentId === undefined)).toBe(true)
    expect(roots.body.items.reduce((s, c) => s + (c.productCount ?? 0), 0)).toBeGreaterThan(0)
    expect((await api.get('/categories/1')).status).toBe(404)
  })
})
