-- ejournal: the audit log of each school (DESIGN.md §6). STRICT tables, so that a value of the wrong
-- type cannot be written even by hand; hashes are exactly 32 bytes. The schema's own history is kept
-- in ejournal_schema_history, never in the host's Flyway table.
CREATE TABLE ejournal_school (
    school_id TEXT    NOT NULL PRIMARY KEY,
    size      INTEGER NOT NULL CHECK (size >= 0),
    frontier  BLOB    NOT NULL CHECK (length(frontier) % 32 = 0)
) STRICT;

CREATE TABLE ejournal_entry (
    school_id      TEXT    NOT NULL REFERENCES ejournal_school (school_id),
    seq            INTEGER NOT NULL CHECK (seq >= 1),
    header         BLOB    NOT NULL,
    payload        BLOB,
    payload_digest BLOB    NOT NULL CHECK (length(payload_digest) = 32),
    leaf_hash      BLOB    NOT NULL CHECK (length(leaf_hash) = 32),
    PRIMARY KEY (school_id, seq)
) STRICT;

CREATE TABLE ejournal_checkpoint (
    school_id TEXT    NOT NULL REFERENCES ejournal_school (school_id),
    ordinal   INTEGER NOT NULL CHECK (ordinal >= 1),
    note      TEXT    NOT NULL,
    PRIMARY KEY (school_id, ordinal)
) STRICT;
