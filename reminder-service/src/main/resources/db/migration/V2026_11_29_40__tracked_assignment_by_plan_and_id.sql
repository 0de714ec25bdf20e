-- Rescheduling after a plan's policy changed pages through the plan's open assignments in id order
-- (plan_id = ? AND assignment_id > ? ORDER BY assignment_id LIMIT n): with the id in the index each page is
-- one range scan instead of a scan and sort of the whole plan. It also serves every lookup by plan alone.
CREATE INDEX tracked_assignment_by_plan_and_id ON tracked_assignment (plan_id, assignment_id);
DROP INDEX tracked_assignment_by_plan;
