-- The overdue list (GET /api/reports/overdue) pages by its keyset, fixed due date then assignment id (OverdueSql).
-- Each of its lists walks one of these in order and stops after the page: the office's (at any depth, by the
-- cursor's row comparison), a plan's, a unit's and a county's (its six digits, as the list writes them). A city's or
-- the province's walks the first, filtered by the region's prefix; a town's is a few hundred rows. Partial on the
-- conditions of overdue that do not move with the day, so that only open work with a fixed date is indexed (about
-- 1,200,000 of a province's 2,000,000 assignments); the date before today is the index's range.
CREATE INDEX assignment_overdue ON assignment (due_date, assignment_id)
    WHERE status <> 'COMPLETED' AND deadline_kind = 'FIXED' AND created AND cancelled_at IS NULL;

CREATE INDEX assignment_overdue_by_plan ON assignment (plan_id, due_date, assignment_id)
    WHERE status <> 'COMPLETED' AND deadline_kind = 'FIXED' AND created AND cancelled_at IS NULL;

CREATE INDEX assignment_overdue_by_unit ON assignment (unit_id, due_date, assignment_id)
    WHERE status <> 'COMPLETED' AND deadline_kind = 'FIXED' AND created AND cancelled_at IS NULL;

CREATE INDEX assignment_overdue_by_county ON assignment (left(region_code, 6), due_date, assignment_id)
    WHERE status <> 'COMPLETED' AND deadline_kind = 'FIXED' AND created AND cancelled_at IS NULL;

-- A count of the list (up to 10,001 rows) checks each row's task is live: hashed from this index, not from the task
-- table with its texts (485 pages instead of 7,600 in a province).
CREATE INDEX task_live ON task (task_id) WHERE withdrawn_at IS NULL;

-- an expression index brings statistics of its own only once analyzed
ANALYZE assignment;
ANALYZE task;
