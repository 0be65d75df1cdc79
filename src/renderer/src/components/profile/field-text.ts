// Profile values <-> the text a form input holds, per field kind: lists one per line or comma-separated,
// numbers parsed leniently. Pure; anything unparseable goes to main as typed so its message shows.
import type { ProfileFieldKind } from '@shared/model/profile-fields'
import type { JsonValue } from '@shared/model/session'

export function toInputText(kind: ProfileFieldKind, value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.map(String).join(kind === 'emails' ? '\n' : ', ')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

export function splitList(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

export function fromInputText(kind: ProfileFieldKind, text: string): JsonValue {
  if (kind === 'emails' || kind === 'languages') return splitList(text)
  if (kind === 'int' || kind === 'number') {
    const t = text.trim()
    if (t === '') return null
    const n = Number(t.replace(',', '.'))
    return Number.isFinite(n) ? n : text
  }
  if (kind === 'country' || kind === 'currency') return text.trim().toUpperCase()
  return kind === 'multiline' ? text : text.trim()
}
