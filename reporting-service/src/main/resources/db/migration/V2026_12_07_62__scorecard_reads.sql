-- Scorecards count the year's work per unit and region (about 20,000 groups in a province): without statistics on
-- the pair PostgreSQL guesses ten times as many and sorts 2,000,000 rows on disk instead of hashing them.
CREATE STATISTICS assignment_unit_region (ndistinct) ON unit_id, region_code FROM assignment;
ANALYZE assignment;

-- Periodic work is read an assignment at a time (its report times decide); the rest is counted where it lies.
CREATE INDEX assignment_periodic ON assignment (plan_id) WHERE deadline_kind IN ('ONGOING', 'PERIODIC');
