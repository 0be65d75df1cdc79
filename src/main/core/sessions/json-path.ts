// Small pure helpers over JSON values: deep equality, dot-path get/set, and the text form stored in
// SQLite (null for "absent"). No I/O.
import type { JsonValue } from '@shared/model/session'

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Structural equality for JSON data; object key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined || a === null || b === null) return false
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]))
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined)
    const kb = Object.keys(b).filter((k) => b[k] !== undefined)
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]))
  }
  return false
}

/** Value at a dot path ("dimensions.length"); undefined when any step is missing. */
export function getPath(entity: unknown, path: string): unknown {
  let cur: unknown = entity
  for (const key of path.split('.')) {
    if (!isRecord(cur)) return undefined
    cur = cur[key]
  }
  return cur
}

/** Returns a copy of `target` with the path set (creating objects on the way); undefined deletes. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]]
  const out: Record<string, unknown> = { ...target }
  if (rest.length === 0) {
    if (value === undefined) delete out[head]
    else out[head] = value
    return out
  }
  const inner = isRecord(out[head]) ? (out[head] as Record<string, unknown>) : {}
  out[head] = setPath(inner, rest.join('.'), value)
  return out
}

/** Only JSON-safe data reaches the database; undefined (absent) is stored as SQL NULL. */
export function toText(v: unknown): string | null {
  return v === undefined ? null : JSON.stringify(v)
}

export function fromText(t: unknown): JsonValue | undefined {
  return typeof t === 'string' ? (JSON.parse(t) as JsonValue) : undefined
}

/** undefined → null for the wire, which has no "absent". */
export function orNull(v: JsonValue | undefined): JsonValue | null {
  return v === undefined ? null : v
}
