// Request-body validation for sandbox writes, answering 400 WRONG_PARAMETER like Ecwid when a
// field has the wrong type or value. Unknown fields are ignored, as Ecwid does.

import type { FieldDescriptor, FieldTable } from '../../shared/model/schema'
import { parseEcwidDate } from './dates'
import { badRequest } from './errors'

export type FieldKind =
  | 'string'
  | 'nonEmptyString'
  | 'number'
  | 'nonNegative'
  | 'integer'
  | 'boolean'
  | 'intArray'
  | 'object'
  | 'array'
  | 'date'
  | 'email'
  | readonly string[]

export type FieldSpec = Record<string, FieldKind>

export function requireObject(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Request body should be a JSON object')
  return body as Record<string, unknown>
}

function check(kind: FieldKind, v: unknown): boolean {
  if (Array.isArray(kind)) return typeof v === 'string' && kind.includes(v)
  switch (kind) {
    case 'string':
      return typeof v === 'string'
    case 'nonEmptyString':
      return typeof v === 'string' && v.trim() !== ''
    case 'number':
      return typeof v === 'number' && Number.isFinite(v)
    case 'nonNegative':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v)
    case 'boolean':
      return typeof v === 'boolean'
    case 'intArray':
      return Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isInteger(x))
    case 'object':
      return v !== null && typeof v === 'object' && !Array.isArray(v)
    case 'array':
      return Array.isArray(v)
    case 'date':
      return typeof v === 'string' && parseEcwidDate(v) !== undefined
    case 'email':
      return typeof v === 'string' && /^[^\s@]+@[^\s@]+$/.test(v)
    default:
      return false
  }
}

function describe(kind: FieldKind): string {
  if (Array.isArray(kind)) return `one of ${kind.join(', ')}`
  const names: Record<string, string> = {
    nonEmptyString: 'a non-empty string',
    nonNegative: 'a non-negative number',
    intArray: 'an array of integers',
    date: "a date ('yyyy-MM-dd HH:mm:ss Z' or unix seconds)",
    email: 'an email address',
    integer: 'an integer'
  }
  return names[kind as string] ?? `a ${kind as string}`
}

/** A top-level field, or a nested one named by a dot path ("dimensions.length"). */
function valueAt(body: Record<string, unknown>, path: string): unknown {
  let cur: unknown = body
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

/** Validates the present fields; `required` lists fields that must be present. */
export function validateFields(body: Record<string, unknown>, spec: FieldSpec, required: readonly string[] = []): void {
  for (const name of required) {
    if (body[name] === undefined || body[name] === null) throw badRequest(`Field '${name}' is required`)
  }
  for (const [name, kind] of Object.entries(spec)) {
    const v = valueAt(body, name)
    if (v === undefined) continue
    if (!check(kind, v)) throw badRequest(`Field '${name}' should be ${describe(kind)}`)
  }
}

/** A write's body: a JSON object whose present fields pass `spec`, with every `required` field there. */
export function checkedBody(body: unknown, spec: FieldSpec, required: readonly string[] = []): Record<string, unknown> {
  const b = requireObject(body)
  validateFields(b, spec, required)
  return b
}

/** The check of each field a client may send, from the descriptors (read-only fields are left out). */
export function specOf(fields: FieldTable, keep: (f: FieldDescriptor) => boolean = () => true): FieldSpec {
  const out: FieldSpec = {}
  for (const f of Object.values(fields)) {
    if (f.edit === 'read-only' || f.ecwidApi === false || !keep(f)) continue
    out[f.path] = kindOf(f)
  }
  return out
}

function kindOf(f: FieldDescriptor): FieldKind {
  switch (f.type) {
    case 'money':
      return 'nonNegative'
    case 'number':
      return f.validate?.min === 0 ? 'nonNegative' : 'number'
    case 'integer':
      return 'integer'
    case 'text':
    case 'html':
      return f.validate?.required ? 'nonEmptyString' : 'string'
    case 'boolean':
      return 'boolean'
    case 'ids':
      return 'intArray'
    case 'list':
      return 'array'
    case 'nested':
      return 'object'
    case 'enum':
      return f.validate?.settable ?? f.values ?? []
    case 'date':
      return 'date'
    case 'email':
      return 'email'
  }
}

/** A new entity's fields: the spec'd top-level fields present in body. */
export function pickFields<T extends object>(body: Record<string, unknown>, spec: FieldSpec): Partial<T> {
  const fields: Partial<T> = {}
  assignFields(fields, body, spec)
  return fields
}

/** Copies the spec'd top-level fields present in body onto target (read-only fields are not in the spec). */
export function assignFields<T extends object>(target: T, body: Record<string, unknown>, spec: FieldSpec): void {
  for (const name of Object.keys(spec)) {
    if (name.includes('.')) continue
    if (body[name] !== undefined) (target as Record<string, unknown>)[name] = body[name]
  }
}
