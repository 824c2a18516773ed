-- Sign-in with a second factor, throttling, the access-information consent, and the record of who changed what.

-- Throttling: consecutive failures (password or code) and the end of a temporary lockout.
ALTER TABLE person ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE person ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
-- The authenticator app's shared secret (Base32) and the last time step used, so that a code is never used twice.
ALTER TABLE person ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE person ADD COLUMN totp_last_step BIGINT;
-- The access-information screen of the first login: the person's answer and when it was given.
ALTER TABLE person ADD COLUMN access_info_answer VARCHAR(10);
ALTER TABLE person ADD COLUMN access_info_answered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE person ADD CONSTRAINT person_access_info_answer_known
    CHECK (access_info_answer IS NULL OR access_info_answer IN ('CONFIRMED', 'DENIED'));

-- The second step of one login: made once the password is right, completed by the right code.
CREATE TABLE login_challenge (
    challenge_id     VARCHAR(36)              NOT NULL PRIMARY KEY,
    person_id        VARCHAR(36)              NOT NULL REFERENCES person (person_id),
    method           VARCHAR(10)              NOT NULL,
    code_hash        VARCHAR(255),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts  INTEGER                  NOT NULL DEFAULT 0,
    completed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT login_challenge_method_known CHECK (method IN ('APP', 'EMAIL'))
);
CREATE INDEX login_challenge_by_person ON login_challenge (person_id, created_at);

-- What persons change in the browser (access management, e-Box Management): who, for which enterprise, what, when.
-- Append-only like the API's audit trail; on PostgreSQL a trigger refuses UPDATE and DELETE (V8_1).
CREATE TABLE change_record (
    change_id          VARCHAR(36)              NOT NULL PRIMARY KEY,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_person_id    VARCHAR(36)              NOT NULL,
    actor_login        VARCHAR(100)             NOT NULL,
    enterprise_number  CHAR(10),
    action             VARCHAR(40)              NOT NULL,
    subject            VARCHAR(255),
    details            CHARACTER VARYING
);
CREATE INDEX change_record_by_enterprise ON change_record (enterprise_number, recorded_at);

-- Messages sent with the Contact form: kept here, and mailed to the support address.
CREATE TABLE contact_request (
    request_id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    sent_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    person_id          VARCHAR(36)              NOT NULL REFERENCES person (person_id),
    enterprise_number  CHAR(10),
    topic              VARCHAR(30)              NOT NULL,
    reply_email        VARCHAR(254)             NOT NULL,
    message            VARCHAR(4000)            NOT NULL,
    language           CHAR(2)                  NOT NULL
);
