-- Sync bundles. The op log itself is `change_log` (op id = (device_id, counter), UNIQUE):
-- imported ops are inserted there with INSERT OR IGNORE, so a replayed op changes nothing.

-- Extra bases of an op: a conflict resolution names every head it replaces, not only one.
CREATE TABLE op_bases (
    device_id    TEXT    NOT NULL,
    counter      INTEGER NOT NULL,
    table_name   TEXT    NOT NULL,
    row_id       TEXT    NOT NULL,
    field        TEXT    NOT NULL,
    base_device  TEXT    NOT NULL,
    base_counter INTEGER NOT NULL,
    PRIMARY KEY (device_id, counter, base_device, base_counter)
);
CREATE INDEX op_bases_base ON op_bases (base_device, base_counter);
CREATE INDEX change_log_base ON change_log (base_device, base_counter);
-- Heads: the later ops of the same device on the same field.
CREATE INDEX change_log_field_device ON change_log (table_name, row_id, field, device_id, counter);

-- Fields with more than one head: kept until an op whose bases cover every head arrives.
-- `id` is derived from (table, row, field), so it is the same on every replica.
CREATE TABLE conflicts (
    id         TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    field      TEXT NOT NULL,
    heads      TEXT NOT NULL,
    UNIQUE (table_name, row_id, field)
);

-- Rows whose ops arrived before the ops that create them (or before their parent row):
-- the ops are kept in change_log and the row appears as soon as it can be built.
CREATE TABLE sync_pending (
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
);

-- Every bundle applied here, by the hash of the whole file (duplicates stop at this table).
CREATE TABLE imported_bundles (
    file_sha256   TEXT PRIMARY KEY,
    bundle_id     TEXT    NOT NULL,
    sender_office TEXT    NOT NULL,
    sender_device TEXT    NOT NULL,
    receiver      TEXT,
    device_seq    INTEGER NOT NULL,
    created_at    TEXT    NOT NULL,
    imported_at   TEXT    NOT NULL,
    file_name     TEXT    NOT NULL,
    summary       TEXT    NOT NULL
);
CREATE INDEX imported_bundles_sender ON imported_bundles (sender_office, sender_device);

-- Which devices an office uses: a device id is bound to the first office seen signing for it,
-- so one office cannot pre-empt another office's op ids.
CREATE TABLE sync_devices (
    device_id   TEXT PRIMARY KEY,
    office_code TEXT NOT NULL
);

-- What each peer device has acknowledged: its `known` vector (highest gapless counter per
-- origin device) from the bundles it sent us. An office with two laptops is only as far as
-- the laptop furthest behind, so exports take the minimum over the office's devices.
CREATE TABLE peer_known (
    office_code TEXT    NOT NULL,
    peer_device TEXT    NOT NULL,
    device_id   TEXT    NOT NULL,
    counter     INTEGER NOT NULL,
    PRIMARY KEY (office_code, peer_device, device_id)
);

-- Office certificates signed by the province root key (issued here or received in bundles).
CREATE TABLE certificates (
    serial      TEXT PRIMARY KEY,
    office_code TEXT NOT NULL,
    role        TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    envelope    TEXT NOT NULL
);
CREATE INDEX certificates_office ON certificates (office_code);
