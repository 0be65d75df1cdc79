// shared/channels: channel names derived from method names, and the one event channel.
import { describe, expect, it } from 'vitest'
import { API_METHODS } from '@shared/contract'
import { CHANNEL_PREFIX, channelFor, EVENT_CHANNEL, methodOf } from '@shared/channels'

describe('channels', () => {
  it('prefixes the method name', () => {
    expect(channelFor('listStores')).toBe('stockroom:listStores')
    expect(CHANNEL_PREFIX).toBe('stockroom:')
  })

  it('gives every API method its own channel, none equal to the event channel', () => {
    const channels = API_METHODS.map(channelFor)
    expect(new Set(channels).size).toBe(API_METHODS.length)
    expect(channels).not.toContain(EVENT_CHANNEL)
    for (const c of channels) expect(c.startsWith(CHANNEL_PREFIX)).toBe(true)
  })

  it('methodOf inverts channelFor', () => {
    for (const m of API_METHODS) expect(methodOf(channelFor(m))).toBe(m)
  })

  it('methodOf returns null for the event channel and foreign channels', () => {
    expect(EVENT_CHANNEL.startsWith(CHANNEL_PREFIX)).toBe(true)
    expect(methodOf(EVENT_CHANNEL)).toBeNull()
    for (const c of ['listStores', 'other:listStores', 'Stockroom:listStores', '', ' stockroom:listStores']) {
      expect(methodOf(c), c).toBeNull()
    }
  })
})
