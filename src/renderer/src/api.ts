// The only reader of window.stockroom: unwraps each Result into a value or a thrown AppError whose
// code survives, so views map codes to text in one place. Tests inject another bridge with setBridge.
import { API_METHODS, type EventName, type StockroomApi, type StockroomEventSource, type StockroomEvents } from '@shared/contract'
import { AppError, fromWire } from '@shared/errors'
import type { Bridge } from '@shared/wire'
import { isProxy, toRaw } from 'vue'

export type StockroomBridge = Bridge<StockroomApi> & StockroomEventSource

let bridge: StockroomBridge | null = null

export function setBridge(b: StockroomBridge): void {
  bridge = b
}

function current(): StockroomBridge {
  const b = bridge ?? (typeof window !== 'undefined' ? window.stockroom : undefined)
  if (!b) throw new AppError('INTERNAL', 'Stockroom could not reach its main process (no bridge).')
  return b
}

/**
 * A plain deep copy: Electron's invoke structured-clones arguments and a Vue reactive proxy cannot
 * be cloned ("An object could not be cloned"), so nothing reactive may leave the renderer.
 */
export function toPlain(value: unknown): unknown {
  const v: unknown = isProxy(value) ? toRaw(value) : value
  if (v === null || typeof v !== 'object') return v
  if (v instanceof Date) return new Date(v.getTime())
  if (Array.isArray(v)) return v.map(toPlain)
  const out: Record<string, unknown> = {}
  for (const [k, item] of Object.entries(v)) out[k] = toPlain(item)
  return out
}

function unwrapAll(): StockroomApi {
  const out: Record<string, unknown> = {}
  for (const method of API_METHODS) {
    out[method] = async (...args: unknown[]) => {
      const call = current()[method] as (...a: unknown[]) => Promise<unknown>
      const result = (await call(...args.map(toPlain))) as { ok: true; value: unknown } | { ok: false; error: Parameters<typeof fromWire>[0] }
      if (result.ok) return result.value
      throw fromWire(result.error)
    }
  }
  return out as unknown as StockroomApi
}

export const api: StockroomApi = unwrapAll()

export function onEvent<E extends EventName>(event: E, listener: (payload: StockroomEvents[E]) => void): () => void {
  return current().on(event, listener)
}
