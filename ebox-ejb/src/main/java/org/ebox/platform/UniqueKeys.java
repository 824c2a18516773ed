package org.ebox.platform;

import java.sql.SQLException;

/**
 * Recognises a write that a unique key of the database refused: the one way two transactions that race to write the
 * same thing (two retries of one publication, say) learn that the other won. SQLSTATE 23505 is the standard's
 * "unique violation", and both H2 and PostgreSQL report it so.
 */
public final class UniqueKeys {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeys() {}

    /** Whether a unique key's refusal is the failure, or what caused it (JPA and EJB wrap it, sometimes twice). */
    public static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
