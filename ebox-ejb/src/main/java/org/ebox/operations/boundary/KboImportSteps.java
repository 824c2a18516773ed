package org.ebox.operations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.ebox.enterprise.control.KboExtractFolder;
import org.ebox.enterprise.control.KboRegisterUpdate;
import org.ebox.enterprise.control.KboStaging;
import org.ebox.enterprise.entity.KboImport;

/**
 * What the import job does, step by step: stage a chunk of lines, then change the register in one transaction.
 *
 * <p>Each call is a transaction of its own, as the nightly run's services are, and its SQL runs on the persistence
 * context's own connection ({@link #connection()}): the chunk's transaction also writes the job's checkpoint to the
 * batch runtime's repository, and a second resource there would need two-phase commit, which PostgreSQL refuses
 * unless {@code max_prepared_transactions} is set (0 by default). A chunk committed without its checkpoint is written
 * again after a restart, and {@link KboStaging} first removes what the earlier attempt left: each line is staged once.
 */
// The job's artifacts call this on batch threads; a restart after a node's restart carries no caller. No request
// reaches it: only the job calls it, with the import id of a recorded import (KboImports checks the operator).
@PermitAll
@Stateless
public class KboImportSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    KboExtractFolder folder;

    @Inject
    Clock clock;

    public Path extractOf(String importId) {
        return folder.of(importId);
    }

    /** Stages a chunk and counts how far the reading went (lines of all files, bytes unpacked, lines rejected). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void stage(String importId, List<KboStaging.Item> items, long linesRead, long bytesRead)
            throws SQLException {
        long rejected = new KboStaging(connection(), importId).write(items);
        em.find(KboImport.class, importId).read(linesRead, bytesRead, rejected, OffsetDateTime.now(clock));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void applying(String importId) {
        em.find(KboImport.class, importId).applying(OffsetDateTime.now(clock));
    }

    /** Changes the register by what was staged; all of it, or (on a failure) nothing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public KboImport apply(String importId) throws SQLException {
        KboImport applied = em.find(KboImport.class, importId);
        Connection connection = connection();
        KboRegisterUpdate.Result result = new KboRegisterUpdate(connection, importId)
                .apply(applied.getExtractType(), applied.getExtractNumber(), applied.getSnapshotDate());
        long rejected = rejectedLines(connection, importId);
        applied.applied(result.created(), result.updated(), result.closed(), rejected, OffsetDateTime.now(clock));
        return applied;
    }

    private static long rejectedLines(Connection connection, String importId) throws SQLException {
        try (PreparedStatement count =
                connection.prepareStatement("SELECT COUNT(*) FROM kbo_import_rejection WHERE import_id = ?")) {
            count.setString(1, importId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String importId, String failure) {
        KboImport failedImport = em.find(KboImport.class, importId);
        if (failedImport.getStatus() != KboImport.Status.APPLIED) {
            failedImport.failed(failure, OffsetDateTime.now(clock));
        }
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void forgetStaged(String importId) {
        try {
            new KboRegisterUpdate(connection(), importId).forgetStaged();
        } catch (SQLException e) {
            throw new IllegalStateException("The staged rows of import " + importId + " could not be removed", e);
        }
    }

    /** The transaction's connection of the persistence context (EclipseLink's; not to be closed here). */
    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    public void forgetExtract(String importId) {
        folder.forget(folder.of(importId));
    }
}
