-- The audit trail: every state change and every document download, in order, each entry carrying the SHA-256 of its
-- content and of the entry before it. audit_head holds the last sequence number and hash, so deleting the newest
-- entries is detected too; it is locked by every append, which orders the chain.

CREATE TABLE audit_entry (
    seq           BIGINT        PRIMARY KEY,
    recorded_at   DATETIME(6)   NOT NULL,
    actor_id      BIGINT        NULL,
    actor_name    VARCHAR(200)  NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    briefing_id   BIGINT        NULL,
    stage_before  VARCHAR(30)   NULL,
    stage_after   VARCHAR(30)   NULL,
    detail        VARCHAR(500)  NULL,
    prev_hash     VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL
)${table_options};
CREATE INDEX ix_audit_entry_briefing ON audit_entry (briefing_id, seq);

CREATE TABLE audit_head (
    id         INT          PRIMARY KEY,
    last_seq   BIGINT       NOT NULL,
    last_hash  VARCHAR(64)  NOT NULL
)${table_options};
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
