// Transport-free dispatcher: (method, args) -> Result. Validates arguments against the schemas, calls
// the service, maps any throw to a WireError. Electron's binder and the e2e harness both use it.
// No electron import here.
import { isApiMethod, type StockroomApi } from '@shared/contract'
import { AppError, toWire } from '@shared/errors'
import type { Result } from '@shared/wire'
import { toStorageError } from '../core/store/storage-errors'
import { apiSchemas, type ApiSchemas } from './schemas'

export type Dispatch = (method: unknown, args: unknown) => Promise<Result<unknown>>

export interface RouterOptions {
  schemas?: ApiSchemas
  /** Called with unexpected (INTERNAL) errors for logging; never with arguments, which may hold a token. */
  onInternalError?: (method: string, error: unknown) => void
}

export function createRouter(api: StockroomApi, options: RouterOptions = {}): Dispatch {
  const schemas = options.schemas ?? apiSchemas
  return async (method, args) => {
    try {
      if (!isApiMethod(method)) throw new AppError('VALIDATION', 'Unknown method.')
      // Checked before the schemas, which recurse (a 50,000-deep value would overflow the stack) and
      // silently drop a `__proto__` key instead of refusing it.
      const shape = inspectArgs(args, MAX_ARG_DEPTH)
      if (shape.depth > MAX_ARG_DEPTH) {
        throw new AppError('VALIDATION', `Invalid arguments for ${method}.`, { issues: [{ path: '', message: `Nested more than ${MAX_ARG_DEPTH} levels deep.` }] })
      }
      if (shape.forbidden) {
        throw new AppError('VALIDATION', `Invalid arguments for ${method}.`, { issues: [{ path: shape.forbidden.path, message: `"${shape.forbidden.key}" is not an allowed key.` }] })
      }
      const parsed = schemas[method].safeParse(args)
      if (!parsed.success) {
        // Issue paths and messages only: echoing the input could leak a token or flood the UI.
        const issues = parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
        throw new AppError('VALIDATION', `Invalid arguments for ${method}.`, { issues })
      }
      const fn = api[method] as (...a: unknown[]) => Promise<unknown>
      const value = await fn.apply(api, parsed.data as unknown[])
      return { ok: true, value }
    } catch (e) {
      // Disk full, read-only folder or a damaged file anywhere below: a STORAGE error that says what to do.
      const error = toWire(toStorageError(e) ?? e)
      if (error.code === 'INTERNAL') options.onInternalError?.(String(method), e)
      return { ok: false, error }
    }
  }
}

/** Deeper than any real argument (a product's options or attributes are a few levels deep). */
export const MAX_ARG_DEPTH = 64
/** Keys no argument of the contract has; as object keys they are prototype-pollution attempts. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * How deeply arrays/objects nest in `value` (walked iteratively, stopping past `limit`) and the
 * first forbidden own key met on the way, with its path.
 */
export function inspectArgs(value: unknown, limit: number): { depth: number; forbidden: { key: string; path: string } | null } {
  let depth = 0
  const stack: [unknown, number, string][] = [[value, 0, '']]
  while (stack.length > 0) {
    const [v, d, path] = stack.pop() as [unknown, number, string]
    if (v === null || typeof v !== 'object') continue
    depth = Math.max(depth, d + 1)
    if (depth > limit) return { depth, forbidden: null }
    for (const key of Object.keys(v)) {
      const at = path ? `${path}.${key}` : key
      if (FORBIDDEN_KEYS.has(key)) return { depth, forbidden: { key, path: at } }
      stack.push([(v as Record<string, unknown>)[key], d + 1, at])
    }
  }
  return { depth, forbidden: null }
}
