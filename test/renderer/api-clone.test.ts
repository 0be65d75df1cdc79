// Electron's invoke structured-clones arguments (https://www.electronjs.org/docs/latest/tutorial/ipc#object-serialization);
// a Vue reactive proxy throws "An object could not be cloned". api.ts must send plain data whatever it is given.
import { describe, expect, it } from 'vitest'
import { reactive, ref } from 'vue'
import { API_METHODS } from '@shared/contract'
import { api, setBridge, type StockroomBridge } from '../../src/renderer/src/api'

function cloningBridge(seen: unknown[][]): StockroomBridge {
  const b: Record<string, unknown> = { on: () => () => undefined }
  for (const m of API_METHODS) {
    b[m] = async (...args: unknown[]) => {
      const cloned = structuredClone(args)
      seen.push(cloned)
      return structuredClone({ ok: true, value: null })
    }
  }
  return b as unknown as StockroomBridge
}

describe('api sends cloneable arguments', () => {
  it('every contract method accepts nested reactive arrays/objects and Dates and sends equal plain data', async () => {
    const seen: unknown[][] = []
    setBridge(cloningBridge(seen))
    const filter = reactive({ status: ['PAID', 'AWAITING_PAYMENT'], nested: { categories: ref([1, 2]).value, at: new Date(0) } })
    for (const m of API_METHODS) {
      const call = api[m] as (...a: unknown[]) => Promise<unknown>
      await call(7, filter, reactive([filter]))
    }
    expect(seen).toHaveLength(API_METHODS.length)
    for (const args of seen) expect(args).toEqual([7, { status: ['PAID', 'AWAITING_PAYMENT'], nested: { categories: [1, 2], at: new Date(0) } }, [{ status: ['PAID', 'AWAITING_PAYMENT'], nested: { categories: [1, 2], at: new Date(0) } }]])
  })
})
