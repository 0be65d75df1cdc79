// Which planned import cells the user rejected: one pure predicate shared by main (staging, the CLI) and
// the renderer's preview layer (live counts), so what the grid counts is exactly what gets staged.
import type { CsvImportExclusion, CsvRejectRule } from './csv'

/** The part of a planned change the exclusions look at (CsvDiffRow and core's PlannedChange both fit). */
export interface ExcludableChange {
  row: number
  field: string
  before: unknown
  after: unknown
}

const numberOf = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null)

/** True when the rule rejects this change. Non-numeric values never match; from 0 to anything else is an unbounded jump, so it does. */
export function ruleRejects(rule: CsvRejectRule, c: ExcludableChange): boolean {
  if (rule.field !== c.field) return false
  const before = numberOf(c.before)
  const after = numberOf(c.after)
  if (before === null || after === null || before === after) return false
  if (before === 0) return true
  return (Math.abs(after - before) / Math.abs(before)) * 100 > rule.percent
}

export type ExclusionTest = (c: ExcludableChange) => boolean

/** Compiles the exclusion once (sets) so a 100k-change plan is filtered in linear time. */
export function rejectionTest(exclude: CsvImportExclusion | undefined): ExclusionTest {
  const rows = new Set(exclude?.excludeRows ?? [])
  const fields = new Set(exclude?.excludeFields ?? [])
  const cells = new Set((exclude?.excludeCells ?? []).map((c) => `${c.row}\u0000${c.field}`))
  const rules = exclude?.rules ?? []
  if (rows.size === 0 && fields.size === 0 && cells.size === 0 && rules.length === 0) return () => false
  return (c) => rows.has(c.row) || fields.has(c.field) || cells.has(`${c.row}\u0000${c.field}`) || rules.some((r) => ruleRejects(r, c))
}
