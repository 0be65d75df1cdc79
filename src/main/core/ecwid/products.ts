// Products and their variations ("combinations") on Ecwid: typed wrappers over client.request.
// No caching and no business rules here; those live in sync/ and sessions/.

import type {
  CreateResult,
  DeleteResult,
  Product,
  ProductCreate,
  ProductSortOrder,
  ProductUpdate,
  ProductVariation,
  ProductVariationUpdate,
  SearchResult,
  UpdateResult
} from '@shared/model'
import { seg, type EcwidClient } from './client'
import type { Paginator } from './paginate'
import { searchAll, toQuery, type CallOptions, type DateParam, type PageParams, type SearchAllOptions } from './resource'

export interface ProductSearchParams extends PageParams {
  keyword?: string
  /** When set Ecwid ignores the other filters. */
  productId?: number | readonly number[]
  sku?: string
  category?: number
  categories?: readonly number[]
  includeProductsFromSubcategories?: boolean
  priceFrom?: number
  priceTo?: number
  createdFrom?: DateParam
  createdTo?: DateParam
  updatedFrom?: DateParam
  updatedTo?: DateParam
  enabled?: boolean
  inStock?: boolean
  sortBy?: ProductSortOrder
  lang?: string
}

export interface ProductsApi {
  search(params?: ProductSearchParams, opts?: CallOptions): Promise<SearchResult<Product>>
  /** Every matching product; defaults to ADDED_TIME_ASC so new products land at the end of the walk. */
  searchAll(params?: Omit<ProductSearchParams, 'offset' | 'limit'>, opts?: SearchAllOptions): Paginator<Product>
  get(id: number, opts?: CallOptions & { responseFields?: string }): Promise<Product>
  create(product: ProductCreate, opts?: CallOptions): Promise<CreateResult>
  update(id: number, changes: ProductUpdate, opts?: CallOptions): Promise<UpdateResult>
  delete(id: number, opts?: CallOptions): Promise<DeleteResult>
  combinations: {
    /** Ecwid answers a plain array here, not a search envelope. */
    list(productId: number, opts?: CallOptions): Promise<ProductVariation[]>
    update(productId: number, combinationId: number, changes: ProductVariationUpdate, opts?: CallOptions): Promise<UpdateResult>
  }
}

export function createProductsApi(client: EcwidClient): ProductsApi {
  return {
    search: (params, opts = {}) =>
      client.request<SearchResult<Product>>({ path: '/products', query: toQuery(params), ...opts }),
    searchAll: (params = {}, opts = {}) =>
      searchAll<Product>(client, '/products', { sortBy: 'ADDED_TIME_ASC', ...params }, (p) => p.id, opts),
    get: (id, opts = {}) =>
      client.request<Product>({
        path: `/products/${seg(id)}`,
        query: { responseFields: opts.responseFields },
        priority: opts.priority,
        signal: opts.signal
      }),
    create: (product, opts = {}) =>
      client.request<CreateResult>({ method: 'POST', path: '/products', body: product, ...opts }),
    update: (id, changes, opts = {}) =>
      client.request<UpdateResult>({ method: 'PUT', path: `/products/${seg(id)}`, body: changes, ...opts }),
    delete: (id, opts = {}) =>
      client.request<DeleteResult>({ method: 'DELETE', path: `/products/${seg(id)}`, ...opts }),
    combinations: {
      list: (productId, opts = {}) =>
        client.request<ProductVariation[]>({ path: `/products/${seg(productId)}/combinations`, ...opts }),
      update: (productId, combinationId, changes, opts = {}) =>
        client.request<UpdateResult>({
          method: 'PUT',
          path: `/products/${seg(productId)}/combinations/${seg(combinationId)}`,
          body: changes,
          ...opts
        })
    }
  }
}
