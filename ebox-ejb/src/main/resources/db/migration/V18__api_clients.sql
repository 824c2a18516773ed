-- The API clients the operators register: an institution's software that publishes, an enterprise's software that
-- consults its box, or the agency's own scripts on the operators' API. A token counts only for a registered client
-- that is not revoked, for the organisation and within the scopes registered here (development tokens aside).
-- A client proves itself with a token it signs with its key (a public key kept here, or a key set at its URL), or
-- with a token of the identity provider, which knows it by the same client id.
CREATE TABLE api_client (
    client_id            VARCHAR(255)             NOT NULL PRIMARY KEY,
    organization_number  CHAR(10)                 NOT NULL,
    purpose              VARCHAR(20)              NOT NULL,
    scopes               VARCHAR(500)             NOT NULL,
    credential           VARCHAR(20)              NOT NULL,
    key_set_url          VARCHAR(2000),
    registered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by        VARCHAR(255)             NOT NULL,
    revoked_at           TIMESTAMP WITH TIME ZONE,
    revoked_by           VARCHAR(255),
    CONSTRAINT api_client_purpose_known CHECK (purpose IN ('PUBLICATION', 'CONSULTATION', 'OPERATIONS')),
    CONSTRAINT api_client_credential_known CHECK (credential IN ('PUBLIC_KEY', 'KEY_SET_URL', 'IDENTITY_PROVIDER')),
    CONSTRAINT api_client_key_set_url_iff CHECK ((credential = 'KEY_SET_URL') = (key_set_url IS NOT NULL))
);

-- The public keys of a client with the credential PUBLIC_KEY, named by their JWK thumbprint (RFC 7638). Rotating adds
-- the new key, then revokes the old one; a revoked key is kept, so that what was accepted stays explainable.
CREATE TABLE api_client_key (
    client_id   VARCHAR(255)             NOT NULL REFERENCES api_client (client_id),
    key_id      VARCHAR(64)              NOT NULL,
    public_jwk  CHARACTER VARYING        NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (client_id, key_id)
);

-- Who changed something may now be an API client, whose id can be longer than a person's.
ALTER TABLE change_record ALTER COLUMN actor_person_id SET DATA TYPE VARCHAR(255);
ALTER TABLE change_record ALTER COLUMN actor_login SET DATA TYPE VARCHAR(255);
