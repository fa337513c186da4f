-- Import history: what each batch did, the project versions it replaced, retracted events.
--
-- Undo design: an undo restores the replaced versions from project_version, removes the
-- projects the batch created, and MOVES the batch's stage events from stage_event into
-- stage_event_retracted (same event_id, plus who retracted them). stage_event therefore only
-- ever holds events in force, and every reader of it stays correct without a filter;
-- nothing is lost, the retracted rows stay readable.
ALTER TABLE import_batch ADD COLUMN undo_of BIGINT;     -- kind 'undo': the batch it reverted
ALTER TABLE import_batch ADD COLUMN undone_by BIGINT;   -- set on a batch that was undone
ALTER TABLE import_batch ADD COLUMN n_events INTEGER;   -- stage events appended (or retracted)
ALTER TABLE import_batch ADD COLUMN n_missing INTEGER;  -- stored projects not in the list

-- Which projects a batch created ('new'), changed ('changed'), or an undo removed/restored.
CREATE TABLE batch_project (
    batch_id BIGINT NOT NULL,
    project_id VARCHAR NOT NULL,
    change VARCHAR NOT NULL CHECK (change IN ('new', 'changed', 'removed', 'restored')),
    PRIMARY KEY (batch_id, project_id)
);

-- The state of a project just before a batch replaced it (all project columns).
CREATE SEQUENCE project_version_seq START 1;
CREATE TABLE project_version (
    version_id BIGINT PRIMARY KEY DEFAULT nextval('project_version_seq'),
    project_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    description VARCHAR,
    sponsor VARCHAR,
    sponsor_type VARCHAR,
    revier_code VARCHAR NOT NULL,
    district_code VARCHAR,
    municipality VARCHAR,
    mission_code VARCHAR,
    further_missions VARCHAR[] NOT NULL,
    focus_area_code VARCHAR NOT NULL,
    theme_fk TINYINT NOT NULL,
    theme_kj TINYINT NOT NULL,
    theme_gs TINYINT NOT NULL,
    theme_dw TINYINT NOT NULL,
    stage_code VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    programme_code VARCHAR,
    total_cost_eur DECIMAL(18,2),
    requested_eur DECIMAL(18,2),
    granted_eur DECIMAL(18,2),
    amounts_flagged BOOLEAN NOT NULL,
    planned_jobs INTEGER,
    start_date DATE,
    end_date DATE,
    contact VARCHAR,
    remarks VARCHAR,
    as_of DATE,
    source VARCHAR NOT NULL,
    batch_id BIGINT,                       -- the batch that had written this version
    updated_at TIMESTAMP NOT NULL,
    replaced_by_batch BIGINT NOT NULL,     -- the batch that replaced it
    replaced_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE INDEX project_version_batch ON project_version (replaced_by_batch);

-- Stage events taken back by an undo (moved here from stage_event).
CREATE TABLE stage_event_retracted (
    event_id BIGINT PRIMARY KEY,
    project_id VARCHAR NOT NULL,
    stage_code VARCHAR NOT NULL,
    entered_on DATE NOT NULL,
    outcome VARCHAR,
    batch_id BIGINT,
    recorded_at TIMESTAMP NOT NULL,
    retracted_by_batch BIGINT NOT NULL,
    retracted_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
