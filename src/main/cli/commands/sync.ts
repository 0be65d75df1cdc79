// `stockroom sync [--full] [--resources a,b]`: brings the store's local copy (the same database the
// app uses) up to date through the scheduler; progress on stderr. Ctrl+C stops it cleanly (exit 5)
// and the next sync continues. Never prints the token.
import { SYNC_RESOURCES, setAsideLine, type SyncResource } from '@shared/model/sync'
import { createEcwidApi } from '../../core/ecwid'
import { createCliScheduler } from '../../core/limiter/shared-scheduler'
import { openDb } from '../../core/store/db'
import { storeDataDir } from '../../core/stores/local-data'
import { createStoreRegistry } from '../../core/stores/store-registry'
import { runSync } from '../../core/sync/sync-engine'
import { requireStore, resolveToken } from '../context'
import { UsageError } from '../output'
import type { Command } from './index'

export function parseResources(raw: string | boolean | undefined): SyncResource[] | undefined {
  if (raw === undefined || typeof raw === 'boolean') return undefined
  const list = raw.split(',').map((s) => s.trim()).filter((s) => s !== '')
  const bad = list.filter((r) => !(SYNC_RESOURCES as readonly string[]).includes(r))
  if (list.length === 0 || bad.length > 0) throw new UsageError(`--resources takes a comma list of: ${SYNC_RESOURCES.join(', ')}.`)
  return [...new Set(list)] as SyncResource[]
}

const minutes = (ms: number | null): string => (ms === null ? '?' : ms < 60_000 ? `${Math.ceil(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`)

export const syncCommand: Command = {
  summary: 'sync the store into its local copy (--full to re-read everything, --resources a,b)',
  options: { full: { type: 'boolean' }, resources: { type: 'string' } },
  async run(ctx, values) {
    const storeId = requireStore(ctx)
    const resources = parseResources(values.resources)
    const token = await resolveToken(ctx, storeId)
    const scheduler = createCliScheduler(ctx.global.dataDir)
    const api = createEcwidApi({ apiBase: ctx.global.apiBase, storeId, getToken: async () => token, scheduler })
    const db = openDb(storeDataDir(ctx.global.dataDir, storeId))
    try {
      let last = ''
      const result = await runSync(
        {
          api,
          db,
          signal: ctx.signal,
          limiter: () => scheduler.stats(),
          onProgress: (p) => {
            const line = `${p.mode} sync: ${p.resource} ${p.done}/${p.total} · ${p.requests} requests · about ${minutes(p.etaMs)} left`
            if (line !== last) ctx.out.info(line)
            last = line
          }
        },
        { full: values.full === true, resources }
      )
      // The app shows this date too; a store synced only from the CLI is not in the registry.
      const registry = createStoreRegistry(ctx.global.dataDir)
      const known = await registry.get(storeId)
      if (known) await registry.put({ ...known, lastSyncAt: Date.now() })
      const { mode, requests, rateLimited, durationMs, counts } = result
      for (const s of result.setAside) ctx.out.info(`${setAsideLine(s)}. Every other item synced.`)
      for (const n of result.notes) ctx.out.info(`note: ${n.text}`)
      const human = `${mode} sync: ${requests} requests (${rateLimited} rate-limited) in ${durationMs} ms\n` +
        Object.entries(counts).map(([k, v]) => `  ${k}: ${v}`).join('\n')
      ctx.out.result({ mode, requests, rateLimited, durationMs, counts }, human)
    } finally {
      db.close()
      scheduler.dispose()
    }
  }
}
