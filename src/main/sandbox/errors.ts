// The sandbox's error type: an HTTP status plus Ecwid's error body {errorMessage, errorCode}.
// Thrown by routes and auth, turned into a response by the server and the batch executor.

import type { EcwidErrorBody } from '../../shared/model/common'

export class EcwidHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
    this.name = 'EcwidHttpError'
  }

  get body(): EcwidErrorBody {
    return { errorMessage: this.message, errorCode: this.code }
  }
}

export const badRequest = (message: string, code = 'WRONG_PARAMETER'): EcwidHttpError => new EcwidHttpError(400, code, message)

export const notFound = (code: string, message: string): EcwidHttpError => new EcwidHttpError(404, code, message)

export const conflict = (code: string, message: string): EcwidHttpError => new EcwidHttpError(409, code, message)
