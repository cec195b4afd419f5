-- Minutes and the conclusion notice are both official documents of a briefing: one table for both, keyed by
-- (briefing, kind). Existing minutes move over unchanged, bytes and signatures included.

CREATE TABLE official_document (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    briefing_id      BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    number_value     INT           NOT NULL,
    number_label     VARCHAR(50)   NOT NULL,
    issued_on        DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    pdf              ${large_binary} NOT NULL,
    sha256           VARCHAR(64)   NOT NULL,
    signature_boxes  VARCHAR(1000) NOT NULL,
    rendered_at      DATETIME(6)   NOT NULL,
    published_at     DATETIME(6)   NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_official_document UNIQUE (briefing_id, kind),
    CONSTRAINT fk_official_document_briefing FOREIGN KEY (briefing_id) REFERENCES briefing (id)
)${table_options};

CREATE TABLE official_document_signature (
    document_id     BIGINT       NOT NULL,
    seq             INT          NOT NULL,
    signer_role     VARCHAR(20)  NOT NULL,
    signer_id       BIGINT       NOT NULL,
    signer_name     VARCHAR(200) NOT NULL,
    signed_at       DATETIME(6)  NOT NULL,
    external        BOOLEAN      NOT NULL,
    PRIMARY KEY (document_id, seq),
    CONSTRAINT fk_official_document_signature_document FOREIGN KEY (document_id) REFERENCES official_document (id),
    CONSTRAINT fk_official_document_signature_signer FOREIGN KEY (signer_id) REFERENCES app_user (id)
)${table_options};

INSERT INTO official_document (briefing_id, kind, number_value, number_label, issued_on, status, pdf, sha256,
                               signature_boxes, rendered_at, published_at, version)
SELECT m.briefing_id, 'MINUTES', m.number_value, m.number_label, CAST(b.scheduled_at AS DATE), m.status, m.pdf,
       m.sha256, '', m.rendered_at, m.published_at, m.version
FROM minutes_document m JOIN briefing b ON b.id = m.briefing_id;

INSERT INTO official_document_signature (document_id, seq, signer_role, signer_id, signer_name, signed_at, external)
SELECT d.id, s.seq, s.signer_role, s.signer_id, s.signer_name, s.signed_at, FALSE
FROM minutes_signature s JOIN official_document d ON d.briefing_id = s.briefing_id AND d.kind = 'MINUTES';

DROP TABLE minutes_signature;
DROP TABLE minutes_document;

-- Optional pictures drawn in visible signatures: a person's handwritten signature, an organisation's seal (PNG).
CREATE TABLE signing_image (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(30)  NOT NULL,
    owner_id     BIGINT       NOT NULL,
    png          ${large_binary} NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_signing_image UNIQUE (kind, owner_id)
)${table_options};

-- Offices that sign with USB tokens in their own tools: the chair signs outside the service.
ALTER TABLE organization ADD COLUMN chair_signs_externally BOOLEAN DEFAULT FALSE NOT NULL;
