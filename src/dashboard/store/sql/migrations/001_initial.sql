-- Reference data (reloaded from data/reference/*.csv; no foreign keys so it can be replaced)
CREATE TABLE ref_mission (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, short_name VARCHAR NOT NULL, sort INTEGER NOT NULL);
CREATE TABLE ref_focus_area (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, colour VARCHAR NOT NULL, sort INTEGER NOT NULL);
CREATE TABLE ref_mission_focus_area (mission_code VARCHAR NOT NULL, focus_area_code VARCHAR NOT NULL,
    strength VARCHAR NOT NULL CHECK (strength IN ('primary', 'secondary')), PRIMARY KEY (mission_code, focus_area_code));
CREATE TABLE ref_bundesland (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, sort INTEGER NOT NULL);
CREATE TABLE ref_revier (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, short_name VARCHAR NOT NULL, sort INTEGER NOT NULL);
CREATE TABLE ref_envelope (revier_code VARCHAR NOT NULL, bundesland_code VARCHAR NOT NULL, amount_eur DECIMAL(18,2) NOT NULL,
    label VARCHAR NOT NULL, PRIMARY KEY (revier_code, bundesland_code));
CREATE TABLE ref_district (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, bundesland_code VARCHAR NOT NULL,
    revier_code VARCHAR NOT NULL, sort INTEGER NOT NULL);
CREATE TABLE ref_network (code VARCHAR PRIMARY KEY, revier_code VARCHAR NOT NULL, name VARCHAR NOT NULL,
    focus_area_codes VARCHAR[] NOT NULL, sort INTEGER NOT NULL);
CREATE TABLE ref_stage (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, short_name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL CHECK (kind IN ('active', 'positive_end')), colour VARCHAR NOT NULL, sort INTEGER NOT NULL);
CREATE TABLE ref_exit_reason (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, colour VARCHAR NOT NULL, sort INTEGER NOT NULL);
CREATE TABLE ref_programme (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, counts_to_envelope BOOLEAN NOT NULL, sort INTEGER NOT NULL);
CREATE TABLE ref_theme (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, "column" VARCHAR NOT NULL, sort INTEGER NOT NULL);
CREATE TABLE ref_theme_marker (value INTEGER PRIMARY KEY, name VARCHAR NOT NULL, description VARCHAR NOT NULL);
CREATE TABLE ref_sponsor_type (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, sort INTEGER NOT NULL);

-- Who wrote what: demo generator runs, imports, undos.
CREATE SEQUENCE import_batch_seq START 1;
CREATE TABLE import_batch (
    batch_id BIGINT PRIMARY KEY,
    kind VARCHAR NOT NULL,                 -- 'demo' | 'import' | 'undo'
    file_name VARCHAR,
    sha256 VARCHAR,
    archived_path VARCHAR,
    sheet VARCHAR,
    user_name VARCHAR,
    created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    n_rows INTEGER, n_new INTEGER, n_changed INTEGER, n_unchanged INTEGER, n_rejected INTEGER,
    note VARCHAR
);

-- Current state of every project.
CREATE TABLE project (
    project_id VARCHAR PRIMARY KEY,
    title VARCHAR NOT NULL,
    description VARCHAR,
    sponsor VARCHAR,
    sponsor_type VARCHAR,
    revier_code VARCHAR NOT NULL,
    district_code VARCHAR,
    municipality VARCHAR,
    mission_code VARCHAR,
    further_missions VARCHAR[] NOT NULL DEFAULT [],
    focus_area_code VARCHAR NOT NULL,
    theme_fk TINYINT NOT NULL DEFAULT 0 CHECK (theme_fk BETWEEN 0 AND 2),
    theme_kj TINYINT NOT NULL DEFAULT 0 CHECK (theme_kj BETWEEN 0 AND 2),
    theme_gs TINYINT NOT NULL DEFAULT 0 CHECK (theme_gs BETWEEN 0 AND 2),
    theme_dw TINYINT NOT NULL DEFAULT 0 CHECK (theme_dw BETWEEN 0 AND 2),
    stage_code VARCHAR NOT NULL,
    status VARCHAR NOT NULL DEFAULT 'aktiv'
        CHECK (status IN ('aktiv', 'zurueckgestellt', 'abgelehnt', 'zurueckgezogen')),
    programme_code VARCHAR,
    total_cost_eur DECIMAL(18,2),
    requested_eur DECIMAL(18,2),
    granted_eur DECIMAL(18,2),
    amounts_flagged BOOLEAN NOT NULL DEFAULT false,
    planned_jobs INTEGER,
    start_date DATE,
    end_date DATE,
    contact VARCHAR,
    remarks VARCHAR,
    as_of DATE,
    source VARCHAR NOT NULL,
    batch_id BIGINT,
    updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Append-only stage history: a project entered a stage on a date; `outcome` is set on the
-- event that records leaving the pipeline at that stage (zurueckgestellt/abgelehnt/zurueckgezogen).
CREATE SEQUENCE stage_event_seq START 1;
CREATE TABLE stage_event (
    event_id BIGINT PRIMARY KEY DEFAULT nextval('stage_event_seq'),
    project_id VARCHAR NOT NULL,
    stage_code VARCHAR NOT NULL,
    entered_on DATE NOT NULL,
    outcome VARCHAR CHECK (outcome IS NULL OR outcome IN ('zurueckgestellt', 'abgelehnt', 'zurueckgezogen')),
    batch_id BIGINT,
    recorded_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Small key/value settings (e.g. the date of the last board meeting).
CREATE TABLE app_setting (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL, updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp);
