-- Yearly targets (chỉ tiêu kế hoạch) of a unit, as in Biểu 01 of a province's plan: cumulative
-- figures to reach by the end of the year. A measure left NULL has no target. Province reference
-- data: owner_code = the province, id = uuid5(unit/year) so two offices land on one row, every
-- write goes through the change log.
CREATE TABLE targets (
    id             TEXT    PRIMARY KEY,
    unit_code      TEXT    NOT NULL REFERENCES units (code),
    year           INTEGER NOT NULL,
    standard       INTEGER CHECK (standard >= 0),
    advanced       INTEGER CHECK (advanced >= 0),
    model          INTEGER CHECK (model >= 0),
    ntm_villages   INTEGER CHECK (ntm_villages >= 0),
    model_villages INTEGER CHECK (model_villages >= 0),
    avg_criteria   REAL    CHECK (avg_criteria >= 0),
    below10        INTEGER CHECK (below10 >= 0),
    deleted        INTEGER NOT NULL DEFAULT 0,
    owner_code     TEXT    NOT NULL,
    UNIQUE (unit_code, year)
);
CREATE INDEX targets_year ON targets (year, unit_code);
