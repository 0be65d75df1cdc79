// `stockroom bulk <resource> --session NAME [--search TEXT] (--set field=value | --adjust field=+10%
// [--round .99])`: stages a bulk operation into a session (created if missing). Nothing is sent to
// Ecwid until `session push`. Prints { session, changes }. For products, the catalogue flags
// (--add-option, --rename-option-value, --generate-variations, --add-category, --remove-category)
// combine into one staging step (one undo) and print { session, changes, products }.
import { AppError } from '@shared/errors'
import { SESSION_RESOURCES, type BulkOperation, type CatalogueStep, type SessionResource } from '@shared/model/session'
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

type Values = Record<string, string | boolean | undefined>

const CATALOGUE_FLAGS = ['add-option', 'rename-option-value', 'generate-variations', 'add-category', 'remove-category'] as const

function categoryId(text: string, flag: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) <= 0) throw new UsageError(`${flag} takes a category id (a positive whole number), e.g. ${flag} 9000001.`)
  return Number(text)
}

/**
 * The catalogue steps the flags ask for, in a fixed order whatever the order on the command line:
 * add the option, rename a value, generate variations (from the options as they then are), categories.
 */
export function catalogueStepsFrom(values: Values): CatalogueStep[] {
  const text = (flag: string): string | undefined => (typeof values[flag] === 'string' ? (values[flag] as string) : undefined)
  const steps: CatalogueStep[] = []
  const add = text('add-option')
  if (add !== undefined) {
    const i = add.indexOf('=')
    const values = i > 0 ? add.slice(i + 1).split(',').map((v) => v.trim()) : []
    if (i <= 0 || values.some((v) => v === '')) throw new UsageError('--add-option takes "Name=V1,V2,...", e.g. --add-option "Size=S,M,L".')
    steps.push({ kind: 'addOption', name: add.slice(0, i).trim(), values })
  }
  const rename = text('rename-option-value')
  if (rename !== undefined) {
    const m = /^([^:]+):([^=]+)=(.+)$/.exec(rename)
    if (!m) throw new UsageError('--rename-option-value takes "Name:Old=New", e.g. --rename-option-value "Size:M=Medium".')
    steps.push({ kind: 'renameOptionValue', name: (m[1] as string).trim(), from: (m[2] as string).trim(), to: (m[3] as string).trim() })
  }
  if (values['generate-variations'] === true) steps.push({ kind: 'generateVariations' })
  const addCat = text('add-category')
  if (addCat !== undefined) steps.push({ kind: 'addCategory', categoryId: categoryId(addCat, '--add-category') })
  const removeCat = text('remove-category')
  if (removeCat !== undefined) steps.push({ kind: 'removeCategory', categoryId: categoryId(removeCat, '--remove-category') })
  return steps
}

export function operationFrom(resource: SessionResource, values: Values): BulkOperation {
  if (CATALOGUE_FLAGS.some((f) => values[f] !== undefined)) {
    if (resource !== 'products') throw new UsageError(`--${CATALOGUE_FLAGS.join(', --')} work on products only.`)
    if (values.set !== undefined || values.adjust !== undefined) throw new UsageError('Give either catalogue flags or --set/--adjust, not both: stage them as two bulk calls.')
    return { kind: 'catalogue', steps: catalogueStepsFrom(values) }
  }
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
  summary:
    'stage a bulk edit: bulk <resource> --session NAME [--search T] (--set f=v | --adjust f=+10% [--round .99]); products also ' +
    '--add-option "Size=S,M,L" --rename-option-value "Size:M=Medium" --generate-variations --add-category ID --remove-category ID',
  options: {
    session: { type: 'string' }, search: { type: 'string' }, set: { type: 'string' }, adjust: { type: 'string' }, round: { type: 'string' },
    'add-option': { type: 'string' }, 'rename-option-value': { type: 'string' }, 'generate-variations': { type: 'boolean' },
    'add-category': { type: 'string' }, 'remove-category': { type: 'string' }
  },
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
      const summary = `${result.changes} changes staged in ${session.name} (${result.entities} ${resource}; ${result.unchanged} unchanged, ${result.invalid.length} invalid)`
      if (op.kind === 'catalogue') {
        const orphans = result.orphans ?? []
        for (const o of orphans.slice(0, 20)) ctx.out.info(o.deleted ? `deletes variation ${o.label}` : `variation ${o.label} keeps a value that no longer exists`)
        ctx.out.result({ session: session.name, changes: result.changes, products: result.entities, unchanged: result.unchanged, invalid: result.invalid.length, orphans: orphans.length }, summary)
      } else {
        ctx.out.result({ session: session.name, changes: result.changes, entities: result.entities, unchanged: result.unchanged, invalid: result.invalid.length }, summary)
      }
    } finally {
      await close()
    }
  }
}
