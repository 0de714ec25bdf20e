-- A year's work counted for its scorecards (ScorecardsAhead), kept across restarts: a province's takes seconds to
-- count, and the first request after a restart waited for that count (4-5 s against the 2 s target). The count is
-- derived data: it is written after every count and read once at startup; a rebuild of the read model removes it.
CREATE TABLE counted_year (
    year        INT         PRIMARY KEY,
    -- the version of the year's figures it was counted from (plan.version, from a sequence: never reused)
    version     BIGINT      NOT NULL,
    computed_at TIMESTAMPTZ NOT NULL,
    -- the reporting policy and zone it was counted under; another basis counts again
    basis       TEXT        NOT NULL,
    -- YearWorkFormat: gzip, a few megabytes for a province
    work        BYTEA       NOT NULL
);
