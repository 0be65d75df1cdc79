// Unit-test setup for the session engine: a temp sessions.db, in-memory ports with a few products
// and coupons, and staging deps. No network.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openEngine, type SessionEngine } from '../../../../../src/main/core/sessions/engine'
import { createMemoryPorts, type MemoryPorts } from '../../../../../src/main/core/sessions/memory-ports'
import type { StagingDeps } from '../../../../../src/main/core/sessions/staging'

export interface UnitHarness {
  engine: SessionEngine
  ports: MemoryPorts
  deps: StagingDeps
  sessionId: string
  dir: string
  close(): void
}

export function products(): Record<string, unknown>[] {
  return [
    { id: 1, name: 'Blue mug', sku: 'MUG-1', price: 10, quantity: 5, unlimited: false, enabled: true, categoryIds: [7], updateTimestamp: 1_700_000_000 },
    { id: 2, name: 'Red mug', sku: 'MUG-2', price: 19.99, quantity: 0, unlimited: false, enabled: true, categoryIds: [], updateTimestamp: 1_700_000_000 },
    { id: 3, name: 'Tea towel', sku: 'TOW-1', unlimited: true, enabled: false, description: 'Cotton $5 towel', updateTimestamp: 1_700_000_000 }
  ]
}

export function unitHarness(): UnitHarness {
  const dir = mkdtempSync(join(tmpdir(), 'stockroom-sessions-unit-'))
  const engine = openEngine(dir, 1)
  const ports = createMemoryPorts()
  ports.load('products', products())
  ports.load('coupons', [{ id: 50, name: 'Spring', code: 'SPRING', discountType: 'PERCENT', discount: 10, status: 'ACTIVE', usesLimit: 'UNLIMITED' }])
  const deps: StagingDeps = {
    db: engine.db,
    sessions: engine.sessions,
    changes: engine.changes,
    undo: engine.undo,
    source: ports.source,
    validation: { precision: 2, isSkuTaken: ports.source.isSkuTaken, isCouponCodeTaken: ports.source.isCouponCodeTaken }
  }
  const sessionId = engine.sessions.create('test').id
  return {
    engine,
    ports,
    deps,
    sessionId,
    dir,
    close() {
      this.engine.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
