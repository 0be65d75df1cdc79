// The open store's display formats (money, weight, dates) from its synced profile, as ready-made
// formatter functions for grid columns and panels. Re-read after every sync; cached per store.
import { computed } from 'vue'
import type { FormatsAndUnits } from '@shared/model/profile'
import { api } from '../api'
import { dateStyle, formatDate, formatDateTime } from '../format/dates'
import { formatMoney, formatWeight, moneyStyle, weightStyle } from '../format/money'
import { useConnectionStore } from '../stores/connection'
import { syncedPerStore } from './syncedPerStore'

// Without a profile the columns fall back to the currency code and ISO dates.
const useFormats = syncedPerStore<FormatsAndUnits | null>((id) => api.getStoreFormats(id), null)

export function useStoreFormats() {
  const connection = useConnectionStore()
  const formats = useFormats()
  const money = computed(() => moneyStyle(formats.value, connection.current?.currency ?? ''))
  const weight = computed(() => weightStyle(formats.value))
  const dates = computed(() => dateStyle(formats.value))

  return {
    formats,
    money: (v: number | null | undefined): string => formatMoney(v, money.value),
    weight: (v: number | null | undefined): string => formatWeight(v, weight.value),
    date: (ms: number | null | undefined): string => formatDate(ms, dates.value),
    dateTime: (ms: number | null | undefined): string => formatDateTime(ms, dates.value)
  }
}
