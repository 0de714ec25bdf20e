-- What scorecards need of an assignment's reports and reminders, kept on the assignment as its events are applied:
-- a province's scorecards then read its 2,000,000 assignments instead of joining 10,000,000 reports and 1,000,000
-- reminders. report_times holds when each of its reports counts as made (received, else claimed), in no order;
-- reminders counts every reminder issued about it, urgings those sent because something was overdue (催办).
-- V2026_12_06_61 fills them for the rows already here.
ALTER TABLE assignment
    ADD COLUMN report_times TIMESTAMPTZ[] NOT NULL DEFAULT '{}',
    ADD COLUMN reminders    INT           NOT NULL DEFAULT 0,
    ADD COLUMN urgings      INT           NOT NULL DEFAULT 0;
