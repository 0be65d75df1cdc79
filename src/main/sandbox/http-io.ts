// Low-level HTTP helpers for the sandbox server: reading and classifying request bodies (415 for
// non-JSON content types, 400 for malformed JSON) and writing JSON responses with fault effects.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { EcwidHttpError, badRequest } from './errors'

const MAX_BODY = 20 * 1024 * 1024

export async function readBytes(req: IncomingMessage, max = MAX_BODY, tooLarge = (): EcwidHttpError => new EcwidHttpError(413, 'WRONG_PARAMETER', 'Request body is too large')): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const b = chunk as Buffer
    size += b.length
    if (size > max) throw tooLarge()
    chunks.push(b)
  }
  return Buffer.concat(chunks)
}

export async function readBody(req: IncomingMessage): Promise<string> {
  return (await readBytes(req)).toString('utf8')
}

/** Ecwid accepts application/json or text/json bodies (its 415 message says so). */
export function parseJsonBody(raw: string, contentType: string | undefined): unknown {
  if (raw.trim() === '') return undefined
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (type !== 'application/json' && type !== 'text/json') {
    throw new EcwidHttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported content-type: expected application/json or text/json')
  }
  try {
    return JSON.parse(raw)
  } catch {
    throw badRequest('Malformed JSON in request body')
  }
}

export interface WriteEffects {
  /** Send a cut-off body with status 200 and a normal content-type. */
  malformed?: boolean
  /** Destroy the socket after part of the body was written. */
  drop?: boolean
  /** No body at all (an error answer without Ecwid's optional JSON body). */
  empty?: boolean
}

export function writeJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, fx: WriteEffects = {}): void {
  if (res.destroyed) return
  let text = fx.empty ? '' : JSON.stringify(body ?? null)
  if (fx.malformed) text = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
  const buf = Buffer.from(text, 'utf8')
  res.writeHead(status, { 'Content-Type': 'application/json;charset=utf-8', 'Content-Length': String(buf.length), ...headers })
  if (fx.drop) {
    // Headers promise the full length; the socket dies halfway, like a dropped connection.
    res.write(buf.subarray(0, Math.floor(buf.length / 2)), () => res.socket?.destroy())
    return
  }
  res.end(buf)
}
