// The contract's Duplicate and delete-preview methods over a store's staging context; spread into the
// sessions service. No electron import.
import type { StockroomApi } from '@shared/contract'
import type { SessionSummary } from '@shared/model/session'
import type { StagingDeps } from '../sessions/staging'
import { previewProductDeletes } from './delete-preview'
import { stageDuplicates } from './duplicate'

type Methods = Pick<StockroomApi, 'stageDuplicates' | 'previewProductDeletes'>

export function productCrudMethods(context: (storeId: number) => Promise<StagingDeps>): Methods {
  return {
    async stageDuplicates(storeId, sessionId, productIds) {
      const ctx = await context(storeId)
      const entityIds = await stageDuplicates(ctx, sessionId, productIds)
      const variations = ctx.db.prepare("SELECT count(*) AS n FROM changes WHERE session_id = ? AND resource = 'variations' AND kind = 'create' AND json_extract(value, '$.productId') IN (SELECT value FROM json_each(?))")
      const n = (variations.get(sessionId, JSON.stringify(entityIds)) as { n: number }).n
      const session: SessionSummary = ctx.sessions.get(sessionId)
      return { entityIds, variations: n, session }
    },
    async previewProductDeletes(storeId, productIds) {
      return previewProductDeletes((await context(storeId)).source, productIds)
    }
  }
}
