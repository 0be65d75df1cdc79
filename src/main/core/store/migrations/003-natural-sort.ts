// Schema 3: key columns beside the text columns merchants sort by most (names, SKUs, codes, emails,
// order ids), so sorting is natural and accent-insensitive (see natural-key.ts); rows
// stored before are filled in when the store opens.
// SQL only, no logic.
const key = (table: string, column: string, rowid: string): string => `
ALTER TABLE ${table} ADD COLUMN ${column}_key TEXT NOT NULL DEFAULT '';
CREATE INDEX ${table}_${column}_key ON ${table}(${column}_key, ${rowid});`

export const NATURAL_SORT_SCHEMA = [
  key('products', 'name', 'id'),
  key('products', 'sku', 'id'),
  key('coupons', 'name', 'id'),
  key('coupons', 'code', 'id'),
  key('customers', 'name', 'id'),
  key('customers', 'email', 'id'),
  key('orders', 'id', 'internal_id'),
  key('orders', 'customer_name', 'internal_id'),
  key('orders', 'email', 'internal_id')
].join('\n')
