// What the descriptor walks share: a sample value per field type, and reading cells of an export.
import type { FieldDescriptor } from '@shared/model/schema'
import type { JsonValue } from '@shared/model/session'
import { getPath } from '../../../src/main/core/csv/field-path'

/** The writable fields of a descriptor table that Ecwid's API takes. */
export const walkedFields = (table: Readonly<Record<string, FieldDescriptor>>): FieldDescriptor[] =>
  Object.values(table).filter((f) => f.edit === 'editable' && f.ecwidApi !== false)

/**
 * A value for the field that differs from what the entity has now; `ids` are ids that exist. Enums
 * pick among the values a write may send (validate.settable).
 */
export function sampleFor(f: FieldDescriptor, entity: object, i: number, ids: readonly number[]): JsonValue {
  const now = getPath(entity, f.path)
  switch (f.type) {
    case 'money':
      return (now === 12.34 ? 23.45 : 12.34) + i
    case 'integer':
      return now === 7 ? 8 : 7
    case 'number':
      return now === 1.5 ? 2.5 : 1.5
    case 'boolean':
      return now !== true
    case 'ids':
      return [ids.find((c) => !((now as number[] | undefined) ?? []).includes(c)) as number]
    case 'list':
      return ['walked']
    case 'enum':
      return (f.validate?.settable ?? f.values ?? []).find((v) => v !== now) as string
    case 'html':
      return `<p>Walked ${f.path}</p>`
    case 'email':
      return `walked${i}@example.com`
    default:
      return `Walked ${f.path}`
  }
}

export const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

/** The cell under `header` in the row whose `idHeader` cell is `id` (Ecwid files: the `product` row). */
export function cellOf(rows: string[][], header: string, idHeader: string, id: number): string | undefined {
  const head = rows[0] as string[]
  const type = head.indexOf('type')
  const row = rows.find((r) => r[head.indexOf(idHeader)] === String(id) && (type < 0 || r[type] === 'product'))
  return row?.[head.indexOf(header)]
}
