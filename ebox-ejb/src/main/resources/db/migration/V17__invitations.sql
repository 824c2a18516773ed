-- Someone designated before they have a sign-in (as CSAM's designations come before the login) has no password yet:
-- the one-time link of their invitation sets it, or their identity provider's account is linked instead.
ALTER TABLE person ALTER COLUMN password_hash DROP NOT NULL;

-- The invitations mailed to people designated without a sign-in. Only a digest of the link's token is kept: whoever
-- reads the table cannot use a link. A link works once (accepted_at), until it expires, and only while it is the
-- person's newest (a newer one supersedes it). The first platform operator's invitation, made by the setup command,
-- is for no enterprise and no enterprise role.
CREATE TABLE invitation (
    invitation_id      VARCHAR(36)              NOT NULL PRIMARY KEY,
    person_id          VARCHAR(36)              NOT NULL REFERENCES person (person_id),
    enterprise_number  CHAR(10)                 REFERENCES enterprise (enterprise_number),
    access_role        VARCHAR(30),
    token_digest       CHAR(64)                 NOT NULL,
    invited_by         VARCHAR(100)             NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at          TIMESTAMP WITH TIME ZONE,
    closed_because     VARCHAR(20),
    CONSTRAINT invitation_token_unique UNIQUE (token_digest),
    CONSTRAINT invitation_closed_because_known CHECK (closed_because IN ('ACCEPTED', 'SUPERSEDED', 'LINKED'))
);
CREATE INDEX invitation_by_person ON invitation (person_id);
