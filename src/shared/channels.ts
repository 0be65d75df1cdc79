// IPC channel names, derived from contract method names so they are never typed twice.

export const CHANNEL_PREFIX = 'stockroom:'
export const EVENT_CHANNEL = 'stockroom:event'

export function channelFor(method: string): string {
  return CHANNEL_PREFIX + method
}

export function methodOf(channel: string): string | null {
  return channel.startsWith(CHANNEL_PREFIX) && channel !== EVENT_CHANNEL ? channel.slice(CHANNEL_PREFIX.length) : null
}
