// Categories: hidden (disabled) categories come back only when asked for.
import { expect } from 'vitest'
import { items, obj, type ContractRow } from '../contract'

const SEARCH = 'https://docs.ecwid.com/api-reference/rest-api/categories/search-categories'
const SEARCH_OLD = 'https://api-docs.ecwid.com/reference/get-categories'

export const categoryRows: ContractRow[] = [
  {
    id: 'categories.search-envelope',
    doc: SEARCH,
    kind: 'read',
    async run(ctx) {
      const r = await ctx.get('/categories')
      expect(r.status).toBe(200)
      expect(obj(r)).toMatchObject({ offset: 0, limit: 100, total: expect.any(Number), count: items(r).length })
    }
  },
  {
    id: 'categories.hidden-default-false',
    doc: SEARCH_OLD,
    kind: 'read',
    async run(ctx) {
      // "By default, Ecwid returns only enabled categories ... false is default."
      const shown = items(await ctx.get('/categories'))
      expect(shown.every((c) => c.enabled !== false)).toBe(true)
      const all = obj(await ctx.get('/categories', { query: { hidden_categories: true } }))
      expect(all.total as number).toBeGreaterThanOrEqual(shown.length)
    }
  },
  {
    id: 'categories.hidden-listed-on-request',
    doc: SEARCH_OLD,
    kind: 'read',
    async run(ctx) {
      const ids = async (hidden: boolean): Promise<Map<unknown, Record<string, unknown>>> => {
        const found = new Map<unknown, Record<string, unknown>>()
        for (let offset = 0; ; offset += 100) {
          const page = await ctx.get('/categories', { query: { offset, hidden_categories: hidden } })
          for (const c of items(page)) found.set(c.id, c)
          if (offset + 100 >= (obj(page).total as number)) return found
        }
      }
      const all = await ids(true)
      const disabled = [...all.values()].filter((c) => c.enabled === false)
      if (disabled.length === 0) ctx.skip('the store has no disabled category')
      const shown = await ids(false)
      for (const c of disabled) expect(shown.has(c.id), String(c.id)).toBe(false)
    }
  }
]
