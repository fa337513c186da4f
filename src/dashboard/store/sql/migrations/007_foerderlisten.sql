-- Official lists of operations (foerderlisten/): a second source beside the monitor's
-- projects. One row per list import (fund, Land, Stand, file, SHA-256; archived like project
-- imports, batch number from batch_number), its operations, and the decisions on matches.
-- The list in force for a fund and Land is its latest import that was not undone.
CREATE TABLE oplist_import (
    batch_id BIGINT PRIMARY KEY,
    fund VARCHAR NOT NULL,
    land VARCHAR NOT NULL,
    stand DATE NOT NULL,
    file_name VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    archived_path VARCHAR,
    sheet VARCHAR,
    header_row INTEGER,
    columns VARCHAR,          -- JSON: [{letter, header, field}]
    preamble VARCHAR,         -- JSON: [{row, column, value}] above the header (title, Stand)
    notes VARCHAR,            -- JSON: the reader's notices (number formats etc.)
    actor VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    n_operations INTEGER NOT NULL,
    n_rejected INTEGER NOT NULL,
    n_new INTEGER NOT NULL,
    n_changed INTEGER NOT NULL,
    n_unchanged INTEGER NOT NULL,
    n_gone INTEGER NOT NULL,
    undone_by VARCHAR,
    undone_at TIMESTAMP
);

CREATE TABLE oplist_operation (
    batch_id BIGINT NOT NULL,
    op_key VARCHAR NOT NULL,              -- Antragsnummer/Vorhabensident, else a hash
    row_number INTEGER NOT NULL,
    beneficiary VARCHAR,                  -- personal data when natural_person
    natural_person BOOLEAN NOT NULL,
    title VARCHAR,
    purpose VARCHAR,
    start_date DATE,
    end_date DATE,
    total_cost_eur DECIMAL(18,2),
    eu_amount_eur DECIMAL(18,2),
    fund_code VARCHAR,
    specific_objective VARCHAR,
    cofinancing_rate DOUBLE,              -- share 0..1
    location_text VARCHAR,
    postcode VARCHAR,
    place VARCHAR,
    district_text VARCHAR,
    country VARCHAR,
    intervention VARCHAR,
    programme_group VARCHAR,
    application_no VARCHAR,
    updated_on DATE,
    extra VARCHAR,                        -- JSON: cells of columns without a field {letter: text}
    district_code VARCHAR,                -- when exactly one district remains
    district_candidates VARCHAR[] NOT NULL,
    revier_code VARCHAR,                  -- when every candidate lies in the same Revier
    municipality VARCHAR,
    place_problem VARCHAR,
    PRIMARY KEY (batch_id, op_key)
);

-- Decisions on a match operation <-> project, append-only (the latest per pair is in force).
CREATE SEQUENCE oplist_decision_seq START 1;
CREATE TABLE oplist_decision (
    decision_id BIGINT PRIMARY KEY DEFAULT nextval('oplist_decision_seq'),
    fund VARCHAR NOT NULL,
    land VARCHAR NOT NULL,
    op_key VARCHAR NOT NULL,
    project_id VARCHAR NOT NULL,
    decision VARCHAR NOT NULL CHECK (decision IN ('bestaetigt', 'abgelehnt', 'offen')),
    actor VARCHAR NOT NULL,
    decided_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
