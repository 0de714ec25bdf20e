-- County systems name tasks by number; where numbering starts again in every section they qualify it with the
-- section ("(二)3"), so the top-level section heading of each task is kept.
ALTER TABLE tracked_task ADD COLUMN section TEXT;
