// What crosses the IPC boundary: every call returns a Result, because Electron's invoke carries only
// an error's message, not its code (electron/electron#28346).
import type { WireError } from './errors'

export type Result<T> = { ok: true; value: T } | { ok: false; error: WireError }

/** The bridge the preload exposes: each method of T returns its value wrapped in a Result. */
export type Bridge<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<Result<R>> : never
}
