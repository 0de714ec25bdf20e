-- Lists in plan order with a selective filter (a status, or overdue) walked the plan-order index filtering, and a
-- large plan that sorts first with no matching row cost its whole size: on the province seed a fan-out plan of 100,000
-- open assignments due next year made the city's overdue page remove 196,659 rows (p50 86 ms, p99 115) and the
-- office's COMPLETED page 200 remove 160,050 (p50 91 ms, p99 112). Each filter now leads its own index in plan order.

-- A status's list in plan order (and the capped counts by status, as before from its first two columns).
DROP INDEX assignment_list_status;
CREATE INDEX assignment_list_status ON assignment
    (status, plan_id, (task_number IS NULL), (coalesce(task_number, '')), unit_name, id)
    INCLUDE (region_code)
    WHERE cancelled_at IS NULL;

-- The overdue list in plan order: the open fixed-deadline assignments, with the due date last among the keys so
-- that "due before today" is tested inside the index (an index condition, not a filter on each fetched row) and the
-- rows due later are skipped without being read. It also answers the overdue counts that assignment_list_overdue
-- answered (a plan's: 3 -> 6 ms; the office's, capped at 10,001: 3.5 -> 17 ms), so that one goes and the fan-out
-- writes no more indexes than before.
DROP INDEX assignment_list_overdue;
CREATE INDEX assignment_list_open_plan ON assignment
    (plan_id, (task_number IS NULL), (coalesce(task_number, '')), unit_name, id, due_date)
    INCLUDE (task_number, region_code)
    WHERE cancelled_at IS NULL AND deadline_kind = 'FIXED' AND status <> 'COMPLETED';
