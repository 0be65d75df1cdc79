// The only ipcMain user: one handle() per contract method, each checking that the sender is our own
// window's main frame before dispatching; core events are forwarded to that window.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { API_METHODS } from '@shared/contract'
import { channelFor, EVENT_CHANNEL } from '@shared/channels'
import type { Result } from '@shared/wire'
import type { EventHub } from '../core/events'
import type { Dispatch } from './router'

export interface BindOptions {
  dispatch: Dispatch
  events: EventHub
  /** The window allowed to call; its main frame must be the sender. */
  getWebContents: () => WebContents | null
  /** True for URLs our renderer is served from (file:// build or the dev server). */
  isTrustedUrl: (url: string) => boolean
}

export function isTrustedSender(event: IpcMainInvokeEvent, options: BindOptions): boolean {
  const wc = options.getWebContents()
  const frame = event.senderFrame
  if (!wc || event.sender !== wc || !frame) return false
  return frame === wc.mainFrame && options.isTrustedUrl(frame.url)
}

/** Registers the handlers; returns a function that removes them and the event forwarding. */
export function bindIpc(options: BindOptions): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelFor(method), async (event, ...args: unknown[]): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, options)) {
        return { ok: false, error: { code: 'VALIDATION', message: 'Refused: the request did not come from the Stockroom window.' } }
      }
      return options.dispatch(method, args)
    })
  }
  const unsubscribe = options.events.subscribe((name, payload) => {
    const wc = options.getWebContents()
    if (wc && !wc.isDestroyed()) wc.send(EVENT_CHANNEL, name, payload)
  })
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(channelFor(method))
    unsubscribe()
  }
}
