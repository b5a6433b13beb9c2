-- Settings of this data file: device id, office, user, dataset, counters.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every change that matters, one row per field, written in the same transaction as the change.
-- The op id is (device_id, counter); `base` names the op whose value the editor saw.
CREATE TABLE change_log (
    seq          INTEGER PRIMARY KEY,
    device_id    TEXT    NOT NULL,
    counter      INTEGER NOT NULL,
    hlc          INTEGER NOT NULL,
    wall_time    TEXT    NOT NULL,
    table_name   TEXT    NOT NULL,
    row_id       TEXT    NOT NULL,
    field        TEXT    NOT NULL,
    old_value    TEXT,
    new_value    TEXT,
    base_device  TEXT,
    base_counter INTEGER,
    user_name    TEXT    NOT NULL,
    office_code  TEXT,
    owner_code   TEXT    NOT NULL,
    UNIQUE (device_id, counter)
);
CREATE INDEX change_log_field ON change_log (table_name, row_id, field);
CREATE INDEX change_log_owner ON change_log (owner_code);

-- Administrative units with history. Codes are GSO codes; villages get <commune>.<NNN>.
CREATE TABLE units (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    kind        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune', 'village')),
    parent_code TEXT REFERENCES units (code),
    valid_from  TEXT,
    valid_to    TEXT,
    owner_code  TEXT NOT NULL
);
CREATE INDEX units_parent ON units (parent_code, code);
CREATE INDEX units_folded ON units (name_folded);

CREATE TABLE unit_links (
    id                  TEXT PRIMARY KEY,
    successor           TEXT NOT NULL,
    predecessor         TEXT NOT NULL,
    predecessor_name    TEXT,
    predecessor_dataset TEXT,
    kind                TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename', 'transfer')),
    date                TEXT,
    owner_code          TEXT NOT NULL
);
CREATE INDEX unit_links_successor ON unit_links (successor);
CREATE INDEX unit_links_predecessor ON unit_links (predecessor);

-- Criteria sets. A version is immutable: a change makes a new row with the next version.
CREATE TABLE catalogs (
    key            TEXT PRIMARY KEY,
    id             TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    title          TEXT    NOT NULL,
    legal_basis    TEXT    NOT NULL,
    level          TEXT    NOT NULL,
    tier           TEXT    NOT NULL,
    region         TEXT,
    period_from    INTEGER NOT NULL,
    period_to      INTEGER NOT NULL,
    verified       INTEGER NOT NULL,
    notes          TEXT,
    content_sha256 TEXT    NOT NULL,
    document       TEXT    NOT NULL,
    supersedes     TEXT REFERENCES catalogs (key),
    created_at     TEXT    NOT NULL,
    UNIQUE (id, version)
);

CREATE TABLE catalog_indicators (
    catalog_key     TEXT    NOT NULL REFERENCES catalogs (key),
    code            TEXT    NOT NULL,
    ord             INTEGER NOT NULL,
    criterion_no    INTEGER NOT NULL,
    criterion_name  TEXT    NOT NULL,
    criterion_group TEXT,
    text            TEXT    NOT NULL,
    unit            TEXT,
    target          TEXT,
    target_recall   TEXT,
    confidence      TEXT,
    placeholder     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (catalog_key, code)
);
