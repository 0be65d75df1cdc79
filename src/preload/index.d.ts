import type { StockroomApi, StockroomEventSource } from '../shared/contract'
import type { Bridge } from '../shared/wire'

declare global {
  interface Window {
    stockroom: Bridge<StockroomApi> & StockroomEventSource
  }
}

export {}
