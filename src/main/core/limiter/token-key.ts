// The name a token's shared budget goes by: a hash, never the token, because the ledger file is
// readable by anything running as the user. No electron import.
import { createHash } from 'node:crypto'

let last: { token: string; key: string } | null = null

export function tokenKey(token: string): string {
  if (last?.token === token) return last.key
  const key = createHash('sha256').update(`stockroom-budget:${token}`).digest('hex').slice(0, 32)
  last = { token, key }
  return key
}
