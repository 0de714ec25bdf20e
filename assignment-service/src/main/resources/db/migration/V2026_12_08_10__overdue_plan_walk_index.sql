-- The overdue list of a city or the office walked assignment_list_open_plan in plan order, testing each entry's due
-- date, and plans with much open work but none due yet cost their whole size: on the province seed twelve fan-out
-- plans of 100,000 assignments due next year sort first, and the first page read 23,064 buffers (135-142 ms p99).
-- This index finds the plans that have open fixed-date work at all (one probe to the next plan id) and whether any of
-- it is past due (one probe within the plan), so that list reads only the plans with overdue work
-- (AssignmentListSql). It also counts the office's overdue assignments plan by plan without reading a table row.
CREATE INDEX assignment_open_due ON assignment (plan_id, due_date)
    WHERE cancelled_at IS NULL AND deadline_kind = 'FIXED' AND status <> 'COMPLETED';
