-- Finanzen and Wirkung (issue 15): funding envelopes per fund, Land, Revier and period; the
-- fund a programme's grants are bound against; the Förderbereiche of InvKG § 4 Abs. 1; the
-- project columns for apprenticeships and implemented (reported) values; indicators, targets
-- (versions kept) and observations; a log of what Administration changed.

-- ref_envelope gains fund and period (the key changes, so the table is rebuilt). Rows of an
-- older database become one InvKG period 2020-2038 until `reference` reloads envelopes.csv.
CREATE TABLE ref_envelope_v8 (
    fund VARCHAR NOT NULL,
    bundesland_code VARCHAR NOT NULL,
    revier_code VARCHAR,                   -- NULL: a region outside the Reviere (JTF Chemnitz)
    period_start INTEGER NOT NULL,
    period_end INTEGER NOT NULL,
    amount_eur DECIMAL(18,2) NOT NULL,
    label VARCHAR NOT NULL
);
INSERT INTO ref_envelope_v8
SELECT 'InvKG', bundesland_code, revier_code, 2020, 2038, amount_eur, label FROM ref_envelope;
DROP TABLE ref_envelope;
ALTER TABLE ref_envelope_v8 RENAME TO ref_envelope;

ALTER TABLE ref_programme ADD COLUMN fund VARCHAR;
UPDATE ref_programme SET fund = 'InvKG' WHERE counts_to_envelope;
UPDATE ref_programme SET fund = 'JTF' WHERE code = 'JTF';

CREATE TABLE ref_invkg_area (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL,
                             short_name VARCHAR NOT NULL, sort INTEGER NOT NULL);

-- planned at application (planned_jobs exists), implemented as reported by the project
ALTER TABLE project ADD COLUMN planned_apprenticeships INTEGER;
ALTER TABLE project ADD COLUMN actual_jobs INTEGER;
ALTER TABLE project ADD COLUMN actual_apprenticeships INTEGER;
ALTER TABLE project ADD COLUMN invkg_area VARCHAR;
ALTER TABLE project_version ADD COLUMN planned_apprenticeships INTEGER;
ALTER TABLE project_version ADD COLUMN actual_jobs INTEGER;
ALTER TABLE project_version ADD COLUMN actual_apprenticeships INTEGER;
ALTER TABLE project_version ADD COLUMN invkg_area VARCHAR;

-- What is measured. `cumulative`: a value is a stock up to its date (never summed over
-- periods: the latest value counts); `summable`: values of several projects or scopes may be
-- added up; `derived`: the observations come from the project columns named in analytics.
CREATE TABLE indicator (
    code VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    unit VARCHAR NOT NULL,
    kind VARCHAR NOT NULL CHECK (kind IN ('output', 'result', 'financial')),
    direction VARCHAR NOT NULL CHECK (direction IN ('increase', 'decrease')),
    cumulative BOOLEAN NOT NULL,
    summable BOOLEAN NOT NULL,
    framework VARCHAR NOT NULL CHECK (framework IN ('InvKG', 'STARK', 'JTF', 'eigen')),
    derived BOOLEAN NOT NULL,
    sort INTEGER NOT NULL
);
INSERT INTO indicator VALUES
    ('JOBS', 'Geschaffene oder gesicherte Arbeitsplätze', 'Arbeitsplätze', 'result', 'increase',
     true, true, 'InvKG', true, 1),
    ('APPR', 'Ausbildungsplätze', 'Ausbildungsplätze', 'result', 'increase', true, true, 'eigen',
     true, 2),
    ('GRANT', 'Gebundene InvKG-Mittel', 'EUR', 'financial', 'increase', true, true, 'InvKG',
     true, 3),
    ('PROJ', 'Bewilligte Projekte', 'Projekte', 'output', 'increase', true, true, 'InvKG', true, 4);

-- Targets: a new version is a new row (valid_from), never an update; the version in force on
-- a day is the one with the latest valid_from up to that day (then the latest recorded).
CREATE SEQUENCE indicator_target_seq START 1;
CREATE TABLE indicator_target (
    target_id BIGINT PRIMARY KEY DEFAULT nextval('indicator_target_seq'),
    indicator_code VARCHAR NOT NULL,
    scope VARCHAR NOT NULL CHECK (scope IN ('gesamt', 'project', 'mission', 'focus_area',
                                            'revier', 'land', 'programme', 'invkg_area')),
    scope_code VARCHAR,                    -- NULL for 'gesamt'
    period_start INTEGER NOT NULL,
    period_end INTEGER NOT NULL,
    baseline DOUBLE NOT NULL,
    target_value DOUBLE NOT NULL,
    valid_from DATE NOT NULL,
    actor VARCHAR NOT NULL,
    note VARCHAR,
    recorded_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Observations entered by hand (derived indicators read the project columns instead): a value
-- of one stage at an as-of date, from an import batch or a person.
CREATE SEQUENCE indicator_observation_seq START 1;
CREATE TABLE indicator_observation (
    observation_id BIGINT PRIMARY KEY DEFAULT nextval('indicator_observation_seq'),
    indicator_code VARCHAR NOT NULL,
    scope VARCHAR NOT NULL,
    scope_code VARCHAR,
    stage VARCHAR NOT NULL CHECK (stage IN ('planned', 'decided', 'implemented')),
    value DOUBLE NOT NULL,
    as_of DATE NOT NULL,
    batch_id BIGINT,                       -- set when it came from an import
    actor VARCHAR,                         -- set when entered by hand
    recorded_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    CHECK (batch_id IS NOT NULL OR actor IS NOT NULL)
);

-- Every change Administration makes to envelopes (and other editable settings): who, when,
-- what before and after (JSON text).
CREATE SEQUENCE admin_change_seq START 1;
CREATE TABLE admin_change (
    change_id BIGINT PRIMARY KEY DEFAULT nextval('admin_change_seq'),
    subject VARCHAR NOT NULL,
    subject_key VARCHAR NOT NULL,
    before VARCHAR,
    after VARCHAR,
    actor VARCHAR NOT NULL,
    changed_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
