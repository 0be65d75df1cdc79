// SecretStore over the OS keychain via keytar (macOS Keychain, Windows Credential Vault, Linux Secret
// Service). keytar is loaded lazily so a missing keychain is a clear error, not a crash at start-up.
import { createRequire } from 'node:module'
import { AppError } from '@shared/errors'
import { accountFor, KEYCHAIN_SERVICE, storeIdOfAccount, type SecretStore } from './secret-store'

type Keytar = typeof import('keytar')

const HOW_TO_FIX =
  'Stockroom keeps store tokens only in the system keychain. On Linux, install and start a Secret Service ' +
  '(e.g. `sudo apt install gnome-keyring libsecret-1-0`, then log in again or run `gnome-keyring-daemon --start`).'

export function createKeytarSecretStore(service = KEYCHAIN_SERVICE, load: () => Promise<Keytar> = loadKeytar): SecretStore {
  let keytar: Promise<Keytar> | null = null
  const kt = (): Promise<Keytar> => (keytar ??= load())

  // Keychain errors can echo arguments in some backends: report a fixed message, never the token.
  async function guard<T>(what: string, fn: (k: Keytar) => Promise<T>, secret?: string): Promise<T> {
    let k: Keytar
    try {
      k = await kt()
    } catch (e) {
      keytar = null
      throw new AppError('KEYCHAIN_UNAVAILABLE', `The system keychain could not be loaded. ${HOW_TO_FIX}`, { cause: errorText(e, secret) })
    }
    try {
      return await fn(k)
    } catch (e) {
      throw new AppError('KEYCHAIN_UNAVAILABLE', `The system keychain refused to ${what}. ${HOW_TO_FIX}`, { cause: errorText(e, secret) })
    }
  }

  return {
    get: (storeId) => guard('read a token', (k) => k.getPassword(service, accountFor(storeId))),
    set: (storeId, token) => guard('save a token', (k) => k.setPassword(service, accountFor(storeId), token), token),
    delete: (storeId) => guard('delete a token', (k) => k.deletePassword(service, accountFor(storeId))),
    list: () =>
      guard('list tokens', async (k) => {
        const creds = await k.findCredentials(service)
        return creds
          .map((c) => storeIdOfAccount(c.account))
          .filter((id): id is number => id !== null)
          .sort((a, b) => a - b)
      })
  }
}

// A native module is loaded with require, never import(): in the CommonJS bundle inside app.asar a
// dynamic import goes through Node's ESM resolver, which several Electron releases break for .node files.
const requireNative = createRequire(import.meta.url)

export async function loadKeytar(): Promise<Keytar> {
  const mod = requireNative('keytar') as Keytar & { default?: Keytar }
  return mod.default ?? mod
}

/** The backend's message for details.cause, with the token cut out (some backends echo arguments). */
function errorText(e: unknown, secret?: string): string {
  const text = e instanceof Error ? e.message : String(e)
  return (secret ? text.split(secret).join('[redacted]') : text).slice(0, 200)
}
