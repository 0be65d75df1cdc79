// The command table: one entry per `stockroom` command (shared/CLI.md). Each issue adds its own.
import type { ParseArgsConfig } from 'node:util'
import type { CliContext } from '../context'
import { sandboxCommand } from './sandbox'
import { fetchCommand } from './fetch'
import { storeCommand } from './store'
import { syncCommand } from './sync'
import { queryCommand } from './query'
import { bulkCommand } from './bulk'
import { sessionCommand } from './session'
import { exportCommand } from './export'
import { importCommand } from './import'

export type OptionValues = Record<string, string | boolean | undefined>

export interface Command {
  summary: string
  options: NonNullable<ParseArgsConfig['options']>
  /** Resolves to an exit code when the command chooses one (e.g. a push with failures), else 0. */
  run(ctx: CliContext, values: OptionValues, positionals: string[]): Promise<void | number>
}

export const COMMANDS: Record<string, Command> = {
  sandbox: sandboxCommand,
  fetch: fetchCommand,
  store: storeCommand,
  sync: syncCommand,
  query: queryCommand,
  bulk: bulkCommand,
  session: sessionCommand,
  export: exportCommand,
  import: importCommand
}
