// `stockroom session list|show|push|discard|revert NAME`: bulk edit sessions from the command line
// over the same engine as the app (sessions.db in the store's data dir). A killed `session push`
// run again resumes the same push from its journal. Progress on stderr; never prints the token.
import { AppError } from '@shared/errors'
import type { SessionSummary } from '@shared/model/session'
import { createEcwidApi } from '../../core/ecwid'
import { createCliScheduler } from '../../core/limiter/shared-scheduler'
import { createSessionsService, type SessionsService } from '../../core/sessions/service'
import { createImageFiles } from '../../core/images/files'
import { checkImageUrls } from '../../core/images/url-check'
import { requireStore, resolveToken, type CliContext } from '../context'
import { EXIT, UsageError } from '../output'
import type { Command } from './index'
import { intOption } from './sandbox'

/**
 * The sessions service for one store. Entities are read from the Ecwid API until the session
 * ports are wired to the local store; the token comes from STOCKROOM_TOKEN or the keychain.
 */
export async function openSessions(ctx: CliContext, pollMs?: number): Promise<{ storeId: number; service: SessionsService; close(): Promise<void> }> {
  const storeId = requireStore(ctx)
  const token = await resolveToken(ctx, storeId)
  const scheduler = createCliScheduler(ctx.global.dataDir)
  const api = createEcwidApi({ apiBase: ctx.global.apiBase, storeId, getToken: async () => token, scheduler })
  const remote = pollMs === undefined ? undefined : { pollIntervalMs: pollMs, maxPollIntervalMs: Math.max(pollMs, 1000) }
  // Image files staged in the app live in the same data folder: the CLI can push them too.
  const service = createSessionsService({ dataDir: ctx.global.dataDir, apiFor: async () => api, remote, images: { files: createImageFiles(ctx.global.dataDir), checkUrls: (urls) => checkImageUrls(urls) } })
  return {
    storeId,
    service,
    async close() {
      await service.close()
      scheduler.dispose()
    }
  }
}

export function findSession(service: SessionsService, storeId: number, name: string | undefined): SessionSummary {
  if (!name) throw new UsageError('Name the session: stockroom session <command> NAME.')
  const found = service.engine(storeId).sessions.byName(name)
  if (!found) throw new AppError('NOT_FOUND', `There is no session called “${name}” for store ${storeId}.`)
  return found
}

const brief = (s: SessionSummary): Record<string, unknown> => ({
  id: s.id, name: s.name, status: s.status, active: s.active, changes: s.changeCount, entities: s.entityCount, counts: s.counts,
  createdAt: s.createdAt, pushedAt: s.pushedAt, revertOf: s.revertOf
})

const SUBCOMMANDS = ['list', 'show', 'push', 'discard', 'revert'] as const

export const sessionCommand: Command = {
  summary: 'bulk edit sessions: session list | show NAME | push NAME | discard NAME | revert NAME',
  options: { limit: { type: 'string' }, 'retry-failed': { type: 'boolean' }, 'poll-ms': { type: 'string' } },
  async run(ctx, values, positionals) {
    const [sub, name] = positionals
    if (!sub || !(SUBCOMMANDS as readonly string[]).includes(sub)) throw new UsageError(`session needs one of: ${SUBCOMMANDS.join(', ')}.`)
    const { storeId, service, close } = await openSessions(ctx, intOption(values, 'poll-ms', 10))
    const api = service.api
    try {
      if (sub === 'list') {
        const sessions = await api.listSessions(storeId)
        ctx.out.result({ sessions: sessions.map(brief) }, sessions.map((s) => `${s.name.padEnd(24)} ${s.status.padEnd(9)} ${s.changeCount} changes`).join('\n') || 'No sessions.')
        return
      }
      const session = findSession(service, storeId, name)
      if (sub === 'show') {
        const limit = Number(values.limit ?? 50)
        const review = await api.reviewSession(storeId, session.id, { limit: Number.isInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 50 })
        const estimate = await api.estimatePush(storeId, session.id)
        const conflicts = await api.listConflicts(storeId, session.id)
        const lines = review.rows.map((c) => `${c.label} · ${c.field || c.kind}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)} [${c.state}]${c.error ? ` ${c.error}` : ''}`)
        ctx.out.result(
          { session: brief(session), estimate, byResource: review.byResource, byField: review.byField, conflicts, changes: review.rows },
          [`${session.name}: ${session.changeCount} changes (${session.status})`, estimate.text, ...lines].join('\n')
        )
        return
      }
      if (sub === 'discard') {
        await api.discardSession(storeId, session.id)
        ctx.out.result({ discarded: session.name }, `Discarded ${session.name}.`)
        return
      }
      if (sub === 'revert') {
        const reverted = await api.revertSession(storeId, session.id)
        ctx.out.result({ session: reverted.name, changes: reverted.changeCount }, `Created ${reverted.name} with ${reverted.changeCount} changes; review it, then push it.`)
        return
      }
      const estimate = await api.estimatePush(storeId, session.id)
      ctx.out.info(estimate.text)
      let last = 0
      const result = await service.runPush(storeId, session.id, {
        retryFailed: values['retry-failed'] === true,
        signal: ctx.signal,
        onProgress: (p) => {
          if (Date.now() - last < 1000) return
          last = Date.now()
          ctx.out.info(`push: ${p.applied + p.failed}/${p.total} done (${p.failed} failed, ${p.conflicts} conflicts) · ${p.requests} requests`)
        }
      })
      const { applied, failed, conflicts, requests, rateLimited, durationMs } = result
      ctx.out.result(
        { applied, failed, conflicts, requests, rateLimited, durationMs, state: result.state, ...(result.message ? { message: result.message } : {}) },
        `${applied} applied, ${failed} failed, ${conflicts} conflicts · ${requests} requests (${rateLimited} rate-limited) in ${durationMs} ms` +
          (result.message ? `\n${result.message}` : '')
      )
      if (result.state === 'cancelled') return EXIT.STOPPED
      return result.state === 'done' && failed === 0 && conflicts === 0 ? EXIT.OK : EXIT.FAILED
    } finally {
      await close()
    }
  }
}
