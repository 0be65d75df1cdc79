// Reads a dot path ("billingPerson.city") from an entity and compares typed values for "unchanged".
// Pure helpers shared by export (reading) and match (deciding whether a cell changes anything).

import { dateInstant } from './cell-codec'
import type { FieldType } from './types'

export function getPath(entity: unknown, path: string): unknown {
  // Most fields are top-level: no split (called for every column of every row of a 100k-row file).
  if (!path.includes('.')) return entity !== null && typeof entity === 'object' ? (entity as Record<string, unknown>)[path] : undefined
  let cur: unknown = entity
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

/**
 * True when importing `after` over `before` would change nothing. Empty forms are equal to each
 * other; text is compared modulo line endings (Excel rewrites CRLF inside cells as LF); dates by instant.
 */
export function sameValue(before: unknown, after: unknown, type: FieldType): boolean {
  if (isEmpty(before) && isEmpty(after)) return true
  if (isEmpty(before) !== isEmpty(after)) return false
  switch (type) {
    case 'string':
    case 'html':
      return String(before).replace(/\r\n?/g, '\n') === String(after).replace(/\r\n?/g, '\n')
    case 'number':
    case 'integer':
      return Number(before) === Number(after)
    case 'date': {
      const a = dateInstant(String(before))
      const b = dateInstant(String(after))
      return a !== null && a === b
    }
    case 'string-list':
    case 'integer-list':
      return Array.isArray(before) && Array.isArray(after) && before.length === after.length && before.every((v, i) => String(v) === String(after[i]))
    default:
      return before === after
  }
}
