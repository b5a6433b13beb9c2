-- What a recognition dossier needs that the assessments do not hold, per unit, year and tier.
-- The id is uuid5(unit, year, tier) so two offices entering the same dossier land on one row.
CREATE TABLE dossier_inputs (
    id                TEXT PRIMARY KEY,
    unit_code         TEXT    NOT NULL REFERENCES units (code),
    year              INTEGER NOT NULL,
    tier              TEXT    NOT NULL CHECK (tier IN ('standard', 'advanced', 'model')),
    proposal_number   TEXT,
    proposal_date     TEXT,
    place             TEXT,
    parent_agency     TEXT,
    issuing_agency    TEXT,
    authority         TEXT,
    signer_title      TEXT,
    signer_name       TEXT,
    addressees        TEXT,
    distribution      TEXT,
    survey_issued     INTEGER,
    survey_returned   INTEGER,
    survey_satisfied  INTEGER,
    meeting_date      TEXT,
    meeting_place     TEXT,
    meeting_chair     TEXT,
    meeting_secretary TEXT,
    members_present   INTEGER,
    votes_for         INTEGER,
    construction_debt INTEGER,
    deleted           INTEGER NOT NULL DEFAULT 0,
    owner_code        TEXT    NOT NULL,
    UNIQUE (unit_code, year, tier)
);

-- Comments received while the self-assessment was posted publicly, and how each was addressed.
CREATE TABLE dossier_comments (
    id          TEXT PRIMARY KEY,
    dossier_id  TEXT    NOT NULL REFERENCES dossier_inputs (id),
    received_on TEXT,
    source      TEXT    NOT NULL,
    content     TEXT    NOT NULL,
    response    TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0,
    owner_code  TEXT    NOT NULL
);
CREATE INDEX dossier_comments_dossier ON dossier_comments (dossier_id, received_on);
