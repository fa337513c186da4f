-- Access and accountability (issue 12).
--
-- access_user: the user table administrators keep in the app, for identity providers that send
-- no groups (e-mail -> role, Fachnetzwerke; '*' = all). Claims, when they map, take precedence.
CREATE TABLE access_user (
    email VARCHAR PRIMARY KEY,            -- stored casefolded
    role VARCHAR NOT NULL CHECK (role IN ('leitung', 'netzwerkmanagement', 'moderation',
                                          'administration')),
    networks VARCHAR[] NOT NULL DEFAULT [],
    active BOOLEAN NOT NULL DEFAULT true,
    note VARCHAR,
    updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    updated_by VARCHAR NOT NULL
);

-- audit_log: append-only record of every write (never updated or deleted by the app).
-- hash = sha256(canonical JSON of seq, at, actor, source, kind, networks, detail + prev_hash);
-- `python -m dashboard audit verify` recomputes the chain and names the first broken entry.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    recorded_at TIMESTAMP NOT NULL,       -- UTC
    actor VARCHAR NOT NULL,
    source VARCHAR NOT NULL,              -- 'page:<name>' | 'cli'
    kind VARCHAR NOT NULL,
    networks VARCHAR[] NOT NULL,          -- Fachnetzwerke the entry concerns (managers see theirs)
    detail VARCHAR NOT NULL,              -- canonical JSON
    prev_hash VARCHAR NOT NULL,
    hash VARCHAR NOT NULL
);

-- Reference data edited in the app: every change a new version with the table's rows before
-- and after (JSON), undoable by a later change that restores `before`.
CREATE TABLE ref_change (
    change_id BIGINT PRIMARY KEY,
    table_name VARCHAR NOT NULL,
    changed_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    actor VARCHAR NOT NULL,
    note VARCHAR,
    before VARCHAR NOT NULL,
    after VARCHAR NOT NULL,
    undo_of BIGINT,
    undone_by BIGINT
);
