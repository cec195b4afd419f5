-- Application schema. Written in the SQL that H2 2.x and MySQL 8 / MariaDB 10.11 both accept;
-- Camunda's ACT_* tables come next, in V2 (vn.giaoban.workflow.V2__CamundaEngineSchema).
-- ${large_binary} is the type of PDF and key-store columns (VARBINARY on H2, LONGBLOB on MySQL/MariaDB).
-- ${table_options} is empty on H2 and asks for InnoDB and utf8mb4 on MySQL/MariaDB.
-- Timestamps are UTC (hibernate.jdbc.time_zone=UTC); texts are NFC-normalised by the application.

CREATE TABLE organization (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(300) NOT NULL,
    name_key     VARCHAR(300) NOT NULL,
    parent_id    BIGINT NULL,
    parent_name  VARCHAR(300) NULL,
    code         VARCHAR(20)  NOT NULL,
    place        VARCHAR(200) NOT NULL,
    active       BOOLEAN      NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_organization_name_key UNIQUE (name_key),
    CONSTRAINT fk_organization_parent FOREIGN KEY (parent_id) REFERENCES organization (id)
)${table_options};

CREATE TABLE app_user (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(50)  NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    position        VARCHAR(200) NULL,
    organization_id BIGINT       NULL,
    active          BOOLEAN      NOT NULL,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
)${table_options};

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
)${table_options};

CREATE TABLE briefing (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id     BIGINT       NOT NULL,
    title               VARCHAR(500) NOT NULL,
    quarter             VARCHAR(7)   NOT NULL,
    scheduled_at        DATETIME(6)  NOT NULL,
    utc_offset_seconds  INT          NOT NULL,
    location            VARCHAR(500) NOT NULL,
    chair_id            BIGINT       NOT NULL,
    recorder_id         BIGINT       NOT NULL,
    stage               VARCHAR(30)  NOT NULL,
    cancel_reason       VARCHAR(1000) NULL,
    discussion_closed_at DATETIME(6)  NULL,
    created_by_id       BIGINT       NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT fk_briefing_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_briefing_chair FOREIGN KEY (chair_id) REFERENCES app_user (id),
    CONSTRAINT fk_briefing_recorder FOREIGN KEY (recorder_id) REFERENCES app_user (id),
    CONSTRAINT fk_briefing_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
)${table_options};
CREATE INDEX ix_briefing_stage_quarter ON briefing (stage, quarter);

CREATE TABLE briefing_participant (
    briefing_id    BIGINT       NOT NULL,
    position_no    INT          NOT NULL,
    user_id        BIGINT       NOT NULL,
    PRIMARY KEY (briefing_id, position_no),
    CONSTRAINT uk_briefing_participant UNIQUE (briefing_id, user_id),
    CONSTRAINT fk_briefing_participant_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id),
    CONSTRAINT fk_briefing_participant_user FOREIGN KEY (user_id) REFERENCES app_user (id)
)${table_options};
CREATE INDEX ix_briefing_participant_user ON briefing_participant (user_id);

CREATE TABLE report_version (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    briefing_id  BIGINT      NOT NULL,
    version_no   INT         NOT NULL,
    content      LONGTEXT    NOT NULL,
    author_id    BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT uk_report_version UNIQUE (briefing_id, version_no),
    CONSTRAINT fk_report_version_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id),
    CONSTRAINT fk_report_version_author FOREIGN KEY (author_id) REFERENCES app_user (id)
)${table_options};

-- Every decision of the chair, with the comment that came with a return.
CREATE TABLE review_decision (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    briefing_id   BIGINT        NOT NULL,
    subject       VARCHAR(20)   NOT NULL,
    decision      VARCHAR(10)   NOT NULL,
    comment       VARCHAR(10000) NULL,
    reviewer_id   BIGINT        NOT NULL,
    decided_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_review_decision_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id),
    CONSTRAINT fk_review_decision_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id)
)${table_options};

CREATE TABLE contribution (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    briefing_id     BIGINT       NOT NULL,
    seq             INT          NOT NULL,
    speaker_id      BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    content         LONGTEXT     NOT NULL,
    recorded_by_id  BIGINT       NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_contribution_seq UNIQUE (briefing_id, seq),
    CONSTRAINT fk_contribution_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id),
    CONSTRAINT fk_contribution_speaker FOREIGN KEY (speaker_id) REFERENCES app_user (id),
    CONSTRAINT fk_contribution_recorded_by FOREIGN KEY (recorded_by_id) REFERENCES app_user (id)
)${table_options};

CREATE TABLE conclusions (
    briefing_id    BIGINT      PRIMARY KEY,
    content        LONGTEXT    NOT NULL,
    revision       INT         NOT NULL,
    updated_by_id  BIGINT      NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL,
    CONSTRAINT fk_conclusions_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id),
    CONSTRAINT fk_conclusions_updated_by FOREIGN KEY (updated_by_id) REFERENCES app_user (id)
)${table_options};

CREATE TABLE directive (
    briefing_id    BIGINT        NOT NULL,
    position_no    INT           NOT NULL,
    content        VARCHAR(2000) NOT NULL,
    assignee_unit  VARCHAR(300)  NOT NULL,
    due_date       DATE          NULL,
    PRIMARY KEY (briefing_id, position_no),
    CONSTRAINT fk_directive_conclusions FOREIGN KEY (briefing_id) REFERENCES conclusions (briefing_id)
)${table_options};

-- Document numbers: one counter per organisation, document type and year; the row is locked while a number is taken,
-- and the number is taken in the transaction that stores the document, so numbers are gap-free.
CREATE TABLE document_counter (
    organization_id BIGINT      NOT NULL,
    doc_type        VARCHAR(20) NOT NULL,
    period          INT         NOT NULL,
    last_number     INT         NOT NULL,
    PRIMARY KEY (organization_id, doc_type, period),
    CONSTRAINT fk_document_counter_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
)${table_options};

CREATE TABLE minutes_document (
    briefing_id    BIGINT       PRIMARY KEY,
    number_value   INT          NOT NULL,
    number_label   VARCHAR(50)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    pdf            ${large_binary} NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    rendered_at    DATETIME(6)  NOT NULL,
    published_at   DATETIME(6)  NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_minutes_document_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id)
)${table_options};

CREATE TABLE minutes_signature (
    briefing_id     BIGINT       NOT NULL,
    seq             INT          NOT NULL,
    signer_role     VARCHAR(20)  NOT NULL,
    signer_id       BIGINT       NOT NULL,
    signer_name     VARCHAR(200) NOT NULL,
    signed_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (briefing_id, seq),
    CONSTRAINT fk_minutes_signature_document FOREIGN KEY (briefing_id) REFERENCES minutes_document (briefing_id),
    CONSTRAINT fk_minutes_signature_signer FOREIGN KEY (signer_id) REFERENCES app_user (id)
)${table_options};

-- Keys the service signs with: the internal CA (user_id NULL, kind CA) and one credential per signer, each a
-- PKCS#12 store protected by the configured keystore password.
CREATE TABLE signing_credential (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(10)  NOT NULL,
    user_id       BIGINT       NULL,
    subject       VARCHAR(500) NOT NULL,
    pkcs12        ${large_binary} NOT NULL,
    not_after     DATETIME(6)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_signing_credential UNIQUE (kind, user_id),
    CONSTRAINT fk_signing_credential_user FOREIGN KEY (user_id) REFERENCES app_user (id)
)${table_options};
