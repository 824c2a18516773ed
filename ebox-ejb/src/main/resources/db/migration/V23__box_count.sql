-- Each box's messages counted as they change (BoxCounts), so that a page's total and the folders' counters read one
-- row instead of counting the box: rows of the message table, by folder (Inbox: visible, Masked messages: masked),
-- expired ones included until the night purges them; the readers subtract the expired ones, few, on the box's expiry
-- index. A box without a row is counted in full: a row exists only where it is exact.
CREATE TABLE box_count (
    enterprise_number  CHAR(10)    NOT NULL PRIMARY KEY REFERENCES enterprise (enterprise_number) ON DELETE CASCADE,
    visible            BIGINT      NOT NULL,
    masked             BIGINT      NOT NULL,
    CONSTRAINT box_count_never_negative CHECK (visible >= 0 AND masked >= 0)
);
INSERT INTO box_count (enterprise_number, visible, masked)
SELECT e.enterprise_number,
       (SELECT COUNT(*) FROM message m WHERE m.enterprise_number = e.enterprise_number AND m.visible = TRUE),
       (SELECT COUNT(*) FROM message m WHERE m.enterprise_number = e.enterprise_number AND m.visible = FALSE)
FROM enterprise e;
