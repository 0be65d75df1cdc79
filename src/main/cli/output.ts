// CLI output rules (shared/CLI.md): messages and progress to stderr; with --json, stdout is exactly
// one JSON object. Exit codes map from error codes. Never prints a token.
import { isAppError, type ErrorCode } from '@shared/errors'

export const EXIT = { OK: 0, FAILED: 1, USAGE: 2, AUTH: 3, VALIDATION: 4, STOPPED: 5 } as const

export class UsageError extends Error {}

export function exitCodeFor(e: unknown): number {
  if (e instanceof UsageError) return EXIT.USAGE
  if (!isAppError(e)) return EXIT.FAILED
  const byCode: Partial<Record<ErrorCode, number>> = {
    AUTH_INVALID: EXIT.AUTH,
    SCOPE_MISSING: EXIT.AUTH,
    PLAN_REQUIRED: EXIT.AUTH,
    VALIDATION: EXIT.VALIDATION,
    RATE_LIMITED: EXIT.STOPPED,
    CANCELLED: EXIT.STOPPED
  }
  return byCode[e.code] ?? EXIT.FAILED
}

export interface Output {
  json: boolean
  /** Human message to stderr. */
  info(message: string): void
  /** The command's result: one JSON object on stdout with --json, else a readable summary. */
  result(value: Record<string, unknown>, human?: string): void
  error(e: unknown): void
}

export function createOutput(json: boolean, stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): Output {
  return {
    json,
    info: (message) => void stderr.write(`${message}\n`),
    result(value, human) {
      if (json) stdout.write(`${JSON.stringify(value)}\n`)
      else stdout.write(`${human ?? JSON.stringify(value, null, 2)}\n`)
    },
    error(e) {
      const code = isAppError(e) ? e.code : e instanceof UsageError ? 'USAGE' : 'INTERNAL'
      const message = e instanceof Error ? e.message : String(e)
      if (json) stdout.write(`${JSON.stringify({ error: { code, message } })}\n`)
      stderr.write(`stockroom: ${message}\n`)
    }
  }
}
