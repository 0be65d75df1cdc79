// Minimal typings for the parts of papaparse 5.7 the CSV engine uses (@types/papaparse is not installed).
// Declarations only: the low-level Parser (chunked parsing we drive ourselves) and unparse (quoting).

declare module 'papaparse' {
  export interface PapaParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch'
    code: 'MissingQuotes' | 'InvalidQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields'
    message: string
    /** Index of the row inside the data returned by this parse call. */
    row?: number
    index?: number
  }
  export interface PapaParserConfig {
    delimiter: string
    newline: '\n' | '\r' | '\r\n'
    quoteChar?: string
  }
  export interface PapaParserResult {
    data: string[][]
    errors: PapaParseError[]
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean; cursor: number }
  }
  export class Parser {
    constructor(config: PapaParserConfig)
    /** With ignoreLastRow, stops before the last (possibly incomplete) row; meta.cursor says where. */
    parse(input: string, baseIndex: number, ignoreLastRow: boolean): PapaParserResult
  }
  export interface UnparseConfig {
    delimiter?: string
    newline?: string
    quotes?: boolean
    header?: boolean
    escapeFormulae?: boolean
  }
  const Papa: {
    Parser: typeof Parser
    unparse(data: string[][], config?: UnparseConfig): string
  }
  export default Papa
}
