package vn.giaoban.minutes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import com.mysql.cj.jdbc.JdbcConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a document's bytes into its row, apart from Hibernate's insert and updates of the other columns.
 * <p>
 * Hibernate's statements are prepared on the client on MySQL and MariaDB, and in such a statement Connector/J sends a
 * byte array as a hex literal built one byte at a time: in a warm profile of the lifecycle benchmark (JFR, MariaDB)
 * that was about a ninth of the service's samples. A statement prepared on the server sends the bytes as they are. Only
 * this statement is: with {@code sendFractionalSeconds=false}, server-side statements bound some timestamps as NULL.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PdfColumn {

    private static final String UPDATE = "UPDATE official_document SET pdf = ? WHERE id = ?";

    private final JdbcTemplate jdbc;

    PdfColumn(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
