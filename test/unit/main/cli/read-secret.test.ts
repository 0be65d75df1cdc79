// readSecret: how `store add` reads a token from stdin — piped input to the end, or a terminal in raw
// mode so nothing is echoed; Backspace edits, Ctrl+C cancels, oversized input is refused.
import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it, vi } from 'vitest'
import { readSecret } from '../../../../src/main/cli/read-secret'

function fakeTty(): PassThrough & { isTTY: boolean; setRawMode: ReturnType<typeof vi.fn> } {
  const s = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode: ReturnType<typeof vi.fn> }
  s.isTTY = true
  s.setRawMode = vi.fn()
  return s
}

describe('readSecret', () => {
  it('reads piped input to the end and trims it', async () => {
    expect(await readSecret(Readable.from(['  secret_', 'abc123\n']), () => undefined)).toBe('secret_abc123')
  })

  it('refuses piped input far longer than any token', async () => {
    await expect(readSecret(Readable.from(['x'.repeat(5000)]), () => undefined)).rejects.toMatchObject({ code: 'VALIDATION' })
  })

  it('prompts on a terminal, reads in raw mode (no echo) and handles Backspace', async () => {
    const tty = fakeTty()
    const prompt = vi.fn()
    const read = readSecret(tty, prompt)
    tty.write('secret_ab\u007fc')
    tty.write('\r')
    expect(await read).toBe('secret_ac')
    expect(prompt).toHaveBeenCalledTimes(1)
    expect(String(prompt.mock.calls[0]?.[0])).not.toContain('secret_')
    expect(tty.setRawMode.mock.calls).toEqual([[true], [false]])
  })

  it('cancels on Ctrl+C and restores the terminal', async () => {
    const tty = fakeTty()
    const read = readSecret(tty, () => undefined)
    tty.write('secret_x\u0003')
    await expect(read).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(tty.setRawMode).toHaveBeenLastCalledWith(false)
  })
})
