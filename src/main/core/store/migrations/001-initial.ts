// Schema 1: entity tables (full Ecwid JSON plus the columns grids sort and filter on), FTS5 trigram
// indexes kept in step by triggers, and per-resource sync state. SQL only, no logic.

/** FTS5 external-content index over a table's search_text, synced by triggers. */
/**
 * Ecwid's full JSON lives in a side table: grid queries then touch only the compact row (~200
 * bytes, not ~3 KB), which keeps filtered counts over 100,000 products in memory-resident pages.
 */
function jsonTable(table: string, rowid: string): string {
  return `
CREATE TABLE ${table}_json (
  ${rowid} INTEGER PRIMARY KEY REFERENCES ${table}(${rowid}) ON DELETE CASCADE,
  json TEXT NOT NULL
);`
}

function fts(table: string, rowid: string): string {
  return `
CREATE VIRTUAL TABLE ${table}_fts USING fts5(search_text, content='${table}', content_rowid='${rowid}', tokenize='trigram');
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

// Dates are epoch ms. Text columns the grids sort on are NOCASE so "apple" and "Apple" sort together
// and their indexes serve ORDER BY directly. sync_run marks the full-sync run that last saw a row.
// Small tables (categories, variations) keep their JSON inline.
export const INITIAL_SCHEMA = `
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE,
  sku TEXT NOT NULL COLLATE NOCASE,
  price REAL NOT NULL,
  compare_to_price REAL,
  quantity INTEGER,
  unlimited INTEGER NOT NULL,
  in_stock INTEGER NOT NULL,
  enabled INTEGER NOT NULL,
  weight REAL,
  category_ids TEXT NOT NULL,
  category_names TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  variation_count INTEGER NOT NULL,
  thumbnail_url TEXT,
  created INTEGER,
  updated INTEGER,
  search_text TEXT NOT NULL,
  sync_run INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX products_name ON products(name, id);
CREATE INDEX products_sku ON products(sku, id);
CREATE INDEX products_price ON products(price, id);
CREATE INDEX products_quantity ON products(quantity, id);
CREATE INDEX products_created ON products(created, id);
CREATE INDEX products_updated ON products(updated, id);
CREATE INDEX products_category_names ON products(category_names, id);
${fts('products', 'id')}
${jsonTable('products', 'id')}

CREATE TABLE product_variations (
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  options TEXT NOT NULL,
  sku TEXT NOT NULL COLLATE NOCASE,
  price REAL,
  quantity INTEGER,
  unlimited INTEGER NOT NULL,
  in_stock INTEGER NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (product_id, id)
);
CREATE INDEX product_variations_sku ON product_variations(sku);

CREATE TABLE product_categories (
  category_id INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  PRIMARY KEY (category_id, product_id)
) WITHOUT ROWID;
CREATE INDEX product_categories_product ON product_categories(product_id);

CREATE TABLE categories (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER,
  name TEXT NOT NULL COLLATE NOCASE,
  enabled INTEGER NOT NULL,
  order_by INTEGER,
  sync_run INTEGER NOT NULL DEFAULT 0,
  json TEXT NOT NULL
);

CREATE TABLE orders (
  internal_id INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  order_number INTEGER NOT NULL,
  created INTEGER,
  updated INTEGER,
  customer_name TEXT NOT NULL COLLATE NOCASE,
  email TEXT NOT NULL COLLATE NOCASE,
  total REAL NOT NULL,
  payment_status TEXT NOT NULL,
  fulfillment_status TEXT NOT NULL,
  tracking_number TEXT NOT NULL COLLATE NOCASE,
  private_notes TEXT NOT NULL COLLATE NOCASE,
  search_text TEXT NOT NULL,
  sync_run INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX orders_number ON orders(order_number);
CREATE INDEX orders_created ON orders(created, internal_id);
CREATE INDEX orders_updated ON orders(updated, internal_id);
CREATE INDEX orders_total ON orders(total, internal_id);
CREATE INDEX orders_email ON orders(email, internal_id);
CREATE INDEX orders_customer ON orders(customer_name, internal_id);
CREATE INDEX orders_payment ON orders(payment_status, internal_id);
CREATE INDEX orders_fulfillment ON orders(fulfillment_status, internal_id);
${fts('orders', 'internal_id')}
${jsonTable('orders', 'internal_id')}

CREATE TABLE coupons (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE,
  code TEXT NOT NULL COLLATE NOCASE,
  discount_type TEXT NOT NULL,
  discount REAL NOT NULL,
  status TEXT NOT NULL,
  launch_date INTEGER,
  expiration_date INTEGER,
  uses_limit TEXT NOT NULL,
  order_count INTEGER NOT NULL,
  created INTEGER,
  updated INTEGER,
  search_text TEXT NOT NULL,
  sync_run INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX coupons_code ON coupons(code);
${fts('coupons', 'id')}
${jsonTable('coupons', 'id')}

CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE,
  email TEXT NOT NULL COLLATE NOCASE,
  group_name TEXT NOT NULL COLLATE NOCASE,
  order_count INTEGER NOT NULL,
  sales_value REAL NOT NULL,
  accept_marketing INTEGER NOT NULL,
  registered INTEGER,
  updated INTEGER,
  search_text TEXT NOT NULL,
  sync_run INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX customers_name ON customers(name, id);
CREATE INDEX customers_email ON customers(email, id);
${fts('customers', 'id')}
${jsonTable('customers', 'id')}

CREATE TABLE profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  json TEXT NOT NULL,
  synced_at INTEGER NOT NULL
);

-- One row per resource. cursor: Ecwid time (unix s) to ask updatedFrom next time; stat: the
-- latest-stats value seen then. run_*: the full walk in progress (null when none), so a killed
-- sync resumes the same run instead of starting over.
CREATE TABLE sync_state (
  resource TEXT PRIMARY KEY,
  full_done INTEGER NOT NULL DEFAULT 0,
  cursor INTEGER,
  stat TEXT,
  stat_read_at INTEGER,
  run_id INTEGER,
  run_since INTEGER,
  run_total INTEGER,
  run_dirty INTEGER NOT NULL DEFAULT 0,
  synced_at INTEGER
);

-- Pages of the running full walk already written (each in the same transaction as its rows).
CREATE TABLE sync_pages (
  resource TEXT NOT NULL,
  page_offset INTEGER NOT NULL,
  PRIMARY KEY (resource, page_offset)
) WITHOUT ROWID;
`
