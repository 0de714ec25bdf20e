-- Assignment lists at province size (2,000,000 assignments, 20,000 units, 140 counties): an index for each list's
-- order, so that a page is read in order and stops after size + 1 rows instead of sorting the whole list, and the
-- cursor's row comparison (AssignmentOrder's keys, NULLs mapped so that they sort last) starts where it left off.
-- Only live (not cancelled) assignments are indexed; that is all a list shows.

-- The office's list by plan (and every list narrowed to a plan), and by due date.
CREATE INDEX assignment_list_plan ON assignment
    (plan_id, (task_number IS NULL), (coalesce(task_number, '')), unit_name, id)
    WHERE cancelled_at IS NULL;
CREATE INDEX assignment_list_due ON assignment
    ((coalesce(due_date, 'infinity'::date)), plan_id, (task_number IS NULL), (coalesce(task_number, '')), unit_name, id)
    WHERE cancelled_at IS NULL;
-- A plan's list by due date: without it a generic plan (the driver prepares a statement after 5 runs) sorts all
-- 100,000 assignments of the province plan for each page (430 ms) because the average plan has 1,000.
CREATE INDEX assignment_list_plan_due ON assignment
    (plan_id, (coalesce(due_date, 'infinity'::date)), (task_number IS NULL), (coalesce(task_number, '')), unit_name, id)
    WHERE cancelled_at IS NULL;

-- A county's list (what a county system sees, and the office filtering by a county or a town), in both orders.
-- region_code is included so that counts over left(region_code, 6) can be answered from the index alone.
CREATE INDEX assignment_list_county_plan ON assignment
    ((left(region_code, 6)), plan_id, (task_number IS NULL), (coalesce(task_number, '')), unit_name, id)
    INCLUDE (region_code)
    WHERE cancelled_at IS NULL;
CREATE INDEX assignment_list_county_due ON assignment
    ((left(region_code, 6)), (coalesce(due_date, 'infinity'::date)), plan_id, (task_number IS NULL),
     (coalesce(task_number, '')), unit_name, id)
    WHERE cancelled_at IS NULL;

-- The capped counts (SELECT count(*) FROM (... LIMIT 10001)), index-only whatever the order: a county's with any
-- status or overdue filter; the office's and a plan's by status; the office's and a plan's overdue ones.
CREATE INDEX assignment_list_county_count ON assignment ((left(region_code, 6)), status)
    INCLUDE (region_code, deadline_kind, due_date)
    WHERE cancelled_at IS NULL;
CREATE INDEX assignment_list_status ON assignment (status, plan_id) WHERE cancelled_at IS NULL;
CREATE INDEX assignment_list_overdue ON assignment (plan_id, due_date)
    WHERE cancelled_at IS NULL AND deadline_kind = 'FIXED' AND status <> 'COMPLETED';

-- A unit's list is narrow (about 100 assignments): assignment_by_unit_and_plan finds it, the sort is in memory.
-- A town's (9 digits) is found through assignment_by_region, the county's prefix narrowing it further.
