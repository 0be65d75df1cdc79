// Shared helpers for the sandbox integration tests: a small fetch wrapper bound to one sandbox.

import type { SandboxHandle } from '../../../src/main/sandbox/server'

export interface Reply<T = unknown> {
  status: number
  headers: Headers
  body: T
  text: string
}

export function client(sb: SandboxHandle, token: string = sb.tokens.full) {
  const base = `${sb.apiBase}/${sb.storeId}`
  async function call<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const init: RequestInit = { method, headers: { Authorization: `Bearer ${token}`, ...headers } }
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body)
      init.headers = { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) }
    }
    const res = await fetch(base + path, init)
    const text = await res.text()
    let parsed: unknown = undefined
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = undefined
    }
    return { status: res.status, headers: res.headers, body: parsed as T, text }
  }
  return {
    base,
    get: <T = unknown>(path: string) => call<T>('GET', path),
    put: <T = unknown>(path: string, body: unknown, headers?: Record<string, string>) => call<T>('PUT', path, body, headers),
    post: <T = unknown>(path: string, body: unknown, headers?: Record<string, string>) => call<T>('POST', path, body, headers),
    del: <T = unknown>(path: string) => call<T>('DELETE', path),
    call
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
