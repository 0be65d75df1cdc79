// The sandboxed preload: exposes exactly the contract as window.stockroom. One loop over
// API_METHODS, no per-method code; events filtered by EVENT_NAMES. Imports only electron and shared.
import { contextBridge, ipcRenderer } from 'electron'
import { API_METHODS, isEventName, type EventName, type StockroomEvents } from '@shared/contract'
import { channelFor, EVENT_CHANNEL } from '@shared/channels'

const api: Record<string, unknown> = {}
for (const method of API_METHODS) {
  api[method] = (...args: unknown[]) => ipcRenderer.invoke(channelFor(method), ...args)
}

api.on = <E extends EventName>(event: E, listener: (payload: StockroomEvents[E]) => void): (() => void) => {
  if (!isEventName(event)) throw new Error('Unknown event')
  const handler = (_e: unknown, name: unknown, payload: unknown): void => {
    if (name === event) listener(payload as StockroomEvents[E])
  }
  ipcRenderer.on(EVENT_CHANNEL, handler)
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, handler)
  }
}

contextBridge.exposeInMainWorld('stockroom', Object.freeze(api))
