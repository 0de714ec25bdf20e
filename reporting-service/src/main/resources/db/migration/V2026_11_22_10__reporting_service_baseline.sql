-- reporting-service owns this database. Its tables arrive with its features; this baseline marks the start of
-- its own history after the shared outbox and inbox tables.
COMMENT ON SCHEMA public IS 'Taizhang reporting-service';
