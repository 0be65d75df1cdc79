// Ecwid calls go through Electron's net.fetch (Chromium's network stack: the OS proxy, PAC/WPAD and proxy
// authentication), not Node's fetch, which ignores them and shows a merchant behind a company proxy as
// "Offline". https://www.electronjs.org/docs/latest/api/net#netfetchinput-init
import { net } from 'electron'

// Chromium fails with Error('net::ERR_…'); core maps Node-style socket codes (http-errors.ts), so a host
// that cannot be reached at all carries the matching code as its cause and still reads as OFFLINE.
const UNREACHABLE: Record<string, string> = {
  ERR_NAME_NOT_RESOLVED: 'ENOTFOUND',
  ERR_NAME_RESOLUTION_FAILED: 'EAI_AGAIN',
  ERR_INTERNET_DISCONNECTED: 'ENETDOWN',
  ERR_NETWORK_ACCESS_DENIED: 'ENETDOWN',
  ERR_ADDRESS_UNREACHABLE: 'EHOSTUNREACH',
  ERR_CONNECTION_REFUSED: 'ECONNREFUSED',
  ERR_PROXY_CONNECTION_FAILED: 'ECONNREFUSED'
}

export function chromiumErrorCode(e: unknown): string | null {
  const m = e instanceof Error ? /\bnet::(ERR_[A-Z_]+)/.exec(e.message) : null
  return m?.[1] ?? null
}

/** A `typeof fetch` for createServices over net.fetch; call only after app 'ready'. */
export const netFetch: typeof fetch = async (input, init) => {
  try {
    return await net.fetch(input instanceof URL ? input.href : input, init)
  } catch (e) {
    const chromium = chromiumErrorCode(e)
    const code = chromium ? UNREACHABLE[chromium] : undefined
    if (!code) throw e
    throw new Error(`Could not connect (${chromium}).`, { cause: { code, cause: { code: chromium } } })
  }
}
