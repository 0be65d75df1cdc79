// Planned changes -> a bulk edit session, through the session service's own stageEdits/stageCreate (the
// same validation, base values and undo as grid edits). Refusals come back as report lines with rows.
import { isAppError } from '@shared/errors'
import type { CsvReportLine } from '@shared/model/csv'
import type { CellEdit, JsonValue, SessionResource } from '@shared/model/session'
import type { SessionsApi } from '../sessions/service'
import { variationEntityId } from '../sessions/variation-port'
import { toJson } from './store-import'
import type { PlannedChange } from './types'

export type StagingApi = Pick<SessionsApi, 'stageEdits' | 'stageCreate'>

export interface StageOutcome {
  staged: number
  rejected: CsvReportLine[]
}

const refused = (row: number, column: string, message: string, code = 'INVALID_VALUE'): CsvReportLine => ({ severity: 'error', code, row, column, message })

export async function stagePlannedChanges(sessions: StagingApi, storeId: number, sessionId: string, resource: SessionResource, changes: readonly PlannedChange[]): Promise<StageOutcome> {
  const rejected: CsvReportLine[] = []
  const updates: { edit: CellEdit; row: number }[] = []
  const creates = new Map<number, Record<string, JsonValue>>()
  for (const c of changes) {
    const value = toJson(c.after)
    if (c.variationId !== undefined) {
      // Ecwid-format product_variation rows: the engine's variation resource, "productId/combinationId".
      updates.push({ edit: { resource: 'variations', entityId: variationEntityId(Number(c.entityId), c.variationId), field: c.field, value }, row: c.row })
      continue
    }
    if (c.entityId === 'new') {
      const fields = creates.get(c.row) ?? {}
      fields[c.field] = value
      creates.set(c.row, fields)
    } else {
      updates.push({ edit: { resource, entityId: c.entityId, field: c.field, value }, row: c.row })
    }
  }
  let staged = 0
  // One stageEdits call: one transaction and one undo step for every updated cell of the import.
  if (updates.length > 0) {
    const r = await sessions.stageEdits(storeId, sessionId, updates.map((u) => u.edit))
    staged += r.staged
    for (const bad of r.rejected) {
      const row = updates[bad.index]?.row ?? 0
      rejected.push(refused(row, bad.field, `Row ${row}: ${bad.message}`))
    }
  }
  for (const [row, fields] of creates) {
    try {
      await sessions.stageCreate(storeId, sessionId, resource, fields)
      staged += Object.keys(fields).length
    } catch (e) {
      if (!isAppError(e) || e.code !== 'VALIDATION') throw e
      rejected.push(refused(row, '', `Row ${row}: ${e.message}`, 'REQUIRED'))
    }
  }
  return { staged, rejected }
}
