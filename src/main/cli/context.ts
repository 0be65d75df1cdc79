// What every CLI command gets: parsed global options, output, and the token source (env var
// STOCKROOM_TOKEN, else the keychain entry for --store; never a command-line argument).
import { AppError } from '@shared/errors'
import { createKeytarSecretStore } from '../core/secrets/keytar-store'
import type { SecretStore } from '../core/secrets/secret-store'
import type { Output } from './output'
import { UsageError } from './output'

export const DEFAULT_API_BASE = 'https://app.ecwid.com/api/v3'

export interface GlobalOptions {
  apiBase: string
  storeId: number | null
  dataDir: string
  json: boolean
}

export interface CliContext {
  global: GlobalOptions
  out: Output
  env: NodeJS.ProcessEnv
  secrets: SecretStore
  /** Where `store add` reads a token when STOCKROOM_TOKEN is not set. */
  stdin: NodeJS.ReadableStream
  /** Set by a command that serves until killed; main waits for it. */
  signal: AbortSignal
}

export function requireStore(ctx: CliContext): number {
  if (ctx.global.storeId === null) throw new UsageError('This command needs --store ID.')
  return ctx.global.storeId
}

export async function resolveToken(ctx: CliContext, storeId: number): Promise<string> {
  const fromEnv = ctx.env.STOCKROOM_TOKEN?.trim()
  if (fromEnv) return fromEnv
  const saved = await ctx.secrets.get(storeId)
  if (!saved) {
    throw new AppError('AUTH_INVALID', `No token for store ${storeId}: set STOCKROOM_TOKEN or run \`stockroom store add --store ${storeId}\`.`)
  }
  return saved
}

export function defaultSecrets(): SecretStore {
  return createKeytarSecretStore()
}
