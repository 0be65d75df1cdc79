// Typed emitter for main -> renderer events. Core services emit; the Electron binder and the e2e
// harness forward. Listener errors are contained so a broken listener cannot break a job.
import type { EventName, StockroomEvents } from '@shared/contract'

export type EventListener = <E extends EventName>(event: E, payload: StockroomEvents[E]) => void

export interface EventHub {
  emit<E extends EventName>(event: E, payload: StockroomEvents[E]): void
  /** Listens to every event; returns an unsubscribe. */
  subscribe(listener: EventListener): () => void
}

export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>()
  return {
    emit(event, payload) {
      for (const l of [...listeners]) {
        try {
          l(event, payload)
        } catch {
          // A failing listener (e.g. a destroyed window) must not stop the others or the emitter.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
