// The last checked plan of a file, so the preview layer opened from the review step does not plan the
// same file again (a 100,000-row plan takes seconds). It is reused only while nothing it read has
// changed: the same store, request and file (size, modification time), the same local copy (no write
// since, by this connection or another) and the same remembered mapping for the file's shape.
import { stat } from 'node:fs/promises'
import type { CsvReadRequest } from '@shared/model/csv'
import type { Db } from '../store/db'
import type { ImportResult } from './import'
import type { MappingMemory } from './mapping'

/** What a plan read, taken before it ran (the file and the local copy) and after (the remembered mapping). */
interface Stamp {
  key: string
  file: string
  db: Db
  writes: string
}

/** A plan about to run: kept afterwards only if nothing changed while it ran. */
export interface PlanTicket {
  stamp: Stamp
  generation: number
}

export interface PlanCache {
  /** The plan kept for exactly this request, file and local copy, or undefined. */
  get(storeId: number, req: CsvReadRequest, path: string, db: Db): Promise<ImportResult | undefined>
  /** Call before planning; hand the ticket to keep() with the result. */
  begin(storeId: number, req: CsvReadRequest, path: string, db: Db): Promise<PlanTicket>
  keep(ticket: PlanTicket, path: string, result: ImportResult): Promise<void>
  /** Forget the kept plan (the mapping memory was written, or a file was imported). */
  clear(): void
}

/** JSON with object keys sorted, so two equal requests built in another key order match. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v
  )
}

async function fileStamp(path: string): Promise<string> {
  const s = await stat(path)
  return `${s.size}:${s.mtimeMs}:${s.ino}`
}

/**
 * Changes by this connection (total_changes, which the sync writer's upserts count) and commits by
 * other connections (data_version: a CLI sync or import on the same data folder).
 */
function dbWrites(db: Db): string {
  const total = db.get<{ n: number }>('SELECT total_changes() AS n')?.n
  const version = db.get<{ data_version: number }>('PRAGMA data_version')?.data_version
  return `${String(total)}:${String(version)}`
}

const sameStamp = (a: Stamp, b: Stamp): boolean => a.key === b.key && a.file === b.file && a.db === b.db && a.writes === b.writes

export function createPlanCache(memory: MappingMemory): PlanCache {
  let kept: { stamp: Stamp; remembered: string; result: ImportResult } | null = null
  let generation = 0
  const remembered = async (shape: string): Promise<string> => stableJson((await memory.get(shape)) ?? null)
  const stampOf = async (storeId: number, req: CsvReadRequest, path: string, db: Db): Promise<Stamp> => ({
    key: `${storeId}:${stableJson(req)}`,
    file: await fileStamp(path),
    db,
    writes: dbWrites(db)
  })
  return {
    async get(storeId, req, path, db) {
      if (!kept) return undefined
      const { stamp, result } = kept
      const fresh = sameStamp(await stampOf(storeId, req, path, db), stamp) && (await remembered(result.shape)) === kept.remembered
      return fresh ? result : undefined
    },
    async begin(storeId, req, path, db) {
      return { stamp: await stampOf(storeId, req, path, db), generation }
    },
    async keep(ticket, path, result) {
      const { stamp } = ticket
      const after = { ...stamp, file: await fileStamp(path), writes: dbWrites(stamp.db) }
      const mapping = await remembered(result.shape)
      if (ticket.generation === generation && sameStamp(after, stamp)) kept = { stamp, remembered: mapping, result }
    },
    clear() {
      generation++
      kept = null
    }
  }
}
