package vn.giaoban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giaoban.support.Api;

/**
 * Whatever an entry's texts hold, they are stored as given and the chain verifies: quotes, backslashes, control
 * characters, text that reads as SQL or as JDBC escapes, Vietnamese and characters beyond the basic plane. On MySQL
 * and MariaDB the entries reach the server as the text of an insert ({@link EntryInsertText}), so this is what shows
 * its quoting holds.
 */
abstract class AuditTextsContract {

    private static final List<String> TEXTS = List.of(
            "Ý kiến về \"dự thảo\" của đồng chí 'Bí thư'",
            "'); DELETE FROM audit_entry; --",
            "kết thúc bằng \\",
            "\\'",
            "\\\\' OR '1'='1",
            "dòng một\ndòng hai\tcột\rhết",
            "\u0000 giữa \u001F các \u007F ký tự điều khiển",
            "ngoài mặt phẳng cơ bản: 𝔸 😀",
            "Hội nghị giao ban quý IV",
            "{fn now()} {d 2026-01-01} {call x}",
            "",
            "x".repeat(499) + "'");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void storesEveryTextAsGivenAndTheChainVerifies() {
        String action = "TEXT_CHECK_" + System.nanoTime() % 1_000_000;
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                TEXTS.forEach(text -> audit.record(action, null, "DRAFTING", "IN_REVIEW", text)));
        String download = action + "_ALONE";
        TEXTS.forEach(text -> audit.recordAlone(download, null, text));
        String read = "SELECT detail FROM audit_entry WHERE action = ? ORDER BY seq";
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForList(read, String.class, download).size() == TEXTS.size());

        assertThat(jdbc.queryForList(read, String.class, action)).containsExactlyElementsOf(TEXTS);
        assertThat(jdbc.queryForList(read, String.class, download)).containsExactlyElementsOf(TEXTS);
        assertThat(jdbc.queryForList("SELECT stage_after FROM audit_entry WHERE action = ?", String.class, action))
                .containsOnly("IN_REVIEW");
        var verification = Api.admin(port).get("/api/audit/verification").expect(200).json();
        assertThat(verification.path("valid").asBoolean()).as(verification.toString()).isTrue();
    }
}
