// Transport-free dispatcher: (method, args) -> Result. Validates arguments against the schemas, calls
// the service, maps any throw to a WireError. Electron's binder and the e2e harness both use it.
// No electron import here.
import { isApiMethod, type StockroomApi } from '@shared/contract'
import { AppError, toWire } from '@shared/errors'
import type { Result } from '@shared/wire'
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
      const error = toWire(e)
      if (error.code === 'INTERNAL') options.onInternalError?.(String(method), e)
      return { ok: false, error }
    }
  }
}
