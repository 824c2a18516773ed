-- Every node's schedule fires at night; the first to take the lock runs the night. A node whose timer fires after that
-- run has ended must not start another: a run of the schedule names its night (its Brussels date), once.
-- Runs an operator starts name none (NULL is never equal to NULL: any number of them).
ALTER TABLE nightly_run ADD COLUMN scheduled_night DATE;
ALTER TABLE nightly_run ADD CONSTRAINT nightly_run_once_a_night UNIQUE (scheduled_night);
