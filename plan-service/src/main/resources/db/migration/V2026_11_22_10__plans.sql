-- Plans of plan-service: a plan, its nested sections (一、 / （一）), its tasks in document order with their
-- parsed deadline and unit mentions (raw text always kept), amendments of published plans, and the
-- diagnostics an import left for the office to fix.

CREATE TABLE plan (
    id              UUID         PRIMARY KEY,
    title           VARCHAR(500) NOT NULL,
    year            INT          NOT NULL,
    region_code     VARCHAR(12)  NOT NULL,
    region_name     VARCHAR(100),
    level           VARCHAR(16)  NOT NULL,
    parent_plan_id  UUID         REFERENCES plan (id),
    status          VARCHAR(16)  NOT NULL,
    source_filename VARCHAR(300),
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_by      VARCHAR(200) NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    published_by    VARCHAR(200),
    published_at    TIMESTAMPTZ,
    closed_by       VARCHAR(200),
    closed_at       TIMESTAMPTZ,
    version         BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX plan_by_year_region ON plan (year, region_code);
CREATE INDEX plan_by_parent ON plan (parent_plan_id);

CREATE TABLE plan_section (
    id        UUID         PRIMARY KEY,
    plan_id   UUID         NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    parent_id UUID         REFERENCES plan_section (id) ON DELETE CASCADE,
    position  INT          NOT NULL,
    title     VARCHAR(500) NOT NULL
);

CREATE INDEX plan_section_by_plan ON plan_section (plan_id);

CREATE TABLE plan_task (
    id                UUID         PRIMARY KEY,
    plan_id           UUID         NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    section_id        UUID         REFERENCES plan_section (id) ON DELETE SET NULL,
    position          INT          NOT NULL,
    number            VARCHAR(20),
    title             TEXT         NOT NULL,
    requirement       TEXT,
    deadline_raw      VARCHAR(200),
    deadline_kind     VARCHAR(16)  NOT NULL,
    due_date          DATE,
    cadence           VARCHAR(16),
    imported_status   TEXT,
    source_task_id    UUID,
    withdrawn_by      VARCHAR(200),
    withdrawn_at      TIMESTAMPTZ,
    withdrawal_reason TEXT,
    updated_by        VARCHAR(200) NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);

CREATE INDEX plan_task_by_plan ON plan_task (plan_id, position);
CREATE INDEX plan_task_by_source ON plan_task (source_task_id);

CREATE TABLE plan_task_unit (
    task_id   UUID         NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    position  INT          NOT NULL,
    raw       VARCHAR(300),
    name      VARCHAR(300) NOT NULL,
    role      VARCHAR(16)  NOT NULL,
    is_group  BOOLEAN      NOT NULL,
    ambiguous BOOLEAN      NOT NULL,
    PRIMARY KEY (task_id, position)
);

CREATE TABLE plan_amendment (
    id          UUID         PRIMARY KEY,
    plan_id     UUID         NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    task_id     UUID         NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    reason      TEXT         NOT NULL,
    amended_by  VARCHAR(200) NOT NULL,
    amended_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX plan_amendment_by_plan ON plan_amendment (plan_id, amended_at);

CREATE TABLE plan_diagnostic (
    id            UUID         PRIMARY KEY,
    plan_id       UUID         NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position      INT          NOT NULL,
    task_id       UUID,
    task_position INT,
    code          VARCHAR(40)  NOT NULL,
    message       TEXT         NOT NULL
);

CREATE INDEX plan_diagnostic_by_plan ON plan_diagnostic (plan_id);
