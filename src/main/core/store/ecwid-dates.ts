// Ecwid date strings ("2024-09-04 07:20:11 +0000") to epoch ms and back to Ecwid seconds.
// Pure functions; no I/O.

const ECWID_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\s*([+-])(\d{2}):?(\d{2}))?$/

/** Epoch ms, or null when the value is missing or not an Ecwid date. */
export function ecwidDateMs(value: string | undefined | null): number | null {
  if (!value) return null
  const m = ECWID_DATE.exec(value.trim())
  if (!m) {
    const t = Date.parse(value)
    return Number.isFinite(t) ? t : null
  }
  const [, y, mo, d, h, mi, s, sign, oh = '0', om = '0'] = m
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  if (sign) t -= (sign === '-' ? -1 : 1) * (Number(oh) * 3600 + Number(om) * 60) * 1000
  return t
}

/** Unix seconds for an Ecwid date string, or null. */
export function ecwidDateSeconds(value: string | undefined | null): number | null {
  const ms = ecwidDateMs(value)
  return ms === null ? null : Math.floor(ms / 1000)
}
