package vn.giaoban.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Recognises a failure that means "the database cannot be reached now" anywhere in a cause chain: answered 503. */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t.getClass().getName().equals("com.mysql.cj.jdbc.exceptions.CommunicationsException")
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || t instanceof SQLException sql && isBrokenConnection(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 is a connection exception. A transaction whose pooled connection broke before its first
     * statement fails again on its rollback, and that failure replaces the first one: the pool has swapped the broken
     * connection for a closed one, which answers every call with this message and no state.
     */
    private static boolean isBrokenConnection(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && state.startsWith("08") || "Connection is closed".equals(failure.getMessage());
    }
}
