-- The unit directory: every government, department, township, institution and enterprise a plan can name,
-- with its aliases, kind, level, administrative division code and parent. Ids are stable codes (e.g.
-- 341800-fgw) because tokens carry them in their unit_id claim.

CREATE TABLE unit (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(24)  NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    region_code VARCHAR(12)  NOT NULL,
    parent_id   VARCHAR(64)  REFERENCES unit (id),
    created_by  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(200) NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX unit_by_region_name ON unit (region_code, name);
CREATE INDEX unit_by_parent ON unit (parent_id);

CREATE TABLE unit_alias (
    unit_id  VARCHAR(64)  NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    position INT          NOT NULL,
    alias    VARCHAR(200) NOT NULL,
    PRIMARY KEY (unit_id, position)
);

CREATE INDEX unit_alias_by_alias ON unit_alias (alias);
