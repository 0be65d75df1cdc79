// Schema 3: key columns beside the text columns merchants sort by most (names, SKUs, codes, emails,
// order ids), so sorting is natural and accent-insensitive (see natural-key.ts); rows stored before are
// filled in when the store opens. SQL only, no logic; written out, as a shipped migration never changes.
export const NATURAL_SORT_SCHEMA = `
ALTER TABLE products ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX products_name_key ON products(name_key, id);
ALTER TABLE products ADD COLUMN sku_key TEXT NOT NULL DEFAULT '';
CREATE INDEX products_sku_key ON products(sku_key, id);
ALTER TABLE coupons ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX coupons_name_key ON coupons(name_key, id);
ALTER TABLE coupons ADD COLUMN code_key TEXT NOT NULL DEFAULT '';
CREATE INDEX coupons_code_key ON coupons(code_key, id);
ALTER TABLE customers ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_name_key ON customers(name_key, id);
ALTER TABLE customers ADD COLUMN email_key TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_email_key ON customers(email_key, id);
ALTER TABLE orders ADD COLUMN id_key TEXT NOT NULL DEFAULT '';
CREATE INDEX orders_id_key ON orders(id_key, internal_id);
ALTER TABLE orders ADD COLUMN customer_name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX orders_customer_name_key ON orders(customer_name_key, internal_id);
ALTER TABLE orders ADD COLUMN email_key TEXT NOT NULL DEFAULT '';
CREATE INDEX orders_email_key ON orders(email_key, internal_id);
`
