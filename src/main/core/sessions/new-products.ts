// Variations staged for a product that is itself staged for creation name it by its "new:<uuid>"
// id. A push holds them back until the product's create is applied, then writes the id Ecwid gave
// the product into their bodies (in the session database, so a resumed push finds them ready).
import type { ChangeRow } from './changes'
import type { Db } from './db'
import { fromText, isRecord } from './json-path'

/** The staged product a variation create waits for, or null when it names an existing product. */
export function awaitedProduct(row: ChangeRow): string | null {
  if (row.resource !== 'variations' || row.kind !== 'create') return null
  const body = fromText(row.value)
  return isRecord(body) && typeof body.productId === 'string' && body.productId.startsWith('new:') ? body.productId : null
}

/** Rows that can be sent now: everything but variations of products not created yet. */
export const readyRows = (rows: readonly ChangeRow[]): ChangeRow[] => rows.filter((r) => awaitedProduct(r) === null)

/** Points waiting variation creates at their created products; answers how many it resolved. */
export function resolveCreatedProducts(db: Db, sessionId: string, rows: readonly ChangeRow[]): number {
  const created = db.prepare(
    "SELECT result_id FROM changes WHERE session_id = ? AND resource = 'products' AND entity_id = ? AND kind = 'create' AND state = 'applied' AND result_id IS NOT NULL LIMIT 1"
  )
  const write = db.prepare('UPDATE changes SET value = ? WHERE id = ?')
  let resolved = 0
  for (const r of rows) {
    const wanted = awaitedProduct(r)
    if (!wanted) continue
    const hit = created.get(sessionId, wanted) as { result_id: string } | undefined
    if (!hit || !/^\d+$/.test(hit.result_id)) continue
    write.run(JSON.stringify({ ...(fromText(r.value) as Record<string, unknown>), productId: Number(hit.result_id) }), r.id)
    resolved++
  }
  return resolved
}
