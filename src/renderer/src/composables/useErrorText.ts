// Error code -> text a merchant understands, in one place. The main process already writes specific
// messages; this adds a fallback per code and never shows a stack trace.
import { isAppError, type ErrorCode } from '@shared/errors'

const FALLBACK: Record<ErrorCode, string> = {
  VALIDATION: 'Some values are not valid.',
  AUTH_INVALID: 'Ecwid refused the token. Replace it in Stores.',
  SCOPE_MISSING: 'The token lacks a permission this needs.',
  PLAN_REQUIRED: 'The store’s Ecwid plan does not include API access.',
  NOT_FOUND: 'It no longer exists on Ecwid.',
  CONFLICT: 'It was changed elsewhere in the meantime.',
  UNSUPPORTED_MEDIA: 'Ecwid did not accept the request format.',
  RATE_LIMITED: 'Ecwid’s request limit was reached. Stockroom will continue shortly.',
  TRANSIENT: 'Ecwid did not answer properly. Try again in a moment.',
  OFFLINE: 'No connection to Ecwid. You can keep working with the local copy.',
  KEYCHAIN_UNAVAILABLE: 'The system keychain is not available.',
  STORAGE: 'Stockroom cannot use its data folder (disk full, read-only or a damaged file).',
  CANCELLED: 'Cancelled.',
  INTERNAL: 'Something went wrong inside Stockroom.'
}

export function errorText(e: unknown): string {
  if (isAppError(e)) return e.message || FALLBACK[e.code]
  return FALLBACK.INTERNAL
}

/**
 * Runs a UI action: `busy(true)` before and `busy(false)` after, its failure as merchant text in
 * `error` (cleared when it succeeds). Resolves to the result, or null when it failed.
 */
export async function tracked<T>(error: { value: string | null }, busy: (on: boolean) => void, fn: () => Promise<T>): Promise<T | null> {
  busy(true)
  try {
    const out = await fn()
    error.value = null
    return out
  } catch (e) {
    error.value = errorText(e)
    return null
  } finally {
    busy(false)
  }
}
