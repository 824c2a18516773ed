package org.ebox.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class UniqueKeysTest {

    @Test
    void aUniqueViolationIsRecognisedThroughTheWrappersOfJpaAndEjb() {
        SQLException duplicate = new SQLIntegrityConstraintViolationException("duplicate key", "23505");
        assertTrue(UniqueKeys.refused(new EJBException(new PersistenceException(duplicate))));
        assertTrue(UniqueKeys.refused(duplicate));
    }

    @Test
    void otherDatabaseFailuresAreNotUniqueViolations() {
        assertFalse(UniqueKeys.refused(new EJBException(
                new PersistenceException(new SQLIntegrityConstraintViolationException("null value", "23502")))));
        assertFalse(UniqueKeys.refused(new EJBException(new PersistenceException(new SQLException("gone", "08006")))));
        assertFalse(UniqueKeys.refused(new EJBException("a bug")));
    }
}
