// Categories on Ecwid (read side: the grid needs names and the tree for filters and bulk assign).
// Thin typed wrappers over client.request; no caching here.

import type { Category, SearchResult } from '@shared/model'
import { seg, type EcwidClient } from './client'
import type { Paginator } from './paginate'
import { searchAll, toQuery, type CallOptions, type PageParams, type SearchAllOptions } from './resource'

export interface CategorySearchParams extends PageParams {
  keyword?: string
  /** Direct children of this category (0 = root). */
  parent?: number
  parentIds?: readonly number[]
  withSubcategories?: boolean
  /** Include disabled categories. Ecwid's own parameter name. */
  hidden_categories?: boolean
  /** Adds productIds to each category. */
  productIds?: boolean
  lang?: string
}

export interface CategoriesApi {
  list(params?: CategorySearchParams, opts?: CallOptions): Promise<SearchResult<Category>>
  listAll(params?: Omit<CategorySearchParams, 'offset' | 'limit'>, opts?: SearchAllOptions): Paginator<Category>
  get(id: number, opts?: CallOptions): Promise<Category>
}

export function createCategoriesApi(client: EcwidClient): CategoriesApi {
  return {
    list: (params, opts = {}) =>
      client.request<SearchResult<Category>>({ path: '/categories', query: toQuery(params), ...opts }),
    listAll: (params = {}, opts = {}) => searchAll<Category>(client, '/categories', params, (c) => c.id, opts),
    get: (id, opts = {}) => client.request<Category>({ path: `/categories/${seg(id)}`, ...opts })
  }
}
