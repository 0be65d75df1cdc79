// Display text for CSV values on the Import / Export screen: always plain text (rendered with {{ }},
// never as HTML), long values cut, so hostile cells cannot inject markup or flood the screen.
import type { JsonValue } from '@shared/model/session'

const MAX = 300

export function cellText(v: JsonValue | null | undefined): string {
  if (v === null || v === undefined || v === '') return '(empty)'
  const text = typeof v === 'string' ? v : JSON.stringify(v)
  return text.length > MAX ? `${text.slice(0, MAX)}…` : text
}

export const DELIMITER_LABELS: Record<string, string> = { ',': 'Comma', ';': 'Semicolon', '\t': 'Tab' }

export const RESOURCE_LABELS: Record<string, string> = { products: 'Products', orders: 'Orders', coupons: 'Coupons', customers: 'Customers' }
