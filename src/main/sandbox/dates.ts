// Ecwid's date formats: "yyyy-MM-dd HH:mm:ss +0000" in bodies, and query bounds given either as
// unix seconds or as date strings. Pure helpers, all in UTC (the sandbox store's zone).

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

/** Unix seconds -> "2024-09-04 07:20:11 +0000". */
export function ecwidDate(unixSeconds: number): string {
  const d = new Date(unixSeconds * 1000)
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`
  )
}

/**
 * Parses a query bound: unix seconds ("1447804800"), "yyyy-MM-dd HH:mm:ss Z", "yyyy-MM-dd HH:mm:ss"
 * or "yyyy-MM-dd" (UTC). Returns undefined when the value is not a date Ecwid would accept.
 */
export function parseEcwidDate(value: string): number | undefined {
  const v = value.trim()
  if (/^\d+(\.\d+)?$/.test(v)) return Math.floor(Number(v))
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2})(?:\s*([+-])(\d{2}):?(\d{2}))?)?$/.exec(v)
  if (!m) return undefined
  const [, y, mo, d, h = '0', mi = '0', s = '0', sign, oh = '0', om = '0'] = m
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) / 1000
  if (sign) t -= (sign === '-' ? -1 : 1) * (Number(oh) * 3600 + Number(om) * 60)
  return Number.isFinite(t) ? t : undefined
}

export const nowSeconds = (nowMs: number): number => Math.floor(nowMs / 1000)
