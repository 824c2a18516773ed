-- The e-Box schema. Written once for H2 (MODE=LEGACY) and PostgreSQL 15: only types and syntax both understand.
-- Unbounded CHARACTER VARYING holds bodies and business data (TEXT in PostgreSQL, up to 1M characters in H2).

CREATE TABLE enterprise (
    enterprise_number   CHAR(10)                 NOT NULL PRIMARY KEY,
    name                VARCHAR(255)             NOT NULL,
    domain              VARCHAR(30)              NOT NULL,
    notification_email  VARCHAR(254),
    fully_digital_at    TIMESTAMP WITH TIME ZONE,
    fully_digital_by    VARCHAR(36),
    ebox_opened_at      TIMESTAMP WITH TIME ZONE,
    version             BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT enterprise_domain_known CHECK (domain IN ('NSSO_EMPLOYER', 'COMPANY_WITHOUT_STAFF')),
    -- The consent is irreversible: once given, its date and author never go back to empty.
    CONSTRAINT enterprise_consent_complete CHECK ((fully_digital_at IS NULL) = (fully_digital_by IS NULL))
);

CREATE TABLE sender_organization (
    organization_id     CHAR(10)      NOT NULL PRIMARY KEY,
    short_name_nl       VARCHAR(100),
    short_name_fr       VARCHAR(100),
    short_name_de       VARCHAR(100),
    short_name_en       VARCHAR(100),
    long_name_nl        VARCHAR(255),
    long_name_fr        VARCHAR(255),
    long_name_de        VARCHAR(255),
    long_name_en        VARCHAR(255),
    contact_business    VARCHAR(255)
);

CREATE TABLE sender_application (
    application_id      VARCHAR(50)   NOT NULL PRIMARY KEY,
    organization_id     CHAR(10)      NOT NULL REFERENCES sender_organization (organization_id),
    name_nl             VARCHAR(255),
    name_fr             VARCHAR(255),
    name_de             VARCHAR(255),
    name_en             VARCHAR(255)
);
CREATE INDEX sender_application_by_organization ON sender_application (organization_id);

CREATE TABLE message_type (
    message_type_id     VARCHAR(50)   NOT NULL PRIMARY KEY,
    name_nl             VARCHAR(255),
    name_fr             VARCHAR(255),
    name_de             VARCHAR(255),
    name_en             VARCHAR(255),
    validity_number     INTEGER       NOT NULL,
    validity_unit       VARCHAR(5)    NOT NULL,
    CONSTRAINT message_type_validity_positive CHECK (validity_number > 0),
    CONSTRAINT message_type_validity_unit CHECK (validity_unit IN ('DAY', 'MONTH', 'YEAR'))
);

CREATE TABLE message_type_sender (
    message_type_id     VARCHAR(50)   NOT NULL REFERENCES message_type (message_type_id),
    application_id      VARCHAR(50)   NOT NULL REFERENCES sender_application (application_id),
    PRIMARY KEY (message_type_id, application_id)
);

CREATE TABLE message (
    message_id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    enterprise_number       CHAR(10)                 NOT NULL REFERENCES enterprise (enterprise_number),
    sender_organization_id  CHAR(10)                 NOT NULL REFERENCES sender_organization (organization_id),
    sender_application_id   VARCHAR(50)              REFERENCES sender_application (application_id),
    message_type_id         VARCHAR(50)              NOT NULL REFERENCES message_type (message_type_id),
    subject_nl              VARCHAR(255),
    subject_fr              VARCHAR(255),
    subject_de              VARCHAR(255),
    subject_en              VARCHAR(255),
    body_nl                 CHARACTER VARYING,
    body_fr                 CHARACTER VARYING,
    body_de                 CHARACTER VARYING,
    body_en                 CHARACTER VARYING,
    body_main_content       BOOLEAN                  NOT NULL DEFAULT FALSE,
    receipt_date            TIMESTAMP WITH TIME ZONE NOT NULL,
    expiration_date         TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_mail         BOOLEAN                  NOT NULL DEFAULT FALSE,
    reply_authorized        BOOLEAN                  NOT NULL DEFAULT FALSE,
    read_at                 TIMESTAMP WITH TIME ZONE,
    read_by                 VARCHAR(36),
    visible                 BOOLEAN                  NOT NULL DEFAULT TRUE,
    picked_up_at            TIMESTAMP WITH TIME ZONE,
    picked_up_by            VARCHAR(36),
    original_message_id     VARCHAR(36)              REFERENCES message (message_id),
    business_data           CHARACTER VARYING,
    attention_of_id         VARCHAR(20),
    attention_of_type       VARCHAR(30),
    attention_of_name       VARCHAR(255),
    version                 BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT message_expires_after_receipt CHECK (expiration_date > receipt_date)
);
-- Inbox and Masked folders: one enterprise's visible (or masked) messages, newest first.
CREATE INDEX message_box_by_receipt ON message (enterprise_number, visible, receipt_date DESC);
-- Unread counts and alerts.
CREATE INDEX message_box_unread ON message (enterprise_number, read_at);
-- The nightly purge of expired messages and the 'expires within a week' alert.
CREATE INDEX message_by_expiry ON message (expiration_date);
-- Replies to a message.
CREATE INDEX message_by_original ON message (original_message_id);

CREATE TABLE attachment (
    attachment_id       VARCHAR(36)   NOT NULL PRIMARY KEY,
    message_id          VARCHAR(36)   NOT NULL REFERENCES message (message_id) ON DELETE CASCADE,
    position            INTEGER       NOT NULL,
    title_nl            VARCHAR(255),
    title_fr            VARCHAR(255),
    title_de            VARCHAR(255),
    title_en            VARCHAR(255),
    file_name           VARCHAR(80)   NOT NULL,
    media_type          VARCHAR(100)  NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    main_content        BOOLEAN       NOT NULL DEFAULT FALSE,
    signed              BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT attachment_position_unique UNIQUE (message_id, position)
);
-- Whether a stored file is still referenced, before the purge deletes it.
CREATE INDEX attachment_by_digest ON attachment (sha256);

CREATE TABLE person (
    person_id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    login               VARCHAR(100)  NOT NULL,
    password_hash       VARCHAR(255)  NOT NULL,
    given_name          VARCHAR(100)  NOT NULL,
    family_name         VARCHAR(100)  NOT NULL,
    email               VARCHAR(254),
    preferred_language  CHAR(2),
    CONSTRAINT person_login_unique UNIQUE (login)
);

CREATE TABLE enterprise_access (
    access_id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    person_id           VARCHAR(36)   NOT NULL REFERENCES person (person_id),
    enterprise_number   CHAR(10)      NOT NULL REFERENCES enterprise (enterprise_number),
    access_role         VARCHAR(30)   NOT NULL,
    ebox_administrator  BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT enterprise_access_once UNIQUE (person_id, enterprise_number, access_role),
    CONSTRAINT enterprise_access_role_known
        CHECK (access_role IN ('CHIEF_ACCESS_MANAGER', 'LOCAL_ADMINISTRATOR', 'CO_LOCAL_ADMINISTRATOR', 'USER'))
);
CREATE INDEX enterprise_access_by_enterprise ON enterprise_access (enterprise_number);
