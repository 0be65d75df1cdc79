// The review step's per-row and per-column reject: planned changes minus the CSV rows and fields the
// user unticked, applied before staging so a rejected change is never staged. Pure; no I/O.
import type { CsvImportExclusion } from '@shared/model/csv'
import type { PlannedChange } from './types'

/** The changes left once rejected rows (spreadsheet row numbers) and fields (field paths) are dropped. */
export function withoutExcluded(changes: readonly PlannedChange[], exclude: CsvImportExclusion | undefined): PlannedChange[] {
  const rows = new Set(exclude?.excludeRows ?? [])
  const fields = new Set(exclude?.excludeFields ?? [])
  if (rows.size === 0 && fields.size === 0) return [...changes]
  return changes.filter((c) => !rows.has(c.row) && !fields.has(c.field))
}
