-- Logos of sender organisations and applications (the contract's Image), bytes in the content store.
CREATE TABLE sender_image (
    image_id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    organization_id   CHAR(10)      REFERENCES sender_organization (organization_id),
    application_id    VARCHAR(50)   REFERENCES sender_application (application_id),
    language          CHAR(2),
    media_type        VARCHAR(20)   NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    sha256            CHAR(64)      NOT NULL,
    CONSTRAINT sender_image_one_owner CHECK ((organization_id IS NULL) <> (application_id IS NULL))
);
CREATE INDEX sender_image_by_organization ON sender_image (organization_id);
CREATE INDEX sender_image_by_application ON sender_image (application_id);
