-- A person's account at the agency's identity provider (OpenID Connect), linked at the first sign-in through it: the
-- provider's issuer and the subject it gives the person, which never change while the e-Box's own login, the mail
-- address or the name may. One e-Box person per account; unlinked persons have neither.
ALTER TABLE person ADD COLUMN provider_issuer VARCHAR(255);
ALTER TABLE person ADD COLUMN provider_subject VARCHAR(255);
CREATE UNIQUE INDEX person_by_provider_account ON person (provider_issuer, provider_subject);
