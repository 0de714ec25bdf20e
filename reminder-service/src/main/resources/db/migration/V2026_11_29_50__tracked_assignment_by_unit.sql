-- A county system that filters the reminder history by unit is refused a unit outside its region; the unit's region
-- codes are looked up among its tracked assignments (unit_id = ?), which this index serves.
CREATE INDEX tracked_assignment_by_unit ON tracked_assignment (unit_id, region_code);
