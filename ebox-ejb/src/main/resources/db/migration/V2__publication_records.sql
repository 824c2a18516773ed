-- What each sender published under each Idempotency-Key: a retried publication returns the first result, and the
-- unique key makes two concurrent retries end with one message.
CREATE TABLE publication_record (
    sender_organization_id  CHAR(10)                 NOT NULL,
    idempotency_key         VARCHAR(255)             NOT NULL,
    request_fingerprint     CHAR(64)                 NOT NULL,
    message_id              VARCHAR(36)              NOT NULL REFERENCES message (message_id) ON DELETE CASCADE,
    published_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sender_organization_id, idempotency_key)
);
