-- Replies that enterprises send to messages that allow them (Reply button of the message detail): a telephone
-- number, a text and at most one document, addressed to the institution that sent the original message.
CREATE TABLE reply (
    reply_id                VARCHAR(36)              NOT NULL PRIMARY KEY,
    original_message_id     VARCHAR(36)              NOT NULL REFERENCES message (message_id) ON DELETE CASCADE,
    enterprise_number       CHAR(10)                 NOT NULL REFERENCES enterprise (enterprise_number),
    sender_organization_id  CHAR(10)                 NOT NULL REFERENCES sender_organization (organization_id),
    sent_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_by                 VARCHAR(36)              NOT NULL,
    telephone               VARCHAR(30),
    text                    CHARACTER VARYING        NOT NULL,
    file_name               VARCHAR(80),
    media_type              VARCHAR(100),
    size_bytes              BIGINT,
    sha256                  CHAR(64),
    CONSTRAINT reply_document_complete CHECK ((file_name IS NULL) = (sha256 IS NULL))
);
-- An institution reads the replies to its messages, newest first.
CREATE INDEX reply_by_institution ON reply (sender_organization_id, sent_at DESC);
CREATE INDEX reply_by_original ON reply (original_message_id);

-- When the enterprise's box was last consulted (the contract's lastConsultationDate).
ALTER TABLE enterprise ADD COLUMN last_consultation_at TIMESTAMP WITH TIME ZONE;
