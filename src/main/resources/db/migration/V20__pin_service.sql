-- The service a pin fixes (SPEC §3: a pinned day keeps shift, service and location). NULL for a day
-- off, and for pins saved before this column: the solver then picks among the operator's skills.
-- "Any location" pins were always allowed by plan_pin_location_known; nothing to change there.
ALTER TABLE plan_pin ADD COLUMN service VARCHAR(100);
