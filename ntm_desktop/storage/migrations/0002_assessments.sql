-- Which criteria set a unit is assessed against in a year, when the officer overrides the default
-- (the set that applies to its level and the tier it works towards). Id = uuid5(unit/year).
CREATE TABLE assessment_choices (
    id          TEXT PRIMARY KEY,
    unit_code   TEXT    NOT NULL REFERENCES units (code),
    year        INTEGER NOT NULL,
    tier        TEXT    NOT NULL CHECK (tier IN ('standard', 'advanced', 'model')),
    catalog_key TEXT    NOT NULL REFERENCES catalogs (key),
    owner_code  TEXT    NOT NULL,
    UNIQUE (unit_code, year)
);

-- One row per indicator a unit has data for in a year, under one catalog version.
-- Id = uuid5(unit/year/catalog key/indicator code): two laptops of one office land on one row.
-- `value` keeps its type: a number for numeric indicators, text otherwise.
CREATE TABLE indicator_values (
    id             TEXT PRIMARY KEY,
    unit_code      TEXT    NOT NULL REFERENCES units (code),
    year           INTEGER NOT NULL,
    catalog_key    TEXT    NOT NULL REFERENCES catalogs (key),
    indicator_code TEXT    NOT NULL,
    value,
    officer_met    TEXT CHECK (officer_met IN ('yes', 'no', 'unknown')),
    note           TEXT,
    agency         TEXT,
    owner_code     TEXT    NOT NULL,
    UNIQUE (unit_code, year, catalog_key, indicator_code)
);

-- Derived from indicator_values in the same transaction as each edit, so reports read stored
-- results instead of re-evaluating every indicator. Local: never logged nor sent.
CREATE TABLE criterion_results (
    unit_code    TEXT    NOT NULL,
    year         INTEGER NOT NULL,
    catalog_key  TEXT    NOT NULL,
    criterion_no INTEGER NOT NULL,
    met          INTEGER NOT NULL,
    PRIMARY KEY (unit_code, year, criterion_no)
);
CREATE INDEX criterion_results_year ON criterion_results (year, criterion_no, met);

CREATE TABLE assessment_scores (
    unit_code   TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    catalog_key TEXT    NOT NULL,
    tier        TEXT    NOT NULL,
    met         INTEGER NOT NULL,
    total       INTEGER NOT NULL,
    PRIMARY KEY (unit_code, year)
);
CREATE INDEX assessment_scores_year ON assessment_scores (year, unit_code);

-- Files attached to an indicator value; the file itself is evidence/<sha[:2]>/<sha>.
CREATE TABLE evidence (
    id         TEXT PRIMARY KEY,
    value_id   TEXT    NOT NULL REFERENCES indicator_values (id),
    sha256     TEXT    NOT NULL,
    file_name  TEXT    NOT NULL,
    size       INTEGER NOT NULL,
    added_at   TEXT    NOT NULL,
    removed    INTEGER NOT NULL DEFAULT 0,
    owner_code TEXT    NOT NULL
);
CREATE INDEX evidence_value ON evidence (value_id);

-- Official recognitions (decisions) of a unit as meeting a tier; withdrawal keeps the row.
CREATE TABLE recognitions (
    id                TEXT PRIMARY KEY,
    unit_code         TEXT NOT NULL REFERENCES units (code),
    tier              TEXT NOT NULL CHECK (tier IN ('standard', 'advanced', 'model')),
    decision_no       TEXT,
    decision_date     TEXT NOT NULL,
    withdrawn_on      TEXT,
    withdrawal_reason TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0,
    owner_code        TEXT NOT NULL
);
CREATE INDEX recognitions_unit ON recognitions (unit_code, decision_date);
