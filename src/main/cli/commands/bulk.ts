// `stockroom bulk <resource> --session NAME [--search TEXT] (--set field=value | --adjust field=+10%
// [--round .99])`: stages a bulk operation into a session (created if missing). Nothing is sent to
// Ecwid until `session push`. Prints { session, changes }.
import { AppError } from '@shared/errors'
import { SESSION_RESOURCES, type BulkOperation, type SessionResource } from '@shared/model/session'
import { parseAdjust, parseRound } from '../../core/sessions/rounding'
import { coerceValue } from '../../core/sessions/validate'
import { UsageError } from '../output'
import type { Command } from './index'
import { openSessions } from './session'

function splitAssignment(text: string, flag: string): [string, string] {
  const i = text.indexOf('=')
  if (i <= 0) throw new UsageError(`${flag} takes field=value, e.g. ${flag} price=9.99.`)
  return [text.slice(0, i).trim(), text.slice(i + 1)]
}

export function operationFrom(resource: SessionResource, values: Record<string, string | boolean | undefined>): BulkOperation {
  const set = typeof values.set === 'string' ? values.set : undefined
  const adjust = typeof values.adjust === 'string' ? values.adjust : undefined
  if ((set === undefined) === (adjust === undefined)) throw new UsageError('Give exactly one of --set field=value or --adjust field=+10%.')
  try {
    if (set !== undefined) {
      const [field, text] = splitAssignment(set, '--set')
      return { kind: 'set', field, value: coerceValue(resource, field, text) }
    }
    const [field, text] = splitAssignment(adjust as string, '--adjust')
    const round = typeof values.round === 'string' ? parseRound(values.round) : undefined
    return { kind: 'adjust', field, ...parseAdjust(text), ...(round ? { round } : {}) }
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError((e as Error).message)
  }
}

export const bulkCommand: Command = {
  summary: 'stage a bulk edit: bulk <resource> --session NAME [--search T] (--set f=v | --adjust f=+10% [--round .99])',
  options: { session: { type: 'string' }, search: { type: 'string' }, set: { type: 'string' }, adjust: { type: 'string' }, round: { type: 'string' } },
  async run(ctx, values, positionals) {
    const resource = positionals[0] as SessionResource | undefined
    if (!resource || !SESSION_RESOURCES.includes(resource)) throw new UsageError(`bulk needs a resource: ${SESSION_RESOURCES.join(', ')}.`)
    if (typeof values.session !== 'string' || values.session.trim() === '') throw new UsageError('bulk needs --session NAME.')
    const op = operationFrom(resource, values)
    const { storeId, service, close } = await openSessions(ctx)
    try {
      const sessions = service.engine(storeId).sessions
      const session = sessions.byName(values.session) ?? sessions.create(values.session)
      const search = typeof values.search === 'string' ? values.search : undefined
      const result = await service.api.applyBulk(storeId, session.id, resource, search ? { query: { search } } : {}, op)
      for (const bad of result.invalid.slice(0, 20)) ctx.out.info(`skipped ${bad.entityId}: ${bad.message}`)
      // Say why: the first refusal usually holds for every entry (e.g. a status only Ecwid sets).
      // Thrown before the result: with --json, stdout carries exactly one object (the error).
      const first = result.invalid[0]
      if (first && result.changes === 0) throw new AppError('VALIDATION', `Every matching entry was invalid; nothing was staged. ${first.message}`)
      ctx.out.result(
        { session: session.name, changes: result.changes, entities: result.entities, unchanged: result.unchanged, invalid: result.invalid.length },
        `${result.changes} changes staged in ${session.name} (${result.entities} ${resource}; ${result.unchanged} unchanged, ${result.invalid.length} invalid)`
      )
    } finally {
      await close()
    }
  }
}
