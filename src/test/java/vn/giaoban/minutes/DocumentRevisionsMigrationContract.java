package vn.giaoban.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code V6__document_revisions}: a database with documents stored whole in {@code official_document.pdf} moves each
 * of them, signatures included, to its revision 0, byte for byte, and the column is gone. Run on an empty database of
 * each kind, migrated by Flyway up to V5, given two documents, then migrated on.
 */
abstract class DocumentRevisionsMigrationContract {

    /** An empty database; closed by the contract. */
    abstract SingleConnectionDataSource emptyDatabase();

    abstract Map<String, String> placeholders();

    /** What lets rows in without the briefings, organisations and users they refer to. */
    abstract String referencesOff();

    @Test
    void documentsStoredWholeBecomeTheirRevisionZero() {
        SingleConnectionDataSource database = emptyDatabase();
        try {
            flyway(database, "5").migrate();
            byte[] signed = "%PDF-1.7 đã ký hai lần\n%%EOF\n".repeat(3000).getBytes(StandardCharsets.UTF_8);
            byte[] rendered = "%PDF-1.7 mới dựng\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
            JdbcTemplate jdbc = new JdbcTemplate(database);
            jdbc.execute(referencesOff());
            String insert = "INSERT INTO official_document (id, briefing_id, kind, number_value, number_label,"
                    + " issued_on, status, pdf, sha256, signature_boxes, rendered_at, version) VALUES (?, ?, ?, 1,"
                    + " 'Số 01', DATE '2026-10-05', ?, ?, ?, '', TIMESTAMP '2026-10-05 09:00:00', 0)";
            jdbc.update(insert, 7L, 3L, "MINUTES", "PUBLISHED", signed, SignatureVerifier.sha256(signed));
            jdbc.update(insert, 8L, 3L, "CONCLUSION_NOTICE", "RENDERED", rendered, SignatureVerifier.sha256(rendered));

            flyway(database, "6").migrate();

            List<Map<String, Object>> revisions = jdbc.queryForList(
                    "SELECT document_id, revision, appended FROM official_document_revision ORDER BY document_id");
            assertThat(revisions).hasSize(2);
            assertThat(((Number) revisions.get(0).get("document_id")).longValue()).isEqualTo(7L);
            assertThat(((Number) revisions.get(0).get("revision")).intValue()).isZero();
            assertThat((byte[]) revisions.get(0).get("appended")).isEqualTo(signed);
            assertThat(((Number) revisions.get(1).get("document_id")).longValue()).isEqualTo(8L);
            assertThat((byte[]) revisions.get(1).get("appended")).isEqualTo(rendered);
            assertThatThrownBy(() -> jdbc.queryForList("SELECT pdf FROM official_document"))
                    .as("the whole-PDF column is dropped").hasMessageContaining("pdf");
        } finally {
            database.destroy();
        }
    }

    private Flyway flyway(SingleConnectionDataSource database, String target) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .placeholders(placeholders()).target(target).load();
    }
}
