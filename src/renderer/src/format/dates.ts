// Dates as the store writes them (profile dateFormat/timeFormat, Java-style patterns like
// "MMM d, yyyy" and "hh:mm a") and the day bounds date filters need. Pure; unit-tested.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

export const DEFAULT_DATE_FORMAT = 'yyyy-MM-dd'
export const DEFAULT_TIME_FORMAT = 'HH:mm'

interface Parts {
  year: number
  month: number
  day: number
  weekday: number
  hour: number
  minute: number
  second: number
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and a grid scroll frame
// formats every date cell it paints: one formatter per zone, kept.
const zoneFormats = new Map<string, Intl.DateTimeFormat>()
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let fmt = zoneFormats.get(timeZone)
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short' })
    zoneFormats.set(timeZone, fmt)
  }
  return fmt
}

/** Calendar parts of an instant in a time zone (the store's), or in the computer's when none is given. */
function partsOf(ms: number, timeZone?: string): Parts {
  if (!timeZone) {
    const d = new Date(ms)
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), weekday: d.getDay(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds() }
  }
  try {
    const parts = zoneFormat(timeZone).formatToParts(new Date(ms))
    const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '0'
    const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'))
    return { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), weekday, hour: Number(get('hour')) % 24, minute: Number(get('minute')), second: Number(get('second')) }
  } catch {
    // An unknown zone name in the profile must not break a grid: fall back to the computer's zone.
    return partsOf(ms)
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

function token(t: string, p: Parts): string {
  const c = t[0]
  const n = t.length
  switch (c) {
    case 'y':
      return n === 2 ? pad(p.year % 100, 2) : String(p.year)
    case 'M':
      return n >= 4 ? (MONTHS[p.month - 1] ?? '') : n === 3 ? (MONTHS[p.month - 1] ?? '').slice(0, 3) : pad(p.month, n)
    case 'd':
      return pad(p.day, n)
    case 'E':
      return n >= 4 ? (DAYS[p.weekday] ?? '') : (DAYS[p.weekday] ?? '').slice(0, 3)
    case 'H':
      return pad(p.hour, n)
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n)
    case 'm':
      return pad(p.minute, n)
    case 's':
      return pad(p.second, n)
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM'
    default:
      return t
  }
}

/** Formats with a Java/Ecwid-style pattern; text in single quotes is kept literally. */
export function formatPattern(ms: number, pattern: string, timeZone?: string): string {
  const p = partsOf(ms, timeZone)
  return pattern.replace(/'([^']*)'|([yMdEHhmsa])\2*/g, (m, quoted: string | undefined) => (quoted !== undefined ? quoted : token(m, p)))
}

export interface DateStyle {
  dateFormat: string
  timeFormat: string
  timeZone?: string
}

export function dateStyle(f: { dateFormat?: string; timeFormat?: string; timezone?: string } | null | undefined): DateStyle {
  return { dateFormat: f?.dateFormat || DEFAULT_DATE_FORMAT, timeFormat: f?.timeFormat || DEFAULT_TIME_FORMAT, timeZone: f?.timezone || undefined }
}

/** '' for no date. */
export function formatDate(ms: number | null | undefined, style: DateStyle): string {
  return ms === null || ms === undefined || !Number.isFinite(ms) ? '' : formatPattern(ms, style.dateFormat, style.timeZone)
}

export function formatDateTime(ms: number | null | undefined, style: DateStyle): string {
  return ms === null || ms === undefined || !Number.isFinite(ms) ? '' : formatPattern(ms, `${style.dateFormat} ${style.timeFormat}`, style.timeZone)
}

/** 'YYYY-MM-DD' of an instant in the computer's zone: the value an <input type="date"> holds. */
export function toDateInput(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return ''
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`
}

/** Start (00:00:00.000) or end (23:59:59.999) of a 'YYYY-MM-DD' day in the computer's zone; undefined when not a date. */
export function dayBound(input: string, edge: 'start' | 'end'): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.trim())
  if (!m) return undefined
  const d = edge === 'start' ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999)
  return d.getMonth() === Number(m[2]) - 1 ? d.getTime() : undefined
}
