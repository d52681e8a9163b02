-- ejournal: the audit log of each school (DESIGN.md §6); many schools in one database, every row
-- scoped to its school. Hashes are exactly 32 bytes. The schema's own history is kept in
-- ejournal_schema_history, never in the host's Flyway table.
CREATE TABLE ejournal_school (
    school_id TEXT   NOT NULL PRIMARY KEY,
    size      BIGINT NOT NULL CHECK (size >= 0),
    frontier  BYTEA  NOT NULL CHECK (octet_length(frontier) % 32 = 0)
);

CREATE TABLE ejournal_entry (
    school_id      TEXT   NOT NULL REFERENCES ejournal_school (school_id),
    seq            BIGINT NOT NULL CHECK (seq >= 1),
    header         BYTEA  NOT NULL,
    payload        BYTEA,
    payload_digest BYTEA  NOT NULL CHECK (octet_length(payload_digest) = 32),
    leaf_hash      BYTEA  NOT NULL CHECK (octet_length(leaf_hash) = 32),
    PRIMARY KEY (school_id, seq)
);

CREATE TABLE ejournal_checkpoint (
    school_id TEXT   NOT NULL REFERENCES ejournal_school (school_id),
    ordinal   INTEGER NOT NULL CHECK (ordinal >= 1),
    note      TEXT   NOT NULL,
    PRIMARY KEY (school_id, ordinal)
);
