-- The register of enterprises from the KBO/BCE open data: what the extract says of each enterprise, its names,
-- addresses and contacts, the imports and their rejected lines, and the staging tables an import reads into before
-- it changes the register in one transaction.

-- A closed enterprise (no longer active in the KBO) keeps its e-Box, read-only, until its messages expire.
ALTER TABLE enterprise ADD COLUMN closed_on DATE;
ALTER TABLE enterprise ADD COLUMN type_of_enterprise VARCHAR(10);
ALTER TABLE enterprise ADD COLUMN juridical_form VARCHAR(10);
ALTER TABLE enterprise ADD COLUMN start_date DATE;
-- The extract that last listed the enterprise; empty for an enterprise the KBO never listed (made by hand or a demo):
-- a full extract closes only the enterprises it knows.
ALTER TABLE enterprise ADD COLUMN kbo_extract_number INTEGER;
-- A KBO denomination has up to 320 characters.
ALTER TABLE enterprise ALTER COLUMN name SET DATA TYPE VARCHAR(320);

CREATE TABLE enterprise_denomination (
    enterprise_number     CHAR(10)     NOT NULL REFERENCES enterprise (enterprise_number),
    line_number           BIGINT       NOT NULL,
    language              VARCHAR(10)  NOT NULL,
    type_of_denomination  VARCHAR(10)  NOT NULL,
    denomination          VARCHAR(320) NOT NULL
);
CREATE INDEX enterprise_denomination_by_enterprise ON enterprise_denomination (enterprise_number);

CREATE TABLE enterprise_address (
    enterprise_number  CHAR(10)     NOT NULL REFERENCES enterprise (enterprise_number),
    line_number        BIGINT       NOT NULL,
    type_of_address    VARCHAR(10)  NOT NULL,
    country_nl         VARCHAR(200),
    country_fr         VARCHAR(200),
    zipcode            VARCHAR(10),
    municipality_nl    VARCHAR(200),
    municipality_fr    VARCHAR(200),
    street_nl          VARCHAR(200),
    street_fr          VARCHAR(200),
    house_number       VARCHAR(200),
    box                VARCHAR(200)
);
CREATE INDEX enterprise_address_by_enterprise ON enterprise_address (enterprise_number);

CREATE TABLE enterprise_contact (
    enterprise_number  CHAR(10)     NOT NULL REFERENCES enterprise (enterprise_number),
    line_number        BIGINT       NOT NULL,
    contact_type       VARCHAR(10)  NOT NULL,
    contact_value      VARCHAR(254) NOT NULL
);
CREATE INDEX enterprise_contact_by_enterprise ON enterprise_contact (enterprise_number);

-- One import of an extract. Only one runs at a time in the whole cluster: 'running' is 'Y' while it runs or waits
-- for a restart, and unique.
CREATE TABLE kbo_import (
    import_id             VARCHAR(36)              NOT NULL PRIMARY KEY,
    file_name             VARCHAR(255)             NOT NULL,
    extract_type          VARCHAR(10)              NOT NULL,
    extract_number        INTEGER                  NOT NULL,
    snapshot_date         DATE                     NOT NULL,
    status                VARCHAR(12)              NOT NULL,
    running               CHAR(1),
    execution_id          BIGINT,
    started_by            VARCHAR(100)             NOT NULL,
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at              TIMESTAMP WITH TIME ZONE,
    bytes_total           BIGINT                   NOT NULL DEFAULT 0,
    bytes_read            BIGINT                   NOT NULL DEFAULT 0,
    lines_read            BIGINT                   NOT NULL DEFAULT 0,
    lines_rejected        BIGINT                   NOT NULL DEFAULT 0,
    enterprises_created   BIGINT                   NOT NULL DEFAULT 0,
    enterprises_updated   BIGINT                   NOT NULL DEFAULT 0,
    enterprises_closed    BIGINT                   NOT NULL DEFAULT 0,
    failure               VARCHAR(1000),
    CONSTRAINT kbo_import_one_running UNIQUE (running),
    CONSTRAINT kbo_import_running_flag CHECK (running IS NULL OR running = 'Y'),
    CONSTRAINT kbo_import_type_known CHECK (extract_type IN ('FULL', 'UPDATE')),
    CONSTRAINT kbo_import_status_known CHECK (status IN ('READING', 'APPLYING', 'APPLIED', 'FAILED', 'CANCELLED'))
);
CREATE INDEX kbo_import_by_start ON kbo_import (started_at DESC);

-- The lines an import did not take, and why: the report.
CREATE TABLE kbo_import_rejection (
    import_id    VARCHAR(36)  NOT NULL REFERENCES kbo_import (import_id),
    file_name    VARCHAR(40)  NOT NULL,
    line_number  BIGINT       NOT NULL,
    reason       VARCHAR(12)  NOT NULL,
    detail       VARCHAR(500) NOT NULL,
    PRIMARY KEY (import_id, file_name, line_number)
);

-- What the import read, before it changes the register. Each row names its file and line: a chunk written again
-- after a restart first removes what an earlier attempt of it left.
CREATE TABLE kbo_staged_enterprise (
    import_id           VARCHAR(36)  NOT NULL,
    file_name           VARCHAR(40)  NOT NULL,
    line_number         BIGINT       NOT NULL,
    enterprise_number   CHAR(10)     NOT NULL,
    status              VARCHAR(10)  NOT NULL,
    type_of_enterprise  VARCHAR(10),
    juridical_form      VARCHAR(10),
    start_date          DATE,
    name                VARCHAR(320),
    PRIMARY KEY (import_id, file_name, line_number)
);
CREATE INDEX kbo_staged_enterprise_by_number ON kbo_staged_enterprise (import_id, enterprise_number);

CREATE TABLE kbo_staged_removal (
    import_id          VARCHAR(36)  NOT NULL,
    file_name          VARCHAR(40)  NOT NULL,
    line_number        BIGINT       NOT NULL,
    kbo_file           VARCHAR(20)  NOT NULL,
    enterprise_number  CHAR(10)     NOT NULL,
    PRIMARY KEY (import_id, file_name, line_number)
);

CREATE TABLE kbo_staged_denomination (
    import_id             VARCHAR(36)  NOT NULL,
    file_name             VARCHAR(40)  NOT NULL,
    line_number           BIGINT       NOT NULL,
    enterprise_number     CHAR(10)     NOT NULL,
    language              VARCHAR(10)  NOT NULL,
    type_of_denomination  VARCHAR(10)  NOT NULL,
    denomination          VARCHAR(320) NOT NULL,
    PRIMARY KEY (import_id, file_name, line_number)
);
CREATE INDEX kbo_staged_denomination_by_number ON kbo_staged_denomination (import_id, enterprise_number);

CREATE TABLE kbo_staged_address (
    import_id          VARCHAR(36)  NOT NULL,
    file_name          VARCHAR(40)  NOT NULL,
    line_number        BIGINT       NOT NULL,
    enterprise_number  CHAR(10)     NOT NULL,
    type_of_address    VARCHAR(10)  NOT NULL,
    country_nl         VARCHAR(200),
    country_fr         VARCHAR(200),
    zipcode            VARCHAR(10),
    municipality_nl    VARCHAR(200),
    municipality_fr    VARCHAR(200),
    street_nl          VARCHAR(200),
    street_fr          VARCHAR(200),
    house_number       VARCHAR(200),
    box                VARCHAR(200),
    PRIMARY KEY (import_id, file_name, line_number)
);

CREATE TABLE kbo_staged_contact (
    import_id          VARCHAR(36)  NOT NULL,
    file_name          VARCHAR(40)  NOT NULL,
    line_number        BIGINT       NOT NULL,
    enterprise_number  CHAR(10)     NOT NULL,
    contact_type       VARCHAR(10)  NOT NULL,
    contact_value      VARCHAR(254) NOT NULL,
    PRIMARY KEY (import_id, file_name, line_number)
);

-- The operators' pages show the newest changes of a kind.
CREATE INDEX change_record_by_action ON change_record (action, recorded_at);
