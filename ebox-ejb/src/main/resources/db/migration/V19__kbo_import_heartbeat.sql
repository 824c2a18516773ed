-- The last sign of life of an import's job: each chunk it stages, and the start of its apply step, write the time. An
-- import reading or applying whose job gave none for a while (ebox.kbo.stalled-after-minutes) lost its node: the
-- operator takes it up again in a new job, or cancels it.
ALTER TABLE kbo_import ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
UPDATE kbo_import SET heartbeat_at = started_at;
