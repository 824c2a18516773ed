-- The box's pages in one index that holds every column a page's ids need: enterprise and folder to find the box,
-- receipt date and id in the page's order, expiry to leave expired messages out. A deep page then skips the
-- messages before it in this index alone (an index-only scan on PostgreSQL), without reading their rows. It replaces
-- V1's (enterprise, visible, receipt date), its prefix.
CREATE INDEX message_box_page ON message (enterprise_number, visible, receipt_date DESC, message_id, expiration_date);
DROP INDEX message_box_by_receipt;
