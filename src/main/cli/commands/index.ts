// The command table: one entry per `stockroom` command (shared/CLI.md). Each issue adds its own.
import type { ParseArgsConfig } from 'node:util'
import type { CliContext } from '../context'
import { sandboxCommand } from './sandbox'
import { fetchCommand } from './fetch'
import { storeCommand } from './store'

export type OptionValues = Record<string, string | boolean | undefined>

export interface Command {
  summary: string
  options: NonNullable<ParseArgsConfig['options']>
  run(ctx: CliContext, values: OptionValues, positionals: string[]): Promise<void>
}

export const COMMANDS: Record<string, Command> = {
  sandbox: sandboxCommand,
  fetch: fetchCommand,
  store: storeCommand
}
