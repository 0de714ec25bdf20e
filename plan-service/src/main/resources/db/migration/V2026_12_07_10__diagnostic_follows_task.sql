-- A task's diagnostics belong to it: deleting a draft's task takes them along (they were left behind, pointing at
-- nothing), and edits find them by task. Diagnostics already orphaned that way are dropped first.

DELETE FROM plan_diagnostic d
 WHERE d.task_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM plan_task t WHERE t.id = d.task_id);

ALTER TABLE plan_diagnostic
    ADD CONSTRAINT plan_diagnostic_task_fk FOREIGN KEY (task_id) REFERENCES plan_task (id) ON DELETE CASCADE;

CREATE INDEX plan_diagnostic_by_task ON plan_diagnostic (task_id);
