-- plan-service owns this database. Its plan tables arrive with the plan model; this baseline marks the start of
-- its own history after the shared outbox and inbox tables.
COMMENT ON SCHEMA public IS 'Taizhang plan-service';
