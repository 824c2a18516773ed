-- The apply step finds each staged enterprise's name in one pass over the staged denominations, as it merges them into
-- the register: nothing writes a name into the staged enterprises any more.
ALTER TABLE kbo_staged_enterprise DROP COLUMN name;
