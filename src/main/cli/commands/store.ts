// `stockroom store add|list|remove`: the Stores screen headless. `add` validates the token with the
// same core connectStore as the app and saves it to the keychain only after it passed.
import { AppError } from '@shared/errors'
import type { StoreSummary } from '@shared/model/store'
import { missingScopeNotes } from '@shared/scope-notes'
import { connectStore } from '../../core/stores/connect-store'
import { removeLocalData } from '../../core/stores/local-data'
import { createStoreRegistry } from '../../core/stores/store-registry'
import { requireStore, type CliContext } from '../context'
import { UsageError } from '../output'
import { readSecret } from '../read-secret'
import type { Command, OptionValues } from './index'

const SUBCOMMANDS = ['add', 'list', 'remove'] as const

/** The --json shape of one store (shared/CLI.md): never a token, only what the registry holds. */
function entryOf(s: StoreSummary): { storeId: number; label: string; name: string; scopes: string[]; demo: boolean } {
  return { storeId: s.storeId, label: s.label, name: s.name, scopes: s.scopes, demo: s.demo }
}

function lineOf(s: StoreSummary): string {
  return `${s.storeId}\t${s.label}${s.demo ? ' (demo)' : ''}\t${s.name}\t${s.scopes.length} scopes`
}

async function add(ctx: CliContext, values: OptionValues): Promise<void> {
  const storeId = requireStore(ctx)
  const label = typeof values.label === 'string' ? values.label : undefined
  // Never a command-line argument: it would show in the process list and the shell history.
  const token = ctx.env.STOCKROOM_TOKEN?.trim() || (await readSecret(ctx.stdin, (t) => ctx.out.info(t)))
  if (!token) throw new UsageError('No token: set STOCKROOM_TOKEN or pipe the token on stdin (e.g. `pass ecwid | stockroom store add --store ID`).')
  ctx.out.info(`Checking the token with Ecwid for store ${storeId}…`)
  const registry = createStoreRegistry(ctx.global.dataDir)
  const summary = await connectStore({ registry, secrets: ctx.secrets, apiBase: ctx.global.apiBase }, { storeId, token, label })
  for (const note of missingScopeNotes(summary.capabilities)) ctx.out.info(`note: ${note}`)
  ctx.out.result({ stores: [entryOf(summary)] }, `Connected store ${summary.storeId} “${summary.label}” (${summary.name}); the token is saved in the system keychain.`)
}

async function list(ctx: CliContext): Promise<void> {
  const stores = await createStoreRegistry(ctx.global.dataDir).list()
  ctx.out.result({ stores: stores.map(entryOf) }, stores.length ? stores.map(lineOf).join('\n') : 'No stores on this computer yet: run `stockroom store add --store ID`.')
}

async function remove(ctx: CliContext, values: OptionValues, positionals: string[]): Promise<void> {
  const raw = positionals[1] ?? (ctx.global.storeId === null ? undefined : String(ctx.global.storeId))
  const storeId = Number(raw)
  if (raw === undefined || !Number.isInteger(storeId) || storeId <= 0) throw new UsageError('Usage: stockroom store remove <store id> [--delete-local-data]')
  const registry = createStoreRegistry(ctx.global.dataDir)
  const store = await registry.get(storeId)
  // The keychain first: if it refuses, the store stays listed so the user still sees the token exists.
  const hadToken = store?.demo ? false : await ctx.secrets.delete(storeId)
  if (!store && !hadToken) throw new AppError('NOT_FOUND', `Store ${storeId} is not connected on this computer.`)
  await registry.remove(storeId)
  if (values['delete-local-data'] === true) await removeLocalData(ctx.global.dataDir, storeId)
  const remaining = await registry.list()
  ctx.out.info(`Removed store ${storeId}${hadToken ? ' and its keychain entry' : ''}${values['delete-local-data'] === true ? ' and its local data' : ''}.`)
  ctx.out.result({ removed: storeId, stores: remaining.map(entryOf) }, remaining.length ? remaining.map(lineOf).join('\n') : 'No stores left on this computer.')
}

export const storeCommand: Command = {
  summary: 'add (token from STOCKROOM_TOKEN or stdin), list or remove the stores on this computer',
  options: { label: { type: 'string' }, 'delete-local-data': { type: 'boolean' } },
  async run(ctx, values, positionals) {
    const sub = positionals[0]
    switch (sub) {
      case 'add':
        return add(ctx, values)
      case 'list':
        return list(ctx)
      case 'remove':
        return remove(ctx, values, positionals)
      default:
        throw new UsageError(`store needs a subcommand: ${SUBCOMMANDS.join(', ')}.`)
    }
  }
}
