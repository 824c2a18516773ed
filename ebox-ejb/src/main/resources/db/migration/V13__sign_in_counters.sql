-- Throttling of failed sign-in steps per client address, per login and per login from one address (ASVS 2.2.1), in
-- the database so that every node counts the same; it replaces the person's own lockout, which anybody could set off.
-- A row is known by the SHA-256 of what it counts (no login or address in the clear); expires_at says when nothing in
-- it counts any more, and rows past it are deleted as new ones are added.
CREATE TABLE sign_in_counter (
    counter_key      VARCHAR(64)              NOT NULL PRIMARY KEY,
    scope            VARCHAR(20)              NOT NULL,
    window_start     TIMESTAMP WITH TIME ZONE NOT NULL,
    failures         INTEGER                  NOT NULL DEFAULT 0,
    last_failure_at  TIMESTAMP WITH TIME ZONE,
    blocked_until    TIMESTAMP WITH TIME ZONE,
    signed_in_at     TIMESTAMP WITH TIME ZONE,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_in_counter_scope_known CHECK (scope IN ('CLIENT_ADDRESS', 'LOGIN', 'LOGIN_FROM_ADDRESS'))
);
-- Steps read and lock their rows by key (the primary key); the clean-up deletes by expiry.
CREATE INDEX sign_in_counter_by_expiry ON sign_in_counter (expires_at);

-- The address a challenge's password was right from (an IPv6 client by its /64): its wrong codes count there.
ALTER TABLE login_challenge ADD COLUMN client_address VARCHAR(64);

-- The person's lockout is gone: a login from one address is blocked, the person elsewhere is not.
ALTER TABLE person DROP COLUMN failed_logins;
ALTER TABLE person DROP COLUMN locked_until;
