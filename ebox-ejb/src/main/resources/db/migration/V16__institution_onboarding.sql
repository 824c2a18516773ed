-- Institutions onboarded by the platform operators. A message type says whether its messages may be registered mail
-- and may allow replies; a type some message uses is withdrawn (no new publication), never deleted, so that what was
-- published keeps its type. A message keeps its own expiry, registered-mail flag and reply permission: changing the
-- type changes only what is published after.
ALTER TABLE message_type ADD COLUMN registered_mail_allowed BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE message_type ADD COLUMN replies_allowed BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE message_type ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;

-- When a message of the type was first published: a type never published may be deleted, a published one only
-- withdrawn (its messages, and the purge records of its expired ones, name it). Set once, by the first message.
ALTER TABLE message_type ADD COLUMN first_published_at TIMESTAMP WITH TIME ZONE;
UPDATE message_type SET first_published_at =
    (SELECT MIN(m.receipt_date) FROM message m WHERE m.message_type_id = message_type.message_type_id);
UPDATE message_type SET first_published_at =
    (SELECT MIN(p.receipt_date) FROM purge_record p WHERE p.message_type_id = message_type.message_type_id)
    WHERE first_published_at IS NULL;
