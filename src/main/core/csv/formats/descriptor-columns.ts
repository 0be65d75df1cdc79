// CSV columns from the field descriptors (shared/model/schema): the flat format's columns and
// Ecwid's, so a field described once is exported, mapped and imported in both formats.
import type { FieldDescriptor, FieldTable } from '@shared/model/schema'
import type { ColumnDef, FieldType } from '../types'
import { col } from './format'

const CSV_TYPES: Record<FieldDescriptor['type'], FieldType> = {
  money: 'number', number: 'number', integer: 'integer', text: 'string', html: 'html', email: 'string', enum: 'enum',
  date: 'date', boolean: 'boolean', list: 'string-list', ids: 'integer-list', nested: 'string'
}

function extra(f: FieldDescriptor): Partial<ColumnDef> {
  return {
    ...(f.edit === 'read-only' || f.csv?.flat?.readOnly ? { readOnly: true } : {}),
    ...(f.csv?.flat?.identity ? { identity: f.csv.flat.identity } : {}),
    // A file may name only the built-in order statuses: a custom one's id means nothing to a reader.
    ...(f.values ? { enumValues: f.validate?.builtIn ?? f.values } : {})
  }
}

/** Flat-format columns in the descriptors' order: header, dot path, synonyms for automatic mapping. */
export function flatColumnsOf(table: FieldTable): ColumnDef[] {
  return Object.values(table).flatMap((f) => {
    const flat = f.csv?.flat
    if (!flat) return []
    return [col(flat.header, f.path, CSV_TYPES[f.type], { ...extra(f), ...(flat.synonyms ? { synonyms: flat.synonyms } : {}) })]
  })
}

/** The Ecwid-format column of one field, or undefined when Ecwid's file has none for it. */
export function ecwidColumnOf(f: FieldDescriptor): ColumnDef | undefined {
  const e = f.csv?.ecwid
  if (!e) return undefined
  const field = e.field ?? f.path
  return col(e.header, field, CSV_TYPES[f.type], { ...extra(f), ...(field !== f.path ? { path: f.path } : {}), ...(e.negate ? { negate: true } : {}) })
}

/** Ecwid header -> the descriptor column, for the fields that have one. */
export function ecwidColumnsByHeader(table: FieldTable): Map<string, ColumnDef> {
  const out = new Map<string, ColumnDef>()
  for (const f of Object.values(table)) {
    const c = ecwidColumnOf(f)
    if (c) out.set(c.header, c)
  }
  return out
}

/** The record field a descriptor's Ecwid column uses (e.g. inventoryTracked for unlimited). */
export const ecwidFieldOf = (f: FieldDescriptor): string | undefined => (f.csv?.ecwid ? (f.csv.ecwid.field ?? f.path) : undefined)
