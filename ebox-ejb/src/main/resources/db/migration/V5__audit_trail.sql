-- The audit trail of the API (audit_trail.md): one row per successful call, never changed, never deleted.
-- The application has no code that updates or deletes a row; on PostgreSQL a trigger refuses it too (V5_1).
CREATE TABLE audit_record (
    audit_id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    subject_token_hashed  CHAR(64),
    client_id             VARCHAR(255),
    request_method        VARCHAR(10)              NOT NULL,
    request_url           VARCHAR(2048)            NOT NULL,
    response_code         INTEGER                  NOT NULL,
    details               CHARACTER VARYING
);
CREATE INDEX audit_record_by_time ON audit_record (recorded_at);
