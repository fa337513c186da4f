-- Remembered import decisions (issue 19): in a Fachnetzwerk's lists, the refused value
-- `value` of the column `field` means the reference code `code` ("Wirkstoffentwicklung" in
-- Zukunftsmission = M05). Kept apart from the ref_* tables, which are replaced whenever the
-- reference CSV files are reloaded: a network's decision must survive that.
CREATE TABLE value_alias (
    network_code VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    value_key VARCHAR NOT NULL,   -- the value as the reader compares it (ingest.fields.norm)
    value VARCHAR NOT NULL,       -- as first typed, for people
    code VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT getvariable('app_now')::TIMESTAMP,  -- the clock (010)
    created_by VARCHAR NOT NULL,
    batch_id INTEGER,             -- the import that remembered it
    PRIMARY KEY (network_code, field, value_key)
);
