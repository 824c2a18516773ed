-- The Outbox of an enterprise: the replies it sent, newest first.
CREATE INDEX reply_by_enterprise ON reply (enterprise_number, sent_at DESC);
