package vn.giaoban.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

import vn.giaoban.common.DatabaseOutage;

/** Which failures the service answers with 503 (the database is away) rather than 500. */
class DatabaseOutageRecognitionTest {

    @Test
    void aRollbackOnTheClosedConnectionThatReplacedABrokenOneIsAnOutage() {
        RuntimeException rollback = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(DatabaseOutage.causedBy(rollback)).isTrue();
    }

    @Test
    void aConnectionStateIsAnOutageWhateverTheExceptionClass() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(
                new SQLException("Communications link failure", "08S01")))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(DatabaseOutage.causedBy(new SQLException("You have an error in your SQL syntax", "42000")))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("Deadlock found", "40001"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("no database involved"))).isFalse();
    }
}
