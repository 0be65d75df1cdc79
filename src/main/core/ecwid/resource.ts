// Shared plumbing for the thin resource modules: call options, search-parameter → query
// conversion and "walk every page" built on paginate. No HTTP of its own beyond client.request.

import type { SearchResult } from '@shared/model'
import type { Priority } from '../limiter/types'
import type { EcwidClient, Query, QueryValue } from './client'
import { paginate, type Paginator } from './paginate'

export interface CallOptions {
  priority?: Priority
  signal?: AbortSignal
}

/** Ecwid date filters accept Unix seconds or "yyyy-MM-dd HH:mm:ss[ Z]"; a Date is sent as seconds. */
export type DateParam = number | string | Date

/** Every search accepts these; `responseFields` is Ecwid's syntax, e.g. "total,items(id,name)". */
export interface PageParams {
  offset?: number
  limit?: number
  responseFields?: string
}

export type ParamValue = QueryValue | Date | readonly (string | number)[]

/** Converts typed search parameters to a query: Dates → Unix seconds, arrays → comma lists. */
export function toQuery(params: object | undefined): Query {
  const out: Record<string, QueryValue> = {}
  if (!params) return out
  for (const [key, value] of Object.entries(params as Record<string, ParamValue>)) {
    if (value instanceof Date) out[key] = Math.floor(value.getTime() / 1000)
    else out[key] = value
  }
  return out
}

export interface SearchAllOptions extends CallOptions {
  /** Page size (max 100). */
  pageSize?: number
  maxReconcilePasses?: number
}

/**
 * A paginator over a search endpoint. `params` must not carry offset/limit; `responseFields`
 * lists item fields (the envelope is added by paginate).
 */
export function searchAll<T, R extends SearchResult<T> = SearchResult<T>>(
  client: EcwidClient,
  path: string,
  params: object & { responseFields?: string },
  idOf: (item: T) => string | number,
  opts: SearchAllOptions = {}
): Paginator<T> {
  const { responseFields, ...filters } = params
  const base = toQuery(filters)
  return paginate<T>(
    (offset, limit, fields) =>
      client.request<R>({
        path,
        query: { ...base, offset, limit, responseFields: fields },
        priority: opts.priority ?? 'background',
        signal: opts.signal
      }),
    { idOf, limit: opts.pageSize, responseFields, maxReconcilePasses: opts.maxReconcilePasses }
  )
}
