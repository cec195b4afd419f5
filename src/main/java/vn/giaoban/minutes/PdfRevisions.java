package vn.giaoban.minutes;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import com.mysql.cj.jdbc.JdbcConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document's bytes, apart from Hibernate's statements for its other columns: stored as revisions in
 * {@code official_document_revision} (the rendered PDF, then what each signature appended, since a signature is an
 * incremental update that leaves the bytes before it as they were), read only where they are needed.
 * <p>
 * Each revision is inserted once and never rewritten. When a signature rewrote the whole PDF, a briefing wrote its
 * documents' bytes five times, 182 KB, and MariaDB logged each write in its redo log and kept the replaced bytes
 * for its readers until purged; as revisions, 93 KB, each once.
 * <p>
 * Hibernate's statements are prepared on the client on MySQL and MariaDB, and in such a statement Connector/J sends a
 * byte array as a hex literal built one byte at a time: in a warm profile of the lifecycle benchmark (JFR, MariaDB)
 * that was about a ninth of the service's samples. A statement prepared on the server sends the bytes as they are. Only
 * this statement is: a statement prepared on the server sends a timestamp typed {@code TIMESTAMP}, which MariaDB turns
 * into NULL after 2038-01-19 (see {@code application.yml}).
 * <p>
 * What it writes it also keeps in {@link RecentPdfs}, with the hash the entity computed from those very bytes, so that
 * the briefing's next job, and the first download, need not read the revisions back.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PdfRevisions {

    private static final String SELECT =
            "SELECT appended FROM official_document_revision WHERE document_id = ? ORDER BY revision";
    private static final String INSERT =
            "INSERT INTO official_document_revision (document_id, revision, appended) VALUES (?, ?, ?)";

    /**
     * A second or so of the documents written under load (a briefing's are about 150 KB, its next job follows within a
     * few hundred milliseconds). Small on purpose: bytes held for longer outlive the young collections and are moved
     * to the old generation, which then fills and is collected whole. With 8 MB the heap kept after each collection
     * grew by about 25 MB every 200 briefings and a full collection of 270 ms came every 400 or so.
     */
    private static final long RECENT_BUDGET_BYTES = 2L * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final RecentPdfs recent = new RecentPdfs(RECENT_BUDGET_BYTES);

    PdfRevisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The document's bytes, the first time its entity is asked for them: held ones if they hash to what its row
     * records, otherwise its revisions read and joined.
     */
    byte[] read(OfficialDocument document) {
        if (!document.hasBytes()) {
            byte[] held = recent.get(document.id(), document.sha256());
            document.bytesRead(held != null ? held : stored(document));
        }
        return document.pdf();
    }

    private byte[] stored(OfficialDocument document) {
        List<byte[]> revisions = jdbc.query(SELECT, (row, i) -> row.getBytes(1), document.id());
        if (revisions.isEmpty()) {
            throw new IllegalStateException("Document " + document.id() + " has no stored PDF");
        }
        return revisions.size() == 1 ? revisions.get(0) : joined(revisions);
    }

    /**
     * Stores the revision the document's bytes end with (the rendered PDF, or what a signature appended), in the
     * caller's transaction, whose row lock on the briefing keeps other writers of the document out.
     */
    void write(OfficialDocument document) {
        OfficialDocument.Revision revision = document.unstoredRevision().orElseThrow(
                () -> new IllegalStateException("Document " + document.id() + " has no revision to store"));
        byte[] pdf = document.pdf();
        byte[] appended = revision.from() == 0 ? pdf : Arrays.copyOfRange(pdf, revision.from(), pdf.length);
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = prepare(connection)) {
                statement.setLong(1, document.id());
                statement.setInt(2, revision.number());
                statement.setBytes(3, appended);
                return statement.executeUpdate();
            }
        });
        document.revisionStored();
        recent.put(document.id(), document.sha256(), pdf);
    }

    private static byte[] joined(List<byte[]> revisions) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream(revisions.stream().mapToInt(r -> r.length).sum());
        revisions.forEach(whole::writeBytes);
        return whole.toByteArray();
    }

    private static PreparedStatement prepare(Connection connection) throws SQLException {
        if (connection.isWrapperFor(JdbcConnection.class)) {
            return connection.unwrap(JdbcConnection.class).serverPrepareStatement(INSERT);
        }
        return connection.prepareStatement(INSERT);
    }
}
