-- The group (nhóm 1, 2 or 3) the province puts each commune (xã) of the tree without districts
-- in, from a date: the 2026-2030 criteria set gives some indicators a target per group. One row
-- per (commune, start date); a period ends the day before the commune's next row starts. Province
-- reference data that travels: owner_code = the province, id = uuid5(unit/valid_from) so two
-- province laptops land on one row, every write goes through the change log.
CREATE TABLE commune_groups (
    id         TEXT    PRIMARY KEY,
    unit_code  TEXT    NOT NULL REFERENCES units (code),
    group_no   INTEGER NOT NULL CHECK (group_no IN (1, 2, 3)),
    valid_from TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0,
    owner_code TEXT    NOT NULL,
    UNIQUE (unit_code, valid_from)
);
