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

/** True when the rule rejects this change; non-numeric values and a zero "before" never match a percent rule. */
export function ruleRejects(rule: CsvRejectRule, c: ExcludableChange): boolean {
  if (rule.field !== c.field) return false
  const before = Number(c.before)
  const after = Number(c.after)
  if (c.before === null || c.before === '' || !Number.isFinite(before) || !Number.isFinite(after) || before === 0) return false
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
