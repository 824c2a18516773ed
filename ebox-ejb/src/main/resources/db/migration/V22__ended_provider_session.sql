-- The identity provider's sessions that ended (its back-channel logout). The logout reaches one node, and the e-Box
-- session it ends may be served by any node of a cluster: each node checks a session signed in through the provider
-- against this table on every request. A row outlives the provider's sessions (a day), then goes.
CREATE TABLE ended_provider_session (
    provider_session  VARCHAR(255)             NOT NULL PRIMARY KEY,
    ended_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ended_provider_session_by_end ON ended_provider_session (ended_at);
