// Ecwid's `responseFields` filter, e.g. "total,items(id,name,media(images(id)))": keeps only the
// named keys at each level; arrays are filtered element by element.

import { badRequest } from './errors'

/** Field name -> nested selection (null = keep the whole value). */
export type FieldTree = Map<string, FieldTree | null>

export function parseResponseFields(spec: string): FieldTree {
  let pos = 0
  const parseList = (): FieldTree => {
    const tree: FieldTree = new Map()
    for (;;) {
      const start = pos
      while (pos < spec.length && !',()'.includes(spec[pos] as string)) pos++
      const name = spec.slice(start, pos).trim()
      let sub: FieldTree | null = null
      if (spec[pos] === '(') {
        pos++
        sub = parseList()
        if (spec[pos] !== ')') throw badRequest(`Malformed responseFields: missing ')' in "${spec}"`)
        pos++
      }
      if (name !== '') tree.set(name, sub)
      else if (sub !== null) throw badRequest(`Malformed responseFields: "${spec}"`)
      if (spec[pos] === ',') {
        pos++
        continue
      }
      return tree
    }
  }
  const tree = parseList()
  if (pos !== spec.length) throw badRequest(`Malformed responseFields: unexpected ')' in "${spec}"`)
  return tree
}

export function applyResponseFields(value: unknown, tree: FieldTree): unknown {
  if (Array.isArray(value)) return value.map((v) => applyResponseFields(v, tree))
  if (value === null || typeof value !== 'object') return value
  const src = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, sub] of tree) {
    if (!(key in src)) continue
    out[key] = sub === null ? src[key] : applyResponseFields(src[key], sub)
  }
  return out
}
