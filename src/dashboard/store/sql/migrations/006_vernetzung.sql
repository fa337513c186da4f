-- Vernetzung (matching/): candidate pairs of similar projects, what they were computed from,
-- and the decisions people took on them.
--
-- match_pair holds every scored candidate pair (a < b) worth keeping; its columns are the
-- signals the score and the German reasons are made of (matching/scoring.py), so a pair can be
-- explained and rescored without recomputing the text similarity.
CREATE TABLE match_pair (
    a VARCHAR NOT NULL,
    b VARCHAR NOT NULL,
    score DOUBLE NOT NULL,
    cosine DOUBLE NOT NULL,
    title_sim DOUBLE NOT NULL,
    sponsor_same BOOLEAN NOT NULL,
    sponsor_similar BOOLEAN NOT NULL,
    sponsor_projects INTEGER NOT NULL,
    same_place BOOLEAN NOT NULL,
    place_named BOOLEAN NOT NULL,
    same_district BOOLEAN NOT NULL,
    same_focus BOOLEAN NOT NULL,
    same_mission BOOLEAN NOT NULL,
    period_overlap DOUBLE NOT NULL,
    amount_ratio DOUBLE NOT NULL,
    amount_a DOUBLE,
    amount_b DOUBLE,
    shared_terms VARCHAR[] NOT NULL,
    shared_count INTEGER NOT NULL,
    standard BOOLEAN NOT NULL,
    standard_count INTEGER NOT NULL,
    cross_network BOOLEAN NOT NULL,
    cross_revier BOOLEAN NOT NULL,
    cross_land BOOLEAN NOT NULL,
    computed_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (a, b)
);

-- The state of each project when it was last matched: a project whose fingerprint differs (or
-- that is missing here) is compared again with all others after an import.
CREATE TABLE match_doc (
    project_id VARCHAR PRIMARY KEY,
    fingerprint UBIGINT NOT NULL,       -- every field the signals read
    text_fingerprint UBIGINT NOT NULL,  -- title and description only
    same_title INTEGER NOT NULL DEFAULT 0  -- partners of other sponsors with an almost equal
                                           -- title (a standard measure when >= 2)
);

-- One row per matching run: full (all pairs) or incremental (changed projects against all).
CREATE SEQUENCE match_run_seq START 1;
CREATE TABLE match_run (
    run_id BIGINT PRIMARY KEY,
    kind VARCHAR NOT NULL CHECK (kind IN ('full', 'incremental')),
    projects INTEGER NOT NULL,
    changed INTEGER NOT NULL,
    pairs INTEGER NOT NULL,
    seconds DOUBLE NOT NULL,
    finished_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Decisions, append-only: the latest row per pair is in force ('offen' reopens a pair). Who
-- and when, and the text fingerprints at the time ('unabhängig' holds until a text changes).
CREATE SEQUENCE match_decision_seq START 1;
CREATE TABLE match_decision (
    decision_id BIGINT PRIMARY KEY DEFAULT nextval('match_decision_seq'),
    a VARCHAR NOT NULL,
    b VARCHAR NOT NULL,
    decision VARCHAR NOT NULL CHECK (decision IN ('dublette', 'verwandt', 'unabhaengig', 'offen')),
    keep_id VARCHAR,                    -- 'dublette': the key that stays
    text_fingerprint_a UBIGINT,
    text_fingerprint_b UBIGINT,
    actor VARCHAR NOT NULL,
    decided_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE INDEX match_decision_pair ON match_decision (a, b);

-- Projects marked as duplicates of another (decision 'dublette'): they leave every figure
-- (analytics/filtering.py leaves them out of `fp`). Kept in step with match_decision by
-- matching/service.decide, in the same transaction.
CREATE TABLE project_duplicate (
    project_id VARCHAR PRIMARY KEY,
    duplicate_of VARCHAR NOT NULL,
    decision_id BIGINT NOT NULL
);
