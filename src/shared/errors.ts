// Error codes that cross the IPC boundary and the CLI. Pure data: no imports, no stack traces,
// never a token or a request header in a message or in details.

export const ERROR_CODES = [
  'VALIDATION', // bad argument or a value Ecwid rejected (400)
  'AUTH_INVALID', // token wrong or revoked (401/403 for credentials): requests for it are stopped
  'SCOPE_MISSING', // token valid but lacks a scope (403); details.scope names it
  'PLAN_REQUIRED', // 402: the store's plan does not include the API
  'NOT_FOUND', // 404
  'CONFLICT', // 409, or a three-way conflict at push time
  'UNSUPPORTED_MEDIA', // 415
  'RATE_LIMITED', // 429 storm the scheduler gave up on
  'TRANSIENT', // 5xx or a dropped connection, after retries
  'OFFLINE', // no network at all
  'KEYCHAIN_UNAVAILABLE', // no OS keychain / Secret Service
  'STORAGE', // the local data folder: disk full, read-only, damaged database file
  'CANCELLED', // a job or request cancelled by the user
  'INTERNAL' // a bug: anything we did not expect
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** The serializable shape of an error on the wire (IPC, CLI --json). */
export interface WireError {
  code: ErrorCode
  message: string
  details?: Record<string, unknown>
}

/** An error with a code the UI and CLI can map to text and exit codes. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly details?: Record<string, unknown>
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}

/** Turns anything thrown into a WireError. Unknown errors become INTERNAL with a generic message. */
export function toWire(e: unknown): WireError {
  if (isAppError(e)) {
    const wire: WireError = { code: e.code, message: e.message }
    if (e.details !== undefined) wire.details = e.details
    return wire
  }
  const message = e instanceof Error ? e.message : String(e)
  return { code: 'INTERNAL', message: `Unexpected error: ${message}` }
}

/** Rebuilds an AppError from the wire; an unknown code (a newer main process) becomes INTERNAL. */
export function fromWire(w: WireError): AppError {
  const code = isErrorCode(w.code) ? w.code : 'INTERNAL'
  return new AppError(code, w.message || 'Unexpected error.', w.details)
}
