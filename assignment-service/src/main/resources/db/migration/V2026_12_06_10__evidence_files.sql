-- Evidence files (佐证材料) uploaded for an assignment. content holds the bytes when the PostgreSQL store keeps them;
-- it stays NULL for a store that keeps them elsewhere (an S3-compatible one), keyed by the file's id.
CREATE TABLE evidence_file (
    id               uuid PRIMARY KEY,
    assignment_id    uuid NOT NULL REFERENCES assignment (id),
    uploaded_by      text NOT NULL,
    uploaded_via     text NOT NULL,
    uploaded_by_unit text,
    file_name        text NOT NULL,
    content_type     text NOT NULL,
    size             bigint NOT NULL CHECK (size > 0),
    sha256           char(64) NOT NULL,
    content          bytea,
    created_at       timestamptz NOT NULL
);

CREATE INDEX evidence_file_assignment ON evidence_file (assignment_id, created_at);

-- The uploaded files a report cites, each one of the same assignment's (checked when the report is recorded).
ALTER TABLE progress_report ADD COLUMN evidence_files uuid[] NOT NULL DEFAULT '{}';
