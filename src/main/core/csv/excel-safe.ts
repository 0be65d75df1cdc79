// Formula-injection guard for exported cells (OWASP "CSV injection") and its exact inverse on import.
// Pure string functions; the rule is documented here because export and import must agree on it.
//
// The rule, and why it round-trips:
//   TRIGGER = a cell starting with  =  +  -  @  TAB  CR  (what Excel, LibreOffice, Numbers and Google
//   Sheets may evaluate as a formula or DDE call).
//   Export: a text cell matching /^'*TRIGGER/ gets ONE extra leading apostrophe. Spreadsheets show a
//     leading apostrophe as "treat as text", so the cell is never evaluated.
//   Import: a cell matching /^'+TRIGGER/ loses ONE leading apostrophe.
//   Because the export pattern also covers values that already start with apostrophes before a trigger
//   ("'=x" is written "''=x"), import(export(v)) === v for every string v, and a legitimate leading
//   apostrophe that is not followed by a trigger ("'90s hits") is left alone in both directions.
//   Numeric columns: a value that is a valid number ("-5", "-12,5") is written as-is, because a
//   spreadsheet reads it as a number, not a formula, and prefixing would turn prices into text.
//   Cells we did not write (merchant typed "'=x" by hand) are read as "=x": the same text intent.

const TRIGGER_AFTER_QUOTES = /^'*[=+\-@\t\r]/
const NEUTRALISED = /^'+[=+\-@\t\r]/
const PLAIN_NUMBER = /^-?(\d+([.,]\d+)?|[.,]\d+)([eE][-+]?\d+)?$/

/** True when a spreadsheet could evaluate the cell text as a formula. */
export function isDangerousCell(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text)
}

/** Neutralises one cell for export. `numeric` cells that hold a plain number are left as numbers. */
export function neutraliseCell(text: string, numeric = false): string {
  if (numeric && PLAIN_NUMBER.test(text)) return text
  return TRIGGER_AFTER_QUOTES.test(text) ? `'${text}` : text
}

/** Exact inverse of neutraliseCell for every cell it may have produced. */
export function restoreCell(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text
}
