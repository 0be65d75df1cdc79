// Query-string parsing shared by the sandbox routes (Ecwid's param formats, 400 on bad values) and
// the offset/limit page envelope.

import type { SearchResult } from '../../shared/model/common'
import { parseEcwidDate } from './dates'
import { badRequest } from './errors'

export const MAX_LIMIT = 100

export function intParam(q: URLSearchParams, name: string): number | undefined {
  const v = q.get(name)
  if (v === null || v === '') return undefined
  if (!/^-?\d+$/.test(v.trim())) throw badRequest(`Parameter '${name}' should be an integer, got '${v}'`)
  return Number(v)
}

export function numParam(q: URLSearchParams, name: string): number | undefined {
  const v = q.get(name)
  if (v === null || v === '') return undefined
  const n = Number(v)
  if (!Number.isFinite(n)) throw badRequest(`Parameter '${name}' should be a number, got '${v}'`)
  return n
}

export function boolParam(q: URLSearchParams, name: string): boolean | undefined {
  const v = q.get(name)
  if (v === null || v === '') return undefined
  if (v === 'true') return true
  if (v === 'false') return false
  throw badRequest(`Parameter '${name}' should be true or false, got '${v}'`)
}

/** Unix seconds or Ecwid date strings. */
export function dateParam(q: URLSearchParams, name: string): number | undefined {
  const v = q.get(name)
  if (v === null || v === '') return undefined
  const t = parseEcwidDate(v)
  if (t === undefined) throw badRequest(`Parameter '${name}' has an unsupported date format: '${v}'`)
  return t
}

export function listParam(q: URLSearchParams, name: string): string[] | undefined {
  const v = q.get(name)
  if (v === null || v.trim() === '') return undefined
  return v.split(',').map((s) => s.trim()).filter((s) => s !== '')
}

export function enumListParam<T extends string>(q: URLSearchParams, name: string, allowed: readonly T[]): T[] | undefined {
  const list = listParam(q, name)
  if (!list) return undefined
  for (const v of list) if (!(allowed as readonly string[]).includes(v)) throw badRequest(`Parameter '${name}' has an unknown value '${v}'`)
  return list as T[]
}

export interface Paging {
  offset: number
  limit: number
}

/** Ecwid: limit defaults to 100 and is capped at 100; negative values are rejected. */
export function paging(q: URLSearchParams, defaultLimit = MAX_LIMIT): Paging {
  const offset = intParam(q, 'offset') ?? 0
  const limit = intParam(q, 'limit') ?? defaultLimit
  if (offset < 0) throw badRequest(`Parameter 'offset' should not be negative`)
  if (limit < 0) throw badRequest(`Parameter 'limit' should not be negative`)
  return { offset, limit: Math.min(limit, MAX_LIMIT) }
}

/** Builds only the items of the requested page. */
export function paginate<T>(indices: readonly number[], p: Paging, get: (index: number) => T | undefined): SearchResult<T> {
  const items: T[] = []
  const end = Math.min(indices.length, p.offset + p.limit)
  for (let k = p.offset; k < end; k++) {
    const item = get(indices[k] as number)
    if (item !== undefined) items.push(item)
  }
  return { total: indices.length, count: items.length, offset: p.offset, limit: p.limit, items }
}

/** Between-bounds check used by date and number filters. */
export function within(v: number, from: number | undefined, to: number | undefined): boolean {
  return (from === undefined || v >= from) && (to === undefined || v <= to)
}
