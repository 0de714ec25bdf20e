-- A plan's version moves whenever anything its reports show changes: its own rows or a plan derived from it.
-- Values come from one sequence, so a plan rebuilt from the topics never repeats a version seen before, and the
-- views computed for a version can be kept until the version moves.
CREATE SEQUENCE plan_version_seq;
ALTER TABLE plan ADD COLUMN version BIGINT NOT NULL DEFAULT nextval('plan_version_seq');

-- A task's detail reads the reports of that task only, not of its whole plan.
CREATE INDEX progress_report_by_task ON progress_report (task_id, reported_at);
CREATE INDEX assignment_by_task ON assignment (task_id);

-- Scorecards read a share of units' reminders through their assignments.
CREATE INDEX reminder_by_assignment ON reminder (assignment_id);

-- A county's or city's overdue list reads the assignments within it by their code's digits.
CREATE INDEX assignment_by_region ON assignment (region_code text_pattern_ops);
