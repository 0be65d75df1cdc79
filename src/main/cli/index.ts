// `stockroom` headless CLI: parses the global options (shared/CLI.md), runs one command over the same
// core services as the app, maps errors to exit codes. No electron import.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { defaultDataDir } from '../core/paths'
import type { SecretStore } from '../core/secrets/secret-store'
import { DEFAULT_API_BASE, defaultSecrets, type CliContext } from './context'
import { createOutput, exitCodeFor, EXIT, UsageError } from './output'
import { COMMANDS } from './commands'

const GLOBAL_OPTIONS = {
  'api-base': { type: 'string' },
  store: { type: 'string' },
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const satisfies ParseArgsConfig['options']

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  return ['Usage: stockroom <command> [options]', '', 'Commands:', ...lines, '', 'Global options: --api-base URL  --store ID  --data-dir DIR  --json'].join('\n')
}

/** What tests inject instead of the real keychain and process streams (in-process CLI runs). */
export interface CliDeps {
  secrets?: SecretStore
  stdin?: NodeJS.ReadableStream
  stdout?: NodeJS.WritableStream
  stderr?: NodeJS.WritableStream
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env, deps: CliDeps = {}): Promise<number> {
  const json = argv.includes('--json')
  const stderr = deps.stderr ?? process.stderr
  const out = createOutput(json, deps.stdout ?? process.stdout, stderr)
  const [name, ...rest] = argv
  const command = name ? COMMANDS[name] : undefined
  if (!command) {
    if (name && name !== '--help' && name !== '-h') out.error(new UsageError(`Unknown command "${name}".`))
    stderr.write(`${usage()}\n`)
    return name && name !== '--help' && name !== '-h' ? EXIT.USAGE : EXIT.OK
  }
  const abort = new AbortController()
  const onSignal = (): void => abort.abort()
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    const parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true })
    const v = parsed.values as Record<string, string | boolean | undefined>
    const store = v.store === undefined ? null : Number(v.store)
    if (store !== null && !(Number.isInteger(store) && store > 0)) throw new UsageError('--store must be a positive whole number.')
    const ctx: CliContext = {
      global: { apiBase: String(v['api-base'] ?? DEFAULT_API_BASE), storeId: store, dataDir: String(v['data-dir'] ?? defaultDataDir()), json },
      out,
      env,
      secrets: deps.secrets ?? defaultSecrets(),
      stdin: deps.stdin ?? process.stdin,
      signal: abort.signal
    }
    const code = await command.run(ctx, v, parsed.positionals)
    return typeof code === 'number' ? code : EXIT.OK
  } catch (e) {
    const error = isParseArgsError(e) ? new UsageError(e.message) : e
    out.error(error)
    return exitCodeFor(error)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

function isParseArgsError(e: unknown): e is TypeError {
  return e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
