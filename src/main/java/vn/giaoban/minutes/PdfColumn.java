package vn.giaoban.minutes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import com.mysql.cj.jdbc.JdbcConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document's bytes in its row, apart from Hibernate's statements for the other columns: read only where they are
 * needed, written after the insert and after each signature.
 * <p>
 * Hibernate's statements are prepared on the client on MySQL and MariaDB, and in such a statement Connector/J sends a
 * byte array as a hex literal built one byte at a time: in a warm profile of the lifecycle benchmark (JFR, MariaDB)
 * that was about a ninth of the service's samples. A statement prepared on the server sends the bytes as they are. Only
 * this statement is: a statement prepared on the server sends a timestamp typed {@code TIMESTAMP}, which MariaDB turns
 * into NULL after 2038-01-19 (see {@code application.yml}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PdfColumn {

    private static final String SELECT = "SELECT pdf FROM official_document WHERE id = ?";
    private static final String UPDATE = "UPDATE official_document SET pdf = ? WHERE id = ?";

    private final JdbcTemplate jdbc;

    PdfColumn(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The document's bytes, read from its row the first time the document's entity is asked for them. */
    byte[] read(OfficialDocument document) {
        if (!document.hasBytes()) {
            List<byte[]> rows = jdbc.query(SELECT, (row, i) -> row.getBytes(1), document.id());
            if (rows.size() != 1 || rows.get(0) == null) {
                throw new IllegalStateException("Document " + document.id() + " has no row with its PDF");
            }
            document.bytesRead(rows.get(0));
        }
        return document.pdf();
    }

    /**
     * Stores the document's current bytes in its row, in the caller's transaction, whose row lock on the briefing
     * keeps other writers of the document out.
     */
    void write(OfficialDocument document) {
        int rows = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = prepare(connection)) {
                statement.setBytes(1, document.pdf());
                statement.setLong(2, document.id());
                return statement.executeUpdate();
            }
        });
        if (rows != 1) {
            throw new IllegalStateException("Document " + document.id() + " has no row to take its PDF");
        }
    }

    private static PreparedStatement prepare(Connection connection) throws SQLException {
        if (connection.isWrapperFor(JdbcConnection.class)) {
            return connection.unwrap(JdbcConnection.class).serverPrepareStatement(UPDATE);
        }
        return connection.prepareStatement(UPDATE);
    }
}
