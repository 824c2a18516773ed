-- Designations and provider sign-ins find a person by their email address, whatever its case.
CREATE INDEX person_by_email ON person (lower(email));
