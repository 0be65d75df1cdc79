// The review step's reject (per row, column, cell and rule): planned changes minus what the user
// rejected, applied before staging so a rejected change is never staged. Pure; no I/O.
import type { CsvImportExclusion } from '@shared/model/csv'
import { rejectionTest } from '@shared/model/csv-accept'
import type { PlannedChange } from './types'

/** The changes left once rejected rows (spreadsheet row numbers), fields, cells and rules are applied. */
export function withoutExcluded(changes: readonly PlannedChange[], exclude: CsvImportExclusion | undefined): PlannedChange[] {
  const rejected = rejectionTest(exclude)
  return changes.filter((c) => !rejected(c))
}
