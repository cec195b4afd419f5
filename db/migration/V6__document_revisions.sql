-- A document's bytes as its revisions: revision 0 is the rendered PDF, revision n the incremental update that the
-- n-th signature appended. The PDF is their concatenation in order. A signature used to rewrite the whole PDF in
-- official_document.pdf (a 54 KB minutes written three times for two signatures of 14 KB each); now it inserts
-- only what it added, and what was signed is never written again.
CREATE TABLE official_document_revision (
    document_id  BIGINT          NOT NULL,
    revision     INT             NOT NULL,
    appended     ${large_binary} NOT NULL,
    PRIMARY KEY (document_id, revision),
    CONSTRAINT fk_official_document_revision_document FOREIGN KEY (document_id) REFERENCES official_document (id)
)${table_options};

-- Existing documents keep their whole PDF, signatures included, as revision 0; a later signature is stored as the
-- revision numbered by its place among the signatures, after it.
INSERT INTO official_document_revision (document_id, revision, appended)
SELECT id, 0, pdf FROM official_document;

ALTER TABLE official_document DROP COLUMN pdf;
