-- Institutions onboarded by the platform operators. A message type says whether its messages may be registered mail
-- and may allow replies; a type some message uses is withdrawn (no new publication), never deleted, so that what was
-- published keeps its type. A message keeps its own expiry, registered-mail flag and reply permission: changing the
-- type changes only what is published after.
ALTER TABLE message_type ADD COLUMN registered_mail_allowed BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE message_type ADD COLUMN replies_allowed BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE message_type ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;

