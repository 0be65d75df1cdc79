// The one decision and staging path for an import, shared by the app (importCsv) and the CLI (`import`):
// can this plan be staged at all, which cells did the user accept, and staging exactly those cells.
import type { CsvImportExclusion, CsvUnmatchedRow } from '@shared/model/csv'
import type { SessionResource } from '@shared/model/session'
import { withoutExcluded } from './exclusion'
import type { ImportResult } from './import'
import { stagePlannedChanges, type StageOutcome, type StagingApi } from './stage-import'
import type { CsvIssue, PlannedChange } from './types'

export interface AcceptOptions {
  /** Stage the valid rows of a file that has invalid ones (otherwise nothing is staged). */
  validOnly?: boolean
  exclude?: CsvImportExclusion
  /** The file's name as the user knows it, for messages. */
  fileName: string
}

export type ImportVerdict =
  | { kind: 'blocked'; message: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'nothing'; message: string }
  | { kind: 'all-rejected'; message: string }
  | { kind: 'ready'; accepted: PlannedChange[] }

/** File-level and header-level errors (row null or 1) mean no row could be read safely. */
function blocking(r: ImportResult): CsvIssue | undefined {
  return r.fatal ?? r.issues.find((i) => i.severity === 'error' && (i.row === null || i.row === 1))
}

export function judgeImport(r: ImportResult, opts: AcceptOptions): ImportVerdict {
  const block = blocking(r)
  if (block) return { kind: 'blocked', message: block.message }
  if (r.invalid > 0 && !opts.validOnly) {
    return { kind: 'invalid', message: `${r.invalid} row${r.invalid === 1 ? ' is' : 's are'} invalid. Fix the file and try again, or import the valid rows only.` }
  }
  if (r.changeCount === 0) return { kind: 'nothing', message: `${opts.fileName} changes nothing: no session was created.` }
  const accepted = withoutExcluded(r.changes, opts.exclude)
  if (accepted.length === 0) return { kind: 'all-rejected', message: 'Every change was rejected: no session was created.' }
  return { kind: 'ready', accepted }
}

export type AcceptOutcome<S> =
  | { kind: 'refused'; verdict: Exclude<ImportVerdict, { kind: 'ready' }> }
  | ({ kind: 'staged'; session: S; accepted: number } & StageOutcome)

/**
 * Judges the plan, and only when something is left to stage opens the session (the caller's choice:
 * new, or by name) and stages exactly the accepted cells: one stageEdits call, so one undo step for
 * every updated cell (each created row is its own step, as stageCreate records it).
 */
export async function acceptImport<S extends { id: string }>(
  sessions: StagingApi,
  storeId: number,
  resource: SessionResource,
  result: ImportResult,
  opts: AcceptOptions,
  openSession: () => Promise<S>
): Promise<AcceptOutcome<S>> {
  const verdict = judgeImport(result, opts)
  if (verdict.kind !== 'ready') return { kind: 'refused', verdict }
  const session = await openSession()
  const staged = await stagePlannedChanges(sessions, storeId, session.id, resource, verdict.accepted)
  return { kind: 'staged', session, accepted: verdict.accepted.length, ...staged }
}

/** Rows the file names that match nothing (or may not be created), with the reason the report gives. */
export function unmatchedRows(issues: readonly CsvIssue[]): CsvUnmatchedRow[] {
  const out: CsvUnmatchedRow[] = []
  for (const i of issues) if (i.code === 'NOT_FOUND' && i.row !== null) out.push({ row: i.row, reason: i.message })
  return out
}
