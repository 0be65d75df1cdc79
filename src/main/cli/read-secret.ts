// Reads a token from stdin for `store add`: piped input is read to the end, a terminal gets a prompt
// on stderr and raw mode so the token is never echoed. The value is never printed back.
import { AppError } from '@shared/errors'

/** More than any Ecwid token: stops a wrongly piped file from being read into memory whole. */
const MAX_CHARS = 4096

interface TtyInput extends NodeJS.ReadableStream {
  isTTY?: boolean
  setRawMode?: (mode: boolean) => unknown
}

export async function readSecret(input: NodeJS.ReadableStream, prompt: (text: string) => void): Promise<string> {
  const tty = input as TtyInput
  if (tty.isTTY && typeof tty.setRawMode === 'function') return readHidden(tty, prompt)
  return readPiped(input)
}

async function readPiped(input: NodeJS.ReadableStream): Promise<string> {
  let text = ''
  for await (const chunk of input) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    if (text.length > MAX_CHARS) throw new AppError('VALIDATION', 'The input on stdin is too long to be a token.')
  }
  return text.trim()
}

function readHidden(input: TtyInput, prompt: (text: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let value = ''
    const finish = (error?: AppError): void => {
      input.off('data', onData)
      input.setRawMode?.(false)
      input.pause()
      if (error) reject(error)
      else resolve(value.trim())
    }
    // Raw mode delivers keys one by one without echo, so Enter, Ctrl+C and Backspace are ours to handle.
    const onData = (chunk: string | Buffer): void => {
      for (const ch of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish()
        if (ch === '\u0003') return finish(new AppError('CANCELLED', 'Cancelled: no token was saved.'))
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1)
        else if (value.length < MAX_CHARS) value += ch
      }
    }
    prompt('Paste the token (it will not be shown) and press Enter:')
    input.setRawMode?.(true)
    input.on('data', onData)
    input.resume()
  })
}
