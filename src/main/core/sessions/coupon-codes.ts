// Stages N new coupons with unique random codes as one undo step: codes avoid ambiguous characters and
// are unique against each other, the local copy (or the API, via the source) and this session.
import { randomInt, randomUUID } from 'node:crypto'
import { AppError } from '@shared/errors'
import { CODE_ALPHABET, type CouponCodesRequest, type CouponCodesResult } from '@shared/model/coupon-codes'
import type { JsonValue } from '@shared/model/session'
import type { PreparedCell } from './changes'
import { commitCells, type StagingDeps } from './staging'
import { missingOnCreate, validateField } from './validate'

/** Generated candidates per wanted code before giving up: a nearly full code space says so. */
const ATTEMPTS_PER_CODE = 20

export function randomCode(prefix: string, length: number, pick: (n: number) => number = randomInt): string {
  let out = prefix
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[pick(CODE_ALPHABET.length)]
  return out
}

/** Codes already staged in this session (any coupon), lower-cased like Ecwid compares them. */
function stagedCodes(deps: StagingDeps, sessionId: string): Set<string> {
  const rows = deps.db.prepare("SELECT value FROM changes WHERE session_id = ? AND resource = 'coupons' AND field = 'code' AND state <> 'skipped'").all(sessionId) as { value: string | null }[]
  const out = new Set<string>()
  for (const r of rows) {
    const v = r.value === null ? null : (JSON.parse(r.value) as JsonValue)
    if (typeof v === 'string') out.add(v.toLowerCase())
  }
  return out
}

export async function stageCouponCodes(deps: StagingDeps, sessionId: string, req: CouponCodesRequest, pick?: (n: number) => number): Promise<CouponCodesResult> {
  deps.sessions.requireEditable(sessionId)
  const template: Record<string, JsonValue> = {
    name: req.name.includes('{code}') ? req.name : req.name || '{code}',
    discountType: req.discountType,
    discount: req.discount,
    status: req.status,
    usesLimit: req.usesLimit
  }
  if (req.launchDate) template.launchDate = req.launchDate
  if (req.expirationDate) template.expirationDate = req.expirationDate
  const sample = { ...template, name: String(template.name).replace('{code}', 'X'), code: `${req.prefix}X` }
  const problems: string[] = []
  const missing = missingOnCreate('coupons', sample)
  if (missing) problems.push(missing)
  for (const [field, value] of Object.entries(sample)) {
    if (field === 'code') continue
    const m = await validateField('coupons', field, value, 'new:check', deps.validation)
    if (m) problems.push(m)
  }
  if (problems.length > 0) throw new AppError('VALIDATION', problems.join(' '), { problems })

  const taken = stagedCodes(deps, sessionId)
  const codes: string[] = []
  for (let attempts = 0; codes.length < req.count; attempts++) {
    if (attempts > req.count * ATTEMPTS_PER_CODE) {
      throw new AppError('VALIDATION', `Could not find ${req.count} unused codes of this length; make the codes longer.`)
    }
    const code = randomCode(req.prefix, req.length, pick)
    const key = code.toLowerCase()
    if (taken.has(key)) continue
    taken.add(key)
    if (await deps.validation.isCouponCodeTaken(code, 'new:check')) continue
    codes.push(code)
  }
  const entityIds: string[] = []
  const cells: PreparedCell[] = []
  for (const code of codes) {
    const entityId = `new:${randomUUID()}`
    entityIds.push(entityId)
    const fields: Record<string, JsonValue> = { ...template, name: String(template.name).replaceAll('{code}', code), code }
    for (const [field, value] of Object.entries(fields)) cells.push({ resource: 'coupons', entityId, field, kind: 'create', label: code, base: undefined, value, baseTs: null, code })
  }
  commitCells(deps, sessionId, cells, `Generate ${codes.length} coupon code${codes.length === 1 ? '' : 's'}`)
  return { codes, entityIds }
}
