// Schema 2: Ecwid documents every order field but `id` as optional (no orderNumber on some orders),
// so the columns a missing field maps to accept NULL, and items that could not be stored at all are
// remembered per resource with the reason. SQL only, no logic.

/**
 * Rebuilds `table` from `create` (its new definition, named `${table}_v2`) keeping every row, the
 * JSON side table, the FTS index and its triggers. Foreign keys stay on inside the migration
 * transaction, so the JSON rows are parked in a table without a reference while the parent is
 * dropped: DROP TABLE's implicit DELETE would otherwise cascade to them.
 */
function rebuild(table: string, rowid: string, create: string, indexes: string): string {
  return `
CREATE TABLE ${table}_json_parked AS SELECT * FROM ${table}_json;
DROP TABLE ${table}_json;
DROP TRIGGER ${table}_fts_ai;
DROP TRIGGER ${table}_fts_ad;
DROP TRIGGER ${table}_fts_au;
DROP TABLE ${table}_fts;
${create}
INSERT INTO ${table}_v2 SELECT * FROM ${table};
DROP TABLE ${table};
ALTER TABLE ${table}_v2 RENAME TO ${table};
${indexes}
CREATE TABLE ${table}_json (
  ${rowid} INTEGER PRIMARY KEY REFERENCES ${table}(${rowid}) ON DELETE CASCADE,
  json TEXT NOT NULL
);
INSERT INTO ${table}_json SELECT * FROM ${table}_json_parked;
DROP TABLE ${table}_json_parked;
CREATE VIRTUAL TABLE ${table}_fts USING fts5(search_text, content='${table}', content_rowid='${rowid}', tokenize='trigram');
INSERT INTO ${table}_fts(${table}_fts) VALUES ('rebuild');
CREATE TRIGGER ${table}_fts_ai AFTER INSERT ON ${table} BEGIN
  INSERT INTO ${table}_fts(rowid, search_text) VALUES (new.${rowid}, new.search_text);
END;
CREATE TRIGGER ${table}_fts_ad AFTER DELETE ON ${table} BEGIN
  INSERT INTO ${table}_fts(${table}_fts, rowid, search_text) VALUES ('delete', old.${rowid}, old.search_text);
END;
CREATE TRIGGER ${table}_fts_au AFTER UPDATE OF search_text ON ${table} BEGIN
  INSERT INTO ${table}_fts(${table}_fts, rowid, search_text) VALUES ('delete', old.${rowid}, old.search_text);
  INSERT INTO ${table}_fts(rowid, search_text) VALUES (new.${rowid}, new.search_text);
END;`
}

// Column order matches schema 1 exactly (INSERT ... SELECT * relies on it). Numbers Ecwid may leave
// out (order number, totals, prices, discounts) become NULL instead of an invented 0.
const ORDERS = rebuild('orders', 'internal_id', `
CREATE TABLE orders_v2 (
  internal_id INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  order_number INTEGER,
  created INTEGER,
  updated INTEGER,
  customer_name TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  email TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  total REAL,
  payment_status TEXT NOT NULL DEFAULT '',
  fulfillment_status TEXT NOT NULL DEFAULT '',
  tracking_number TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  private_notes TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  search_text TEXT NOT NULL DEFAULT '',
  sync_run INTEGER NOT NULL DEFAULT 0
);`, `
CREATE INDEX orders_number ON orders(order_number);
CREATE INDEX orders_created ON orders(created, internal_id);
CREATE INDEX orders_updated ON orders(updated, internal_id);
CREATE INDEX orders_total ON orders(total, internal_id);
CREATE INDEX orders_email ON orders(email, internal_id);
CREATE INDEX orders_customer ON orders(customer_name, internal_id);
CREATE INDEX orders_payment ON orders(payment_status, internal_id);
CREATE INDEX orders_fulfillment ON orders(fulfillment_status, internal_id);`)

const COUPONS = rebuild('coupons', 'id', `
CREATE TABLE coupons_v2 (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  code TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  discount_type TEXT NOT NULL DEFAULT '',
  discount REAL,
  status TEXT NOT NULL DEFAULT '',
  launch_date INTEGER,
  expiration_date INTEGER,
  uses_limit TEXT NOT NULL DEFAULT '',
  order_count INTEGER NOT NULL DEFAULT 0,
  created INTEGER,
  updated INTEGER,
  search_text TEXT NOT NULL DEFAULT '',
  sync_run INTEGER NOT NULL DEFAULT 0
);`, `
CREATE INDEX coupons_code ON coupons(code);`)

export const OPTIONAL_FIELDS_SCHEMA = `
${ORDERS}
${COUPONS}

-- Items a sync could not store at all (no usable id...): shown in the sync status, retried by the
-- next sync. A full walk of the resource starts its list afresh.
CREATE TABLE sync_set_aside (
  resource TEXT NOT NULL,
  item_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  seen_at INTEGER NOT NULL,
  PRIMARY KEY (resource, item_id)
) WITHOUT ROWID;
`
