-- The nightly run: notification mails and reminders, the expiry purge, and who runs it.

-- When each notice of a message falls due (Europe/Brussels calendar days, computed by NoticeSchedule at
-- publication). Empty once the notice went out, and for a message that was read: the indexes then hold only what is
-- still to do, so a night's work is proportional to the messages concerned, not to the size of the boxes.
ALTER TABLE message ADD COLUMN new_notice_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE message ADD COLUMN reminder_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE message ADD COLUMN expiry_alert_due_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX message_new_notice_due ON message (new_notice_due_at, enterprise_number);
CREATE INDEX message_reminder_due ON message (reminder_due_at, enterprise_number);
CREATE INDEX message_expiry_alert_due ON message (expiry_alert_due_at, enterprise_number);

-- The service's own staff who run the platform (operations pages), not a role of an enterprise.
ALTER TABLE person ADD COLUMN platform_operator BOOLEAN NOT NULL DEFAULT FALSE;

-- One run of the nightly job: who started it, on which node, where it is, and what it did. Kept in the shared
-- database, so that every node of a cluster shows every run.
CREATE TABLE nightly_run (
    run_id                VARCHAR(36)              NOT NULL PRIMARY KEY,
    execution_id          BIGINT,
    node                  VARCHAR(255)             NOT NULL,
    started_by            VARCHAR(100),
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at              TIMESTAMP WITH TIME ZONE,
    status                VARCHAR(12)              NOT NULL,
    step                  VARCHAR(20),
    enterprises_examined  BIGINT                   NOT NULL DEFAULT 0,
    messages_notified     BIGINT                   NOT NULL DEFAULT 0,
    messages_reminded     BIGINT                   NOT NULL DEFAULT 0,
    expiry_alerts         BIGINT                   NOT NULL DEFAULT 0,
    mails_sent            BIGINT                   NOT NULL DEFAULT 0,
    mails_failed          BIGINT                   NOT NULL DEFAULT 0,
    messages_purged       BIGINT                   NOT NULL DEFAULT 0,
    failure               VARCHAR(1000),
    CONSTRAINT nightly_run_status_known CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED'))
);
CREATE INDEX nightly_run_by_start ON nightly_run (started_at DESC);

-- One run at a time in the whole cluster: a lease in the shared database. The run holding it renews it as it
-- works; when its node dies, the lease runs out and the next run may take it.
CREATE TABLE nightly_lock (
    lock_name    VARCHAR(30)              NOT NULL PRIMARY KEY,
    run_id       VARCHAR(36),
    holder       VARCHAR(255),
    lease_until  TIMESTAMP WITH TIME ZONE
);
INSERT INTO nightly_lock (lock_name) VALUES ('nightly');

-- The notification mail of one enterprise: what it announces, and whether it reached the SMTP server. A mail that
-- failed stays PENDING and is tried again by the next run; notices of later nights join it, so an enterprise never
-- gets two in one night.
CREATE TABLE notification (
    notification_id       VARCHAR(36)              NOT NULL PRIMARY KEY,
    enterprise_number     CHAR(10)                 NOT NULL REFERENCES enterprise (enterprise_number),
    run_id                VARCHAR(36)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    new_messages          INTEGER                  NOT NULL DEFAULT 0,
    new_registered_mail   INTEGER                  NOT NULL DEFAULT 0,
    reminders             INTEGER                  NOT NULL DEFAULT 0,
    expiry_alerts         INTEGER                  NOT NULL DEFAULT 0,
    status                VARCHAR(10)              NOT NULL,
    attempts              INTEGER                  NOT NULL DEFAULT 0,
    last_attempt_at       TIMESTAMP WITH TIME ZONE,
    last_error            VARCHAR(1000),
    sent_at               TIMESTAMP WITH TIME ZONE,
    sent_to               VARCHAR(254),
    languages             VARCHAR(20),
    CONSTRAINT notification_status_known CHECK (status IN ('PENDING', 'SENT', 'GIVEN_UP'))
);
CREATE INDEX notification_by_status ON notification (status, notification_id);
CREATE INDEX notification_by_enterprise ON notification (enterprise_number, status);

-- What was notified for each message, when, and in which mail: a notice is recorded once (primary key).
CREATE TABLE message_notice (
    message_id       VARCHAR(36)              NOT NULL REFERENCES message (message_id) ON DELETE CASCADE,
    kind             VARCHAR(12)              NOT NULL,
    notification_id  VARCHAR(36)              NOT NULL REFERENCES notification (notification_id),
    noticed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (message_id, kind),
    CONSTRAINT message_notice_kind_known CHECK (kind IN ('NEW', 'REMINDER', 'EXPIRY_ALERT'))
);
CREATE INDEX message_notice_by_notification ON message_notice (notification_id);

-- What stays of an expired message once the purge deleted it with its files: what it was, when, and the digests
-- of its files. Never changed, never deleted (on PostgreSQL a trigger refuses it too, V10_1).
CREATE TABLE purge_record (
    message_id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    enterprise_number       CHAR(10)                 NOT NULL,
    sender_organization_id  CHAR(10)                 NOT NULL,
    message_type_id         VARCHAR(50)              NOT NULL,
    registered_mail         BOOLEAN                  NOT NULL,
    receipt_date            TIMESTAMP WITH TIME ZONE NOT NULL,
    expiration_date         TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at                 TIMESTAMP WITH TIME ZONE,
    purged_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    run_id                  VARCHAR(36)              NOT NULL,
    files                   CHARACTER VARYING        NOT NULL
);
CREATE INDEX purge_record_by_enterprise ON purge_record (enterprise_number, purged_at);

-- Files to delete from the content store once no message or reply refers to them: written in the purge's
-- transaction, deleted after it committed, so that a crash in between leaves a task, not an orphan file.
CREATE TABLE file_deletion (
    sha256        CHAR(64)                 NOT NULL PRIMARY KEY,
    scheduled_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
