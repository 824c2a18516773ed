-- The totals of a box (the Inbox and Masked counters, the API's totalItems, the pages' "n messages"): one enterprise's
-- visible (or masked) unexpired messages. With every column of the condition in the index, the count reads the index
-- only (on PostgreSQL once vacuum has marked the pages all-visible), not one table row per message: the bench measured
-- 25 ms for the total of a 100,000-message box without it, against 0.4 ms for the page's rows.
CREATE INDEX message_box_live ON message (enterprise_number, visible, expiration_date);
