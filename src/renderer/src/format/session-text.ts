// How sessions and staged changes read on screen: status words, values as text (empty values and
// whole-entry creates/deletes named). Pure; results are rendered as text, never as HTML.
import type { JsonValue, SessionSummary, StagedChange } from '@shared/model/session'
import { isImageList } from '@shared/model/product-images'
import { imageListText } from './image-text'

const MAX_CHARS = 160

export function formatValue(value: JsonValue | null): string {
  if (value === null || value === '') return '(empty)'
  if (typeof value === 'string') return value.length > MAX_CHARS ? `${value.slice(0, MAX_CHARS)}…` : value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value) && value.length > 0 && isImageList(value)) return imageListText(value)
  const json = JSON.stringify(value)
  return json.length > MAX_CHARS ? `${json.slice(0, MAX_CHARS)}…` : json
}

export function beforeText(c: Pick<StagedChange, 'kind' | 'field' | 'before'>): string {
  if (c.kind === 'create') return '(new entry)'
  return c.field === '' ? 'whole entry' : formatValue(c.before)
}

export function afterText(c: Pick<StagedChange, 'kind' | 'after'>): string {
  if (c.kind === 'delete') return '(deleted)'
  return formatValue(c.after)
}

export function fieldText(c: Pick<StagedChange, 'field' | 'kind'>): string {
  if (c.field !== '') return c.field
  return c.kind === 'delete' ? '(delete)' : '(create)'
}

const STATE_TEXT: Record<StagedChange['state'], string> = {
  staged: 'staged', pending: 'waiting', sent: 'sent', applied: 'applied', failed: 'failed', conflict: 'conflict', skipped: 'skipped'
}

export function stateText(state: StagedChange['state']): string {
  return STATE_TEXT[state]
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}

/** draft / pushing / pushed / failed, as merchants say it (the engine's applied/partial underneath). */
export function sessionStatusText(s: SessionSummary): string {
  switch (s.status) {
    case 'draft':
      return 'Draft'
    case 'pushing':
      return 'Pushing'
    case 'applied':
      return 'Pushed'
    case 'partial':
      // Some applied and some not is its own state: a few failures do not make the push a failure.
      if (s.counts.failed > 0 && s.counts.applied === 0) return 'Failed'
      return s.counts.conflict > 0 && s.counts.failed === 0 ? 'Conflicts' : 'Partly pushed'
    case 'discarded':
      return 'Discarded'
  }
}

export function etaText(ms: number | null): string {
  if (ms === null) return 'estimating…'
  if (ms <= 0) return 'finishing'
  return ms < 60_000 ? `about ${Math.max(1, Math.round(ms / 1000))} s left` : `about ${Math.round(ms / 60_000)} min left`
}
