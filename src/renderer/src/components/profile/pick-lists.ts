// Choices offered by the profile's pickers: ISO 3166-1 countries and ISO 4217 currencies (Ecwid's
// countryCode and currency: https://api-docs.ecwid.com/reference/get-store-profile), IANA time zones,
// and the date/time patterns Ecwid's control panel offers. Names come from the browser's Intl data, so
// they follow the merchant's language. A picker suggests; main still validates what is typed.

export interface PickOption {
  value: string
  label: string
}

/** ISO 3166-1 alpha-2, the 249 officially assigned codes. */
const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ ' +
  'BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR ' +
  'CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ' +
  'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ ' +
  'LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
  'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF ' +
  'PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI ' +
  'SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR ' +
  'TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ')

// Patterns as Ecwid's control panel lists them (General → Regional settings); a store may hold others.
const DATE_FORMATS = ['MMM d, yyyy', 'MMMM d, yyyy', 'EEE, MMM d, yyyy', "EEE, MMM d, ''yy", 'd MMM yyyy', 'd MMMM yyyy', 'dd.MM.yyyy', 'd.M.yyyy', 'dd/MM/yyyy', 'MM/dd/yyyy', 'M/d/yy', 'yyyy-MM-dd']
const TIME_FORMATS = ['hh:mm a', 'h:mm a', 'HH:mm', 'H:mm', 'HH:mm:ss']

function named(codes: readonly string[], type: 'region' | 'currency'): PickOption[] {
  const names = new Intl.DisplayNames(undefined, { type })
  return codes
    .map((value) => ({ value, label: `${names.of(value) ?? value} (${value})` }))
    .sort((a, b) => a.label.localeCompare(b.label))
}

export function countryOptions(): PickOption[] {
  return named(COUNTRY_CODES, 'region')
}

export function currencyOptions(): PickOption[] {
  return named(Intl.supportedValuesOf('currency'), 'currency')
}

export function timezoneOptions(): PickOption[] {
  return Intl.supportedValuesOf('timeZone').map((value) => ({ value, label: value.replace(/_/g, ' ') }))
}

/** Patterns with what each one looks like today, e.g. "MMM d, yyyy" → "Dec 6, 2026". */
export function patternOptions(which: 'date' | 'time', example: (pattern: string) => string): PickOption[] {
  return (which === 'date' ? DATE_FORMATS : TIME_FORMATS).map((value) => ({ value, label: example(value) }))
}

const cache = new Map<string, PickOption[]>()
function once(key: string, make: () => PickOption[]): PickOption[] {
  let list = cache.get(key)
  if (!list) cache.set(key, (list = make()))
  return list
}

/** The picker's choices for a profile field, or null when it is free text. */
export function choicesFor(path: string, kind: string, example: (pattern: string) => string): PickOption[] | null {
  if (kind === 'country') return once('country', countryOptions)
  if (kind === 'currency') return once('currency', currencyOptions)
  if (kind === 'timezone') return once('timezone', timezoneOptions)
  if (path === 'formatsAndUnits.dateFormat') return patternOptions('date', example)
  if (path === 'formatsAndUnits.timeFormat') return patternOptions('time', example)
  return null
}
